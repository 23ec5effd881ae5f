/**
 * What the 审核 page shows of a review, as plain data: the findings grouped by sheet (in the order
 * the review gives them, which is sheet order) with each sheet's counts, and a finding's place.
 */
import { countBySeverity, Problem, qualifiedCell } from "../core/problem";

export interface SheetGroup {
  /** The sheet's name; null for findings on no sheet (a line of a text, the workbook as a whole). */
  sheet: string | null;
  problems: Problem[];
  errors: number;
  warnings: number;
}

/** Problems grouped by their sheet, groups in order of first appearance, problems kept in order. */
export function groupBySheet(problems: readonly Problem[]): SheetGroup[] {
  const groups = new Map<string | null, Problem[]>();
  for (const p of problems) {
    const key = p.sheet ?? null;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups].map(([sheet, list]) => {
    const counts = countBySeverity(list);
    return { sheet, problems: list, errors: counts.error, warnings: counts.warning };
  });
}

/** A problem the host can show: one with both a sheet and a cell. */
export function selectable(p: Problem): p is Problem & { sheet: string; cell: string } {
  return p.sheet !== undefined && p.cell !== undefined;
}

/** '1.城镇建设工作经费'!E11 for a problem with a cell, else "". */
export function cellOf(p: Problem): string {
  return selectable(p) ? qualifiedCell(p.sheet, p.cell) : "";
}
