/**
 * The task pane's first screen: every script taskpane.html loads at start (the webpack runtime,
 * the chunk both entries share, functions.js — the custom functions share the pane's runtime — and
 * taskpane.js), as Chromium requests them opening the production build until the network is idle,
 * so a chunk either entry loads at start counts too. Gzip bytes beside a bare Fluent pane built in
 * the same run with the same rule. Goal: at most 1.5× the bare pane.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import webpack from "webpack";
import { launch, serve } from "../test/helpers/browser";
import type { Figure } from "./run";

const { TYPESCRIPT_RULE } = require("../webpack.config.js") as {
  TYPESCRIPT_RULE: webpack.RuleSetRule;
};

const root = join(__dirname, "..");
export const FIRST_SCREEN_GOAL = 1.5;

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The bare pane: one entry, production mode; the gzip size of its initial chunks. */
function bareGzip(): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), "pt-bundle-"));
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "production",
        context: root,
        entry: { pane: "./bench/bare-pane/index.tsx" },
        output: { path: out },
        resolve: { extensions: [".ts", ".tsx", ".js"] },
        module: { rules: [TYPESCRIPT_RULE] },
        performance: { hints: false },
      },
      (error, stats) => {
        if (error || !stats || stats.hasErrors())
          return reject(error ?? new Error(stats?.toString("errors-only")));
        const files =
          stats.toJson({ all: false, entrypoints: true }).entrypoints?.pane.assets ?? [];
        resolve(
          files
            .filter((a) => a.name.endsWith(".js"))
            .reduce((n, a) => n + gzip(join(out, a.name)), 0)
        );
        rmSync(out, { recursive: true, force: true });
      }
    );
  });
}

/** Our scripts Chromium fetches opening taskpane.html of a production build (office.js left out). */
async function firstScreen(): Promise<{ files: string[]; bytes: number }> {
  const dist = mkdtempSync(join(tmpdir(), "pt-bundle-pane-"));
  execFileSync(
    join(root, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", dist],
    { cwd: root, stdio: "pipe" }
  );
  const { server, base } = await serve(dist);
  const officeJs = join(root, "node_modules", "@microsoft", "office-js", "dist");
  const context = await launch(base, (url) =>
    url.hostname === "appsforoffice.microsoft.com"
      ? join(officeJs, url.pathname.replace(/^\/lib\/1\/hosted\//, ""))
      : null
  );
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const files: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === base && url.pathname.endsWith(".js")) files.push(url.pathname.slice(1));
    });
    await page.goto(`${base}/taskpane.html`, { waitUntil: "networkidle", timeout: 300_000 });
    await page.waitForSelector("select, input", { timeout: 120_000 });
    const unique = [...new Set(files)];
    return { files: unique, bytes: unique.reduce((n, f) => n + gzip(join(dist, f)), 0) };
  } finally {
    await context.close();
    server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

export async function benchBundle(): Promise<Figure[]> {
  const bare = await bareGzip();
  const pane = await firstScreen();
  return [
    {
      name: `task pane first screen, gzip (${pane.files.join(" + ")})`,
      value: Math.round(pane.bytes / 1024),
      unit: "KiB",
    },
    { name: "  bare Fluent pane, gzip (baseline)", value: Math.round(bare / 1024), unit: "KiB" },
    {
      name: "  task pane / bare Fluent pane",
      value: Math.round((pane.bytes / bare) * 100) / 100,
      unit: "x",
    },
    { name: "  goal", value: FIRST_SCREEN_GOAL, unit: "x" },
  ];
}

// `npx tsx bench/bundle.bench.ts` prints this benchmark alone.
if (process.argv[1]?.endsWith("bundle.bench.ts")) {
  void benchBundle().then((list) => {
    for (const f of list)
      console.log(`${f.name.padEnd(60)} ${String(f.value).padStart(10)} ${f.unit}`);
  });
}
