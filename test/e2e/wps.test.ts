/**
 * The built WPS add-in: the folder holds ribbon.xml, the start page and the pane without office.js;
 * the start page, loaded in Chromium with a fake `wps`, registers every PT function under the PT
 * namespace with metadata, synchronously, giving the same results as the Excel functions.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { BrowserContext, Page } from "playwright-core";
import { path7za } from "7zip-bin";
import * as functions from "../../src/functions/functions";
import { launch, serve } from "../helpers/browser";

const root = join(__dirname, "..", "..");
let dist: string;
let offline: string;
let server: Server;
let base: string;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

/** The fake `wps` root the start page sees: records registrations, task panes and storage. */
const FAKE_WPS = `
  window.__registered = [];
  window.__panes = [];
  const storage = {};
  window.wps = window.Application = {
    AddCustomFunction(namespace, name, fn, metadata) { window.__registered.push({ namespace, name, fn, metadata }); },
    PluginStorage: { getItem: (k) => storage[k] || "", setItem: (k, v) => { storage[k] = String(v); } },
    CreateTaskPane(url, title) { const pane = { ID: window.__panes.length + 1, url, title, Visible: false, Navigate(u) { this.url = u; } }; window.__panes.push(pane); return pane; },
    GetTaskPane(id) { return window.__panes[id - 1]; },
  };
`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "pt-wps-"));
  offline = mkdtempSync(join(tmpdir(), "pt-wps-offline-"));
  execFileSync(
    join(root, "node_modules", ".bin", "webpack"),
    ["--config", "webpack.wps.config.js", "--mode", "production", "--output-path", dist],
    { cwd: root, stdio: "pipe" }
  );
  execFileSync(process.execPath, [join(root, "scripts", "package-wps.js"), dist, offline], {
    cwd: root,
    stdio: "pipe",
  });
  ({ server, base } = await serve(dist));
  context = await launch(base);
  await context.addInitScript(FAKE_WPS);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(
    () => (window as unknown as { ptRegistered?: string[] }).ptRegistered !== undefined
  );
}, 240_000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

describe("the built WPS folder", () => {
  it("holds ribbon.xml starting with <customUI, the start page and the pane", () => {
    expect(readFileSync(join(dist, "ribbon.xml"), "utf8").startsWith("<customUI")).toBe(true);
    for (const file of [
      "index.html",
      "taskpane.html",
      "wps.js",
      "taskpane.js",
      "assets/icon-32.png",
    ]) {
      expect(existsSync(join(dist, file))).toBe(true);
    }
  });

  it("refers to office.js nowhere", () => {
    for (const file of files(dist))
      expect(readFileSync(file, "utf8")).not.toMatch(/office\.js|appsforoffice/i);
  });

  it("has a ribbon tab 绩效目标 whose buttons call the start page's callbacks", () => {
    const ribbon = readFileSync(join(dist, "ribbon.xml"), "utf8");
    expect(ribbon).toContain('label="绩效目标"');
    expect(ribbon).toContain('onLoad="ribbon.OnAddinLoad"');
    for (const id of ["ptOpenPane", "ptNewProject", "ptOverview", "ptImport", "ptChecker"]) {
      expect(ribbon).toMatch(new RegExp(`id="${id}"[^>]*onAction="ribbon.OnAction"`));
    }
  });

  it("packs the offline add-in as .7z beside its folder and the add-in list", () => {
    const listing = execFileSync(path7za, ["l", join(offline, "pt_0.1.0.7z")], {
      encoding: "utf8",
    });
    for (const file of ["ribbon.xml", "index.html", "taskpane.html", "wps.js"])
      expect(listing).toContain(file);
    expect(readFileSync(join(offline, "publish.xml"), "utf8")).toMatch(
      /<jsplugin name="pt" type="et" url="[^"]*pt_0.1.0.7z" version="0.1.0"/
    );
    expect(readFileSync(join(offline, "publish-online.xml"), "utf8")).toMatch(
      /<jspluginonline name="pt" type="et"/
    );
  });
});

describe("the start page in a DOM with a fake wps", () => {
  it("registers every PT function under the PT namespace, with the Chinese metadata of functions.json", async () => {
    const registered = await page.evaluate(() =>
      (
        window as unknown as {
          __registered: {
            namespace: string;
            name: string;
            metadata: { description: string; parameters: { name: string; description: string }[] };
          }[];
        }
      ).__registered.map((r) => ({
        namespace: r.namespace,
        name: r.name,
        description: r.metadata.description,
        parameters: r.metadata.parameters.map((p) => p.name),
      }))
    );
    expect(registered.map((r) => r.name).sort()).toEqual([
      "CHECK",
      "EXPLAIN",
      "LIGHT",
      "PROGRESS",
      "REVIEW",
      "SCHEDULE",
    ]);
    expect(
      registered.every((r) => r.namespace === "PT" && /[\u4e00-\u9fff]/.test(r.description))
    ).toBe(true);
    expect(registered.find((r) => r.name === "PROGRESS")?.parameters).toEqual([
      "spent",
      "budget",
      "planned",
      "date",
      "tolerance",
    ]);
  });

  const CASES: [string, unknown[]][] = [
    ["CHECK", [0.96, "≥95%"]],
    ["CHECK", [94, "≥95%"]],
    ["CHECK", ["0.07万元/人", "≤766元/人"]],
    ["CHECK", [800, "766 元/人", "成本指标"]],
    ["CHECK", ["明显提升", "有所提升"]],
    ["CHECK", [null, "≥95%"]],
    ["CHECK", [96, "≥"]],
    ["CHECK", ["8人", "≤766元/人"]],
    ["PROGRESS", [10, 23]],
    ["PROGRESS", [5, 23, 10]],
    ["PROGRESS", [10, 23, null, "2023-06-30"]],
    ["PROGRESS", [10, 0]],
    ["SCHEDULE", ["2023-10-31"]],
    ["LIGHT", [76, 230, "2023-06-30"]],
    ["EXPLAIN", ["23 个"]],
    ["REVIEW", ["产出指标", "成本指标", "支付各项工作费用", "全年费用", "≥95%", "以往经验"]],
  ];

  function inNode(name: string, args: unknown[]): { value?: unknown; error?: string } {
    try {
      return {
        value: (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[
          name.toLowerCase()
        ](...args),
      };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }

  it.each(CASES)("PT.%s(%j) runs synchronously and answers as in Excel", async (name, args) => {
    const inWps = await page.evaluate(
      ([fnName, fnArgs]) => {
        const entry = (
          window as unknown as {
            __registered: { name: string; fn: (...a: unknown[]) => unknown }[];
          }
        ).__registered.find((r) => r.name === fnName);
        try {
          const value = entry?.fn(...(fnArgs as unknown[]));
          return { sync: !(value instanceof Promise), value };
        } catch (error) {
          return { sync: true, error: (error as Error).message };
        }
      },
      [name, args] as const
    );
    const expected = inNode(name, args);
    expect(inWps.sync).toBe(true);
    if (expected.error !== undefined) expect(inWps.error).toBe(expected.error);
    else expect(inWps.value).toEqual(expected.value);
  });

  it("opens the task pane from the ribbon, once, on the tab the button names", async () => {
    const panes = await page.evaluate(() => {
      const w = window as unknown as {
        ribbon: { OnAction(c: { Id: string }): boolean; OnAddinLoad(): boolean };
        __panes: { url: string; Visible: boolean }[];
      };
      const loaded = w.ribbon.OnAddinLoad();
      const first = w.ribbon.OnAction({ Id: "ptImport" });
      w.ribbon.OnAction({ Id: "ptNewProject" });
      return { loaded, first, panes: w.__panes.map((p) => ({ url: p.url, visible: p.Visible })) };
    });
    expect(panes.loaded).toBe(true);
    expect(panes.first).toBe(true);
    expect(panes.panes).toEqual([{ url: `${base}/taskpane.html#project`, visible: true }]);
  });

  it("the pane detects WPS, opens on the tab asked for, and needs no office.js", async () => {
    const pane = await context.newPage();
    pane.on("pageerror", (error) => errors.push(error.message));
    await pane.goto(`${base}/taskpane.html#import`);
    await pane.getByText("已连接 WPS 表格").waitFor();
    expect(await pane.getByRole("tab", { name: "导入" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    await pane.close();
  });

  it("raised no script errors", () => {
    expect(errors).toEqual([]);
  });
});
