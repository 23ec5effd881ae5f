/**
 * WPS bridge calls for one project sheet, the seed department and its nine 自评表, each per
 * non-empty cell (counted from the plans, as Excel's figure is) beside the goal: at most 0.25 calls
 * per cell for the department, whose later project sheets are copies of the first, fixed where
 * they differ. The written rectangle, blanks included, is printed beside it, and where the
 * department's calls go (sheets from scratch and copies, and by kind: bench/wps-calls.ts).
 */
import { planDepartment, planSelfEvals, selfEvaluationsOf } from "../src/core/layout";
import { SheetPlan } from "../src/core/layout/plan";
import { planSingleProject } from "../src/core/layout/workbook";
import { insertSheetsWps } from "../src/hosts/wps";
import { WpsFake } from "../test/helpers/wps-fake";
import { SEED_DEPARTMENT } from "../test/fixtures/seed-department";
import { nonEmptyCells, rectangleCells } from "./cells";
import { callsByKind, callsBySheetMaking } from "./wps-calls";
import type { Figure } from "./run";

/** Bridge calls per non-empty cell the department may cost at most. */
export const WPS_CALLS_PER_CELL_GOAL = 0.25;

async function calls(plans: SheetPlan[]): Promise<string[]> {
  const fake = new WpsFake();
  await insertSheetsWps(fake.application, () => plans);
  return fake.calls;
}

const perCell = (count: number, cells: number) => Math.round((count / cells) * 1000) / 1000;

function figures(what: string, made: string[], plans: SheetPlan[]): Figure[] {
  const cells = nonEmptyCells(plans);
  return [
    { name: `WPS bridge calls, ${what}`, value: made.length, unit: "calls" },
    { name: `  non-empty cells written`, value: cells, unit: "cells" },
    { name: `  calls per non-empty cell`, value: perCell(made.length, cells), unit: "calls/cell" },
    {
      name: `  calls per cell of the written rectangle (blanks included)`,
      value: perCell(made.length, rectangleCells(plans)),
      unit: "calls/cell",
    },
  ];
}

/** The department's calls by how each sheet was made and by kind, counted from the run. */
function whereCallsGo(made: string[]): Figure[] {
  const { scratch, copies, outside } = callsBySheetMaking(made);
  return [
    {
      name: `  ${scratch.sheets} sheets written from scratch`,
      value: scratch.calls,
      unit: "calls",
    },
    {
      name: `  ${copies.sheets} sheets made as copies of another`,
      value: copies.calls,
      unit: "calls",
    },
    { name: "  reading the workbook, alerts, activating", value: outside, unit: "calls" },
    ...[...callsByKind(made)].map(([kind, n]) => ({
      name: `  by kind: ${kind}`,
      value: n,
      unit: "calls",
    })),
  ];
}

export async function benchWps(): Promise<Figure[]> {
  const one = [planSingleProject(SEED_DEPARTMENT, 1, ["Sheet1"])];
  const department = planDepartment(SEED_DEPARTMENT, ["Sheet1"]);
  const selfEvals = planSelfEvals(selfEvaluationsOf(SEED_DEPARTMENT), ["Sheet1"]);
  const departmentCalls = await calls(department);
  return [
    ...figures("one project sheet", await calls(one), one),
    ...figures(`the seed department (${department.length} sheets)`, departmentCalls, department),
    {
      name: "goal: calls per non-empty cell, department",
      value: WPS_CALLS_PER_CELL_GOAL,
      unit: "calls/cell",
    },
    ...whereCallsGo(departmentCalls),
    ...figures(`${selfEvals.length} 自评表 from the model`, await calls(selfEvals), selfEvals),
  ];
}

// `npx tsx bench/wps.bench.ts` prints this benchmark alone.
if (process.argv[1]?.endsWith("wps.bench.ts")) {
  void benchWps().then((list) => {
    for (const f of list)
      console.log(`${f.name.padEnd(60)} ${String(f.value).padStart(10)} ${f.unit}`);
  });
}
