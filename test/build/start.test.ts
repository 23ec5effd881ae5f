/** `npm start` on a machine without Excel: it builds, serves the add-in over HTTPS and says how to load it. */
import { ChildProcess, spawn } from "child_process";
import { get } from "https";
import { join } from "path";

const root = join(__dirname, "..", "..");
const port = 3000 + 100 + Math.floor(Math.random() * 800);
let server: ChildProcess;
let output = "";

function fetchText(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

// Requests go to a dev server that may still be compiling on a slow machine.
jest.setTimeout(60_000);

beforeAll(async () => {
  server = spawn(process.execPath, [join(root, "scripts", "start.js")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PT_NO_SIDELOAD: "1" },
    detached: true,
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 150_000;
  while (!output.includes("提供服务") && Date.now() < deadline && server.exitCode === null) {
    await new Promise((r) => setTimeout(r, 250));
  }
}, 180_000);

afterAll(() => {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
});

it("serves the task pane, the functions and their metadata over HTTPS", async () => {
  expect(output).toContain(`https://localhost:${port}`);
  const pane = await fetchText(`https://localhost:${port}/taskpane.html`);
  expect(pane.status).toBe(200);
  expect(pane.body).toContain("functions.js");
  expect(pane.body).toContain("taskpane.js");
  const metadata = await fetchText(`https://localhost:${port}/functions.json`);
  expect(JSON.parse(metadata.body).functions.map((f: { id: string }) => f.id)).toContain("CHECK");
  expect((await fetchText(`https://localhost:${port}/assets/icon-32.png`)).status).toBe(200);
});

it("says how to load the manifest where there is no desktop Excel", () => {
  expect(output).toContain("Excel 网页版");
  expect(output).toContain("manifest.xml");
});
