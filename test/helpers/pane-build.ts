/**
 * The Excel pane as webpack builds it, made once for all the tests of a run that open it in
 * Chromium: the first caller builds into a folder named by the mode and a hash of everything the
 * build reads (sources, assets, manifests, configuration, locked dependencies); the others, in
 * other Jest workers too, wait for that folder and reuse it, and a later run with the same sources
 * finds it ready. The folder is shared: callers read and serve it, never write into it or delete it.
 * openPane serves it and opens it in Chromium as every pane test does.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { BrowserContext, Page } from "playwright-core";
import { launch, serve } from "./browser";

const root = join(__dirname, "..", "..");
const INPUTS = ["src", "assets", "webpack.config.js", "package-lock.json", "tsconfig.json"];
const DONE = ".complete";
/** A build taking longer than this is taken for a dead one: its lock is broken. */
const STALE_MS = 20 * 60_000;

/** Every file under `path`, sorted, for the hash. */
function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of what the build reads, with the environment that changes its output. */
function inputsHash(mode: string): string {
  const hash = createHash("sha1").update(`${mode}\n${process.env.ADDIN_URL ?? ""}\n`);
  const manifests = readdirSync(root).filter((f) => /^manifest.*\.xml$/.test(f));
  for (const file of [...INPUTS, ...manifests].flatMap((p) => files(join(root, p)))) {
    hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds of other sources, finished over a day ago (a run in another worktree may use a newer one). */
function forgetOldBuilds(kept: string, mode: string): void {
  const prefix = `pt-pane-build-${mode}-`;
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!name.startsWith(prefix) || dir === kept || name.includes(".")) continue;
    const done = statSync(join(dir, DONE), { throwIfNoEntry: false });
    if (done && Date.now() - done.mtimeMs > 86_400_000)
      rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds into `dist` unless another process is doing so; then waits for it. */
async function buildOnce(dist: string, mode: string): Promise<void> {
  const lock = `${dist}.lock`;
  for (;;) {
    if (existsSync(join(dist, DONE))) return;
    try {
      mkdirSync(lock);
      break; // this process builds
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > STALE_MS)
        rmSync(lock, { recursive: true, force: true });
      await sleep(2_000);
    }
  }
  try {
    if (existsSync(join(dist, DONE))) return;
    const partial = `${dist}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    execFileSync(
      join(root, "node_modules", ".bin", "webpack"),
      ["--mode", mode, "--output-path", partial],
      { cwd: root, stdio: "pipe" }
    );
    writeFileSync(join(partial, DONE), new Date().toISOString());
    rmSync(dist, { recursive: true, force: true });
    renameSync(partial, dist);
    forgetOldBuilds(dist, mode);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The folder holding the built pane (taskpane.html and its chunks) for `mode`. */
export async function builtPane(
  mode: "production" | "development" = "production"
): Promise<string> {
  const dist = join(tmpdir(), `pt-pane-build-${mode}-${inputsHash(mode)}`);
  await buildOnce(dist, mode);
  return dist;
}

const officeJs = join(root, "node_modules", "@microsoft", "office-js", "dist");

/** office.js from node_modules instead of Microsoft's CDN: nothing else leaves the machine. */
export function localOfficeJs(url: URL): string | null {
  return url.hostname === "appsforoffice.microsoft.com"
    ? join(officeJs, url.pathname.replace(/^\/lib\/1\/hosted\//, ""))
    : null;
}

export interface OpenPane {
  server: Server;
  base: string;
  context: BrowserContext;
  page: Page;
}

/**
 * The built pane served and opened in Chromium, as every pane test opens it: `prepare` runs
 * before the page loads (listeners, init scripts), `goto` are the options of its first load.
 */
export async function openPane(
  mode: "production" | "development",
  prepare?: (page: Page) => unknown,
  goto?: Parameters<Page["goto"]>[1]
): Promise<OpenPane> {
  const { server, base } = await serve(await builtPane(mode));
  const context = await launch(base, localOfficeJs);
  const page = context.pages()[0] ?? (await context.newPage());
  await prepare?.(page);
  await page.goto(`${base}/taskpane.html`, goto);
  return { server, base, context, page };
}
