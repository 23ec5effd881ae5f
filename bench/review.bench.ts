/**
 * Review cost: one project through every rule (goal under 50 µs), against parsing its 指标值
 * alone as a baseline; and `pt review` on 200 generated unit workbooks (goal: under 20 s), with
 * the time split between reading the files and running the rules; one 自评表 through the 自评 rules
 * (goal under 50 µs) beside parsing its 指标值 and reading its sheet back.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/pt";
import { loadDepartment } from "../src/cli/load";
import { planGrid, planSelfEval, readSelfEvalSheet } from "../src/core/layout";
import { defaultRules, reviewImport, reviewProject, reviewSelfEval } from "../src/core/review";
import { consistentSelfEval } from "../test/fixtures/year-after-workbook";
import { parseTarget } from "../src/core/target";
import { SEED_DEPARTMENT } from "../test/fixtures/seed-department";
import { writeUnits } from "../test/fixtures/units";
import type { Figure } from "./run";

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function perCallUs(run: () => void, calls: number): number {
  run(); // warm up
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e3 / calls;
}

function benchProject(): Figure[] {
  const projects = SEED_DEPARTMENT.projects;
  const rounds = 2000;
  const calls = rounds * projects.length;
  const review = perCallUs(() => {
    for (let r = 0; r < rounds; r++) projects.forEach((p, i) => reviewProject(p, i));
  }, calls);
  const parse = perCallUs(() => {
    for (let r = 0; r < rounds; r++)
      for (const p of projects) for (const row of p.indicators) parseTarget(row.value);
  }, calls);
  const rows = projects.reduce((n, p) => n + p.indicators.length, 0) / projects.length;
  return [
    {
      name: `review one project (seed, ${round(rows, 1)} rows, ${defaultRules().length} rules)`,
      value: round(review),
      unit: "µs",
    },
    { name: "parse the same project's 指标值 only (baseline)", value: round(parse, 3), unit: "µs" },
  ];
}

async function benchFolder(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "pt-bench-review-"));
  try {
    const units = await writeUnits(dir, 200);
    const files = units.map((u) => join(dir, u.file));
    const projects = units.reduce((n, u) => n + u.department.projects.length, 0);
    await main(["review", files[0]], { out: () => {}, err: () => {} }); // warm up
    const start = process.hrtime.bigint();
    const code = await main(["review", dir, "--json"], { out: () => {}, err: () => {} });
    const totalS = Number(process.hrtime.bigint() - start) / 1e9;
    if (code !== 1) throw new Error(`pt review exited ${code}, expected 1 (planted errors)`);
    // The same work in its two parts.
    let readNs = 0;
    let rulesNs = 0;
    for (const file of files) {
      const t0 = process.hrtime.bigint();
      const loaded = await loadDepartment(file);
      const t1 = process.hrtime.bigint();
      reviewImport(loaded);
      rulesNs += Number(process.hrtime.bigint() - t1);
      readNs += Number(t1 - t0);
    }
    return [
      {
        name: `pt review ${files.length} unit workbooks (${projects} projects), wall time`,
        value: round(totalS),
        unit: "s",
      },
      { name: "pt review throughput", value: round(files.length / totalS, 1), unit: "workbooks/s" },
      {
        name: "  reading a workbook (.xlsx → model)",
        value: round(readNs / 1e6 / files.length),
        unit: "ms",
      },
      {
        name: "  reviewing it (rules → located findings)",
        value: round(rulesNs / 1e6 / files.length, 3),
        unit: "ms",
      },
      {
        name: "  share of time in the rules",
        value: round((100 * rulesNs) / (readNs + rulesNs), 1),
        unit: "%",
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One 自评表 through the 自评 rules (goal under 50 µs), beside parsing its 指标值 alone and reading
 * its sheet back (the values a host hands over → model, shown scores and places).
 */
export function benchSelfEval(): Figure[] {
  const evaluation = consistentSelfEval();
  const grid = planGrid(planSelfEval(evaluation, "自评"));
  const read = readSelfEvalSheet(grid);
  if (!read) throw new Error("the 自评表 did not read back");
  const active = defaultRules().filter((a) => a.rule.selfEval);
  const calls = 20000;
  const review = perCallUs(() => {
    for (let i = 0; i < calls; i++) reviewSelfEval(read.evaluation, read.shown, 0, active);
  }, calls);
  const parse = perCallUs(() => {
    for (let i = 0; i < calls; i++)
      for (const row of read.evaluation.project.indicators) parseTarget(row.value);
  }, calls);
  const readBack = perCallUs(() => {
    for (let i = 0; i < 2000; i++) readSelfEvalSheet(grid);
  }, 2000);
  const rows = read.evaluation.project.indicators.length;
  return [
    {
      name: `review one 自评表 (${rows} rows, ${active.length} 自评 rules)`,
      value: round(review),
      unit: "µs",
    },
    { name: "parse the same 自评表's 指标值 only (baseline)", value: round(parse, 3), unit: "µs" },
    { name: "read the 自评表 back from its values (baseline)", value: round(readBack), unit: "µs" },
  ];
}

export async function benchReview(): Promise<Figure[]> {
  return [...benchProject(), ...benchSelfEval(), ...(await benchFolder())];
}

// `npx tsx bench/review.bench.ts selfeval` prints the 自评表 figures alone.
if (require.main === module && process.argv[2] === "selfeval")
  for (const f of benchSelfEval()) console.log(`${f.name}: ${f.value} ${f.unit}`);
