/**
 * The `pt` command as a process: `pt build` of the bundled sample (bin/pt.js running the bundle
 * built at install time), beside `node -e 'require("exceljs")'`, the least a process that writes
 * .xlsx with ExcelJS costs, in the same run, interleaved. Goal: within 1.5× of it. Median of a few
 * runs each, since the machines here are noisy.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Figure } from "./run";

const root = join(__dirname, "..");
const RUNS = 5;
export const PT_BUILD_GOAL = 1.5;

function wallMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

export function benchCli(): Figure[] {
  // The bundle as `npm ci` leaves it, so that no run below rebuilds it.
  wallMs([join(root, "scripts", "build-cli.js")]);
  const dir = mkdtempSync(join(tmpdir(), "pt-bench-cli-"));
  try {
    const build = [join(root, "bin", "pt.js"), "build", "-o", join(dir, "部门.xlsx")];
    const exceljs = ["-e", 'require("exceljs")'];
    wallMs(build); // warm the file cache for both
    wallMs(exceljs);
    const pt: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      pt.push(wallMs(build));
      base.push(wallMs(exceljs));
    }
    const [ptMs, baseMs] = [median(pt), median(base)];
    return [
      {
        name: `pt build of the sample, process (median of ${RUNS})`,
        value: Math.round(ptMs),
        unit: "ms",
      },
      {
        name: "  node -e 'require(\"exceljs\")' (baseline)",
        value: Math.round(baseMs),
        unit: "ms",
      },
      { name: "  pt build / baseline", value: Math.round((ptMs / baseMs) * 100) / 100, unit: "x" },
      { name: "  goal", value: PT_BUILD_GOAL, unit: "x" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/cli.bench.ts` prints this benchmark alone.
if (process.argv[1]?.endsWith("cli.bench.ts")) {
  for (const f of benchCli())
    console.log(`${f.name.padEnd(56)} ${String(f.value).padStart(10)} ${f.unit}`);
}
