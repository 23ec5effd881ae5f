/** Task pane bundle size (gzip) beside a bare Fluent pane, both built in this run with the same settings. */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import webpack from "webpack";
import type { Figure } from "./run";

const { TYPESCRIPT_RULE } = require("../webpack.config.js") as {
  TYPESCRIPT_RULE: webpack.RuleSetRule;
};

const root = join(__dirname, "..");

/** Builds one entry in production mode; returns the gzip size of what loads at start (async chunks excluded). */
function initialGzip(entry: string): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), "pt-bundle-"));
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "production",
        context: root,
        entry: { pane: entry },
        output: { path: out },
        resolve: { extensions: [".ts", ".tsx", ".js"] },
        // The rule the add-in's own build uses, so both panes are built alike.
        module: { rules: [TYPESCRIPT_RULE] },
        performance: { hints: false },
      },
      (error, stats) => {
        if (error || !stats || stats.hasErrors())
          return reject(error ?? new Error(stats?.toString("errors-only")));
        const files =
          stats.toJson({ all: false, entrypoints: true }).entrypoints?.pane.assets ?? [];
        const bytes = files
          .filter((a) => a.name.endsWith(".js"))
          .reduce(
            (sum, a) => sum + gzipSync(readFileSync(join(out, a.name)), { level: 9 }).length,
            0
          );
        resolve(bytes);
      }
    );
  });
}

export async function benchBundle(): Promise<Figure[]> {
  const bare = await initialGzip("./bench/bare-pane/index.tsx");
  const pane = await initialGzip("./src/taskpane/index.tsx");
  return [
    {
      name: "task pane bundle, gzip (initial chunks)",
      value: Math.round(pane / 1024),
      unit: "KiB",
    },
    {
      name: "bare Fluent pane bundle, gzip (baseline)",
      value: Math.round(bare / 1024),
      unit: "KiB",
    },
    {
      name: "task pane / bare Fluent pane",
      value: Math.round((pane / bare) * 100) / 100,
      unit: "x",
    },
  ];
}
