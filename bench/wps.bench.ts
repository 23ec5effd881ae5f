/**
 * WPS bridge calls for one project sheet and for the seed department, beside the cells written and
 * the goal (at most 0.25 calls per cell for the department: later project sheets are copies of the
 * first, fixed where they differ).
 */
import { planDepartment } from "../src/core/layout";
import { planGrid } from "../src/core/layout/plan";
import { planSingleProject } from "../src/core/layout/workbook";
import { insertSheetsWps } from "../src/hosts/wps";
import { WpsFake } from "../test/helpers/wps-fake";
import { SEED_DEPARTMENT } from "../test/fixtures/seed-department";
import type { Figure } from "./run";

/** Bridge calls per cell written the department may cost at most. */
export const WPS_CALLS_PER_CELL_GOAL = 0.25;

/** Cells a plan writes: the whole rectangle of values, as the host assigns it. */
function cellsOf(plans: ReturnType<typeof planDepartment>): number {
  return plans.reduce((sum, plan) => {
    const grid = planGrid(plan);
    return sum + grid.length * (grid[0]?.length ?? 0);
  }, 0);
}

export async function benchWps(): Promise<Figure[]> {
  const one = new WpsFake();
  const plan = planSingleProject(SEED_DEPARTMENT, 1, ["Sheet1"]);
  await insertSheetsWps(one.application, () => [plan]);
  const all = new WpsFake();
  const plans = planDepartment(SEED_DEPARTMENT, ["Sheet1"]);
  await insertSheetsWps(all.application, () => plans);
  const perCell = (calls: number, cells: number) => Math.round((calls / cells) * 1000) / 1000;
  return [
    { name: "WPS bridge calls for one project sheet", value: one.calls.length, unit: "calls" },
    { name: "cells written on that sheet", value: cellsOf([plan]), unit: "cells" },
    {
      name: "WPS bridge calls per cell, one project sheet",
      value: perCell(one.calls.length, cellsOf([plan])),
      unit: "calls/cell",
    },
    {
      name: `WPS bridge calls for the seed department (${plans.length} sheets)`,
      value: all.calls.length,
      unit: "calls",
    },
    { name: "cells written for the department", value: cellsOf(plans), unit: "cells" },
    {
      name: "WPS bridge calls per cell, department",
      value: perCell(all.calls.length, cellsOf(plans)),
      unit: "calls/cell",
    },
    {
      name: "goal: WPS bridge calls per cell, department",
      value: WPS_CALLS_PER_CELL_GOAL,
      unit: "calls/cell",
    },
    {
      name: "project sheets made as copies of another",
      value: all.calls.filter((c) => c.endsWith(".Copy()")).length,
      unit: "sheets",
    },
  ];
}
