/**
 * The flat layout (one row per 三级指标) both ways, on a department of the seed's projects repeated
 * to 100 (about 650 rows): planFlat, and importSheets of its grid, beside the same department read
 * back from our own template's sheets in the same run. Run alone: `npx tsx bench/flat.bench.ts`.
 */
import { importSheets } from "../src/core/import";
import { planFlat } from "../src/core/layout/flat";
import { planGrid } from "../src/core/layout/plan";
import { planDepartment } from "../src/core/layout/workbook";
import type { Department } from "../src/core/model";
import { SEED_DEPARTMENT } from "../test/fixtures/seed-department";
import type { Figure } from "./run";

function department(count: number): Department {
  const projects = Array.from({ length: count }, (_, i) => {
    const p = SEED_DEPARTMENT.projects[i % SEED_DEPARTMENT.projects.length];
    return { ...p, code: `${p.code}-${i + 1}`, name: `${p.name}${i + 1}` };
  });
  return { ...SEED_DEPARTMENT, projects };
}

function timeMs(run: () => void, repeat: number): number {
  run(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) run();
  return Number(process.hrtime.bigint() - start) / 1e6 / repeat;
}

export function benchFlat(): Figure[] {
  const hundred = department(100);
  const rows = hundred.projects.reduce((n, p) => n + p.indicators.length, 0);
  const flat = planFlat(hundred).plan;
  const flatSheets = [{ name: flat.name, grid: planGrid(flat) }];
  const formSheets = planDepartment(hundred).map((p) => ({ name: p.name, grid: planGrid(p) }));
  const read = importSheets(flatSheets, "bench").department.projects;
  if (read.length !== 100 || read.reduce((n, p) => n + p.indicators.length, 0) !== rows)
    throw new Error(`the flat sheet read back as ${read.length} projects, not 100`);
  const planMs = timeMs(() => planFlat(hundred), 5);
  const flatMs = timeMs(() => importSheets(flatSheets, "bench"), 5);
  const formMs = timeMs(() => importSheets(formSheets, "bench"), 3);
  const round = (n: number) => Math.round(n * 100) / 100;
  return [
    { name: `flat export of 100 projects (${rows} rows)`, value: round(planMs), unit: "ms" },
    { name: `flat import of 100 projects (${rows} rows)`, value: round(flatMs), unit: "ms" },
    { name: "same department from template sheets (baseline)", value: round(formMs), unit: "ms" },
  ];
}

if (require.main === module)
  for (const f of benchFlat())
    console.log(`${f.name.padEnd(56)} ${String(f.value).padStart(12)} ${f.unit}`);
