/**
 * The WPS install page (publish.html) in Chromium against a fake of WPS's local relay, written from
 * the protocol Kingsoft's wpsjs publish page speaks: a Node server on 127.0.0.1:58890 answering
 * /version, /publishlist and /deployaddons/runParams with CORS as the relay does. 安装 sends the
 * entry that decodes to ours, 卸载 the disable, the list shows the state; with no relay the page
 * says so, and a relay's error is shown. The enterprise jsplugins.xml has its expected shape.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "fs";
import { createServer, IncomingMessage, Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { BrowserContext, Page } from "playwright-core";
import { launch, serve } from "../helpers/browser";

const root = join(__dirname, "..", "..");
const RELAY_PORT = 58890;
const INTRANET = "http://intranet.example.cn/pt/";
const version = (
  JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }
).version;
// Real browser steps: room for a machine several times slower than this one.
jest.setTimeout(180_000);

interface Relay {
  server: Server;
  /** Decoded runParams entries, in order. */
  sent: Record<string, string>[];
  list: Record<string, string>[];
  /** What runParams answers; "OK" by default. */
  reply: { status: number; text: string };
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    request.on("end", () => resolve(text));
  });
}

/** The fake relay: keeps the list as WPS would, answers with CORS; closes itself after 170 s. */
async function startRelay(): Promise<Relay> {
  const relay: Relay = {
    server: undefined as unknown as Server,
    sent: [],
    list: [],
    reply: { status: 200, text: "OK" },
  };
  relay.server = createServer(async (request, response) => {
    const cors = {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "POST, OPTIONS",
      "Access-Control-Allow-Headers": "*",
    };
    if (request.method === "OPTIONS") return response.writeHead(204, cors).end();
    const text = await body(request);
    const path = (request.url ?? "").split("?")[0];
    if (path === "/version") return response.writeHead(200, cors).end("1.0.2");
    if (path === "/publishlist")
      return response.writeHead(200, cors).end(JSON.stringify(relay.list));
    if (path === "/deployaddons/runParams") {
      const entry = JSON.parse(Buffer.from(text, "base64").toString("utf8")) as Record<
        string,
        string
      >;
      relay.sent.push(entry);
      if (relay.reply.text === "OK") {
        relay.list = relay.list.filter((e) => e.name !== entry.name);
        if (entry.cmd === "enable") relay.list.push({ ...entry, enable: "enable" });
      }
      return response.writeHead(relay.reply.status, cors).end(relay.reply.text);
    }
    response.writeHead(404, cors).end();
  });
  await new Promise<void>((resolve) => relay.server.listen(RELAY_PORT, "127.0.0.1", resolve));
  setTimeout(() => relay.server.close(), 170_000).unref();
  return relay;
}

const stopRelay = (relay: Relay) =>
  new Promise<void>((resolve) => {
    relay.server.closeAllConnections();
    relay.server.close(() => resolve());
  });

/** Builds the page (and the list) as `npm run build:wps` does, into a fresh folder. */
function buildPage(env: NodeJS.ProcessEnv): string {
  const dir = mkdtempSync(join(tmpdir(), "pt-publish-"));
  writeFileSync(join(dir, "ribbon.xml"), "<customUI/>");
  execFileSync(process.execPath, [join(root, "scripts", "wps-publish.js"), dir], {
    cwd: root,
    stdio: "pipe",
    env: { ...process.env, ADDIN_URL: "", ...env },
  });
  return dir;
}

let intranetDir: string;
let localDir: string;
let servers: Server[] = [];
let context: BrowserContext;

async function open(dir: string): Promise<{ page: Page; base: string }> {
  const { server, base } = await serve(dir);
  servers.push(server);
  if (!context) {
    context = await launch(base);
  }
  // The relay is the one other address the page may reach (later routes are asked first).
  await context.route(`http://127.0.0.1:${RELAY_PORT}/**`, (r) => r.continue());
  await context.route(`${base}/**`, (r) => r.continue());
  const page = await context.newPage();
  await page.goto(`${base}/publish.html`);
  return { page, base };
}

const stateText = (page: Page) => page.locator("#pt-state").innerText();

beforeAll(() => {
  intranetDir = buildPage({ ADDIN_URL: INTRANET.replace(/\/$/, "") });
  localDir = buildPage({});
});

afterAll(async () => {
  await context?.close();
  for (const server of servers) server.close();
  servers = [];
});

test("安装 sends our entry, 卸载 the disable, and the list shows the state", async () => {
  const relay = await startRelay();
  try {
    const { page } = await open(intranetDir);
    await page.waitForFunction(() => document.getElementById("pt-state")?.textContent === "未安装");
    expect(await page.locator("#pt-relay").innerText()).toContain("已连上");
    expect(await page.locator("#pt-url").innerText()).toBe(INTRANET);

    await page.click("#pt-install");
    await page.waitForFunction(() => document.getElementById("pt-state")?.textContent === "已安装");
    expect(relay.sent).toEqual([
      {
        cmd: "enable",
        name: "pt",
        addonType: "et",
        url: INTRANET,
        online: "true",
        version,
        customDomain: "",
      },
    ]);
    expect(await page.locator("#pt-result").innerText()).toContain("信任并安装");

    await page.click("#pt-uninstall");
    await page.waitForFunction(() => document.getElementById("pt-state")?.textContent === "未安装");
    expect(relay.sent[1]).toMatchObject({
      cmd: "disable",
      name: "pt",
      addonType: "et",
      url: INTRANET,
    });
    await page.close();
  } finally {
    await stopRelay(relay);
  }
});

test("without ADDIN_URL the page installs the folder it is served from", async () => {
  const relay = await startRelay();
  try {
    relay.list = [{ name: "oa", addonType: "wps", url: "http://10.0.0.5/oa/", online: "true" }];
    const { page, base } = await open(localDir);
    await page.waitForFunction(() => document.getElementById("pt-state")?.textContent === "未安装");
    await page.click("#pt-install");
    await page.waitForFunction(() => document.getElementById("pt-state")?.textContent === "已安装");
    expect(relay.sent[0]).toMatchObject({ cmd: "enable", url: `${base}/`, online: "true" });
    expect(relay.list.map((e) => e.name).sort()).toEqual(["oa", "pt"]);
    await page.close();
  } finally {
    await stopRelay(relay);
  }
});

test("with no relay the page says WPS's local service does not answer, and what to do", async () => {
  const { page } = await open(intranetDir);
  await page.waitForFunction(() => !document.getElementById("pt-relay")?.hidden);
  const said = await page.locator("#pt-relay").innerText();
  expect(said).toContain("没有连上本机的 WPS 服务");
  expect(said).toContain("WPS 没有运行");
  expect(said).toContain("版本太旧");
  expect(said).toContain("浏览器拦截");
  expect(await stateText(page)).toBe("无法检测");
  await page.close();
});

test("a relay that answers an error: the page shows WPS's answer", async () => {
  const relay = await startRelay();
  try {
    relay.reply = { status: 500, text: "addon url invalid" };
    const { page } = await open(intranetDir);
    await page.waitForFunction(() => document.getElementById("pt-state")?.textContent === "未安装");
    await page.click("#pt-install");
    await page.waitForFunction(() => !document.getElementById("pt-result")?.hidden);
    const said = await page.locator("#pt-result").innerText();
    expect(said).toContain("WPS 没有完成安装");
    expect(said).toContain("addon url invalid");
    await page.waitForFunction(() => document.getElementById("pt-state")?.textContent === "未安装");
    expect(relay.sent.map((e) => e.cmd)).toEqual(["enable"]);
    await page.close();
  } finally {
    await stopRelay(relay);
  }
});

test("jsplugins.xml for oem.ini: one online entry naming the server, written only with ADDIN_URL", () => {
  const xml = readFileSync(join(intranetDir, "jsplugins.xml"), "utf8");
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as {
    jsplugins: { jspluginonline: Record<string, string> };
  };
  expect(Object.keys(parsed.jsplugins)).toEqual(["jspluginonline"]);
  expect(parsed.jsplugins.jspluginonline).toEqual({
    name: "pt",
    type: "et",
    url: INTRANET,
    version,
  });
  expect(existsSync(join(localDir, "jsplugins.xml"))).toBe(false);
});

test("the page states the minimum WPS builds and carries no crypto.randomUUID", () => {
  const html = readFileSync(join(intranetDir, "publish.html"), "utf8");
  expect(html).toContain("12.1.0.16910");
  expect(html).toContain("12.1.0.20540");
  expect(html).not.toMatch(/randomUUID/);
});
