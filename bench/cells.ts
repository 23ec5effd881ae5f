/**
 * Cells a set of sheet plans fills, counted from the plans: a value or a formula, blanks left out.
 * Calls per cell divide by this, as Excel's figure does, not by the rectangle a host assigns.
 */
import { planGrid, SheetPlan } from "../src/core/layout/plan";

export function nonEmptyCells(plans: readonly SheetPlan[]): number {
  return plans.reduce(
    (sum, plan) =>
      sum +
      planGrid(plan)
        .flat()
        .filter((v) => v !== null && v !== "").length,
    0
  );
}

/** The rectangle a host assigns in one write, blanks included. */
export function rectangleCells(plans: readonly SheetPlan[]): number {
  return plans.reduce((sum, plan) => {
    const grid = planGrid(plan);
    return sum + grid.length * (grid[0]?.length ?? 0);
  }, 0);
}
