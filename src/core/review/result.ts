/**
 * Reviewing what a reader produced, with every finding located on a sheet: the entry for the
 * command line (`pt review`) and the task pane (the sheets of the open workbook).
 */
import { DetectedImport, importSheets } from "../import/detect";
import type { SheetValues } from "../layout/workbook";
import type { Department } from "../model";
import { countBySeverity, Problem } from "../problem";
import { locate, readBackPlaces, templateDepartmentPlaces } from "./places";
import { reviewDepartment } from "./review";
import { ActiveRule, defaultRules } from "./settings";

export interface ReviewResult {
  department: Department;
  /** The rules' findings, in sheet order, each with its sheet and cell. */
  findings: Problem[];
  /** What the reader could not read or was unsure of (with its line or cell). */
  notes: Problem[];
  errors: number;
  warnings: number;
}

/** Reviews an imported department; its places come from the read-back or the template. */
export function reviewImport(
  imported: Pick<DetectedImport, "department" | "diagnostics" | "readBack">,
  active: readonly ActiveRule[] = defaultRules()
): ReviewResult {
  const { department } = imported;
  const places = imported.readBack
    ? readBackPlaces(imported.readBack)
    : templateDepartmentPlaces(department);
  const findings = reviewDepartment(department, active).map((p) => locate(p, places));
  // Where a rule speaks of a cell, the reader's note on the same cell (指标值为空) says it twice.
  const found = new Set(findings.map((f) => `${f.sheet ?? ""}!${f.cell ?? ""}`));
  const notes = imported.diagnostics.filter(
    (d) => d.cell === undefined || !found.has(`${d.sheet ?? ""}!${d.cell}`)
  );
  const counts = countBySeverity([...findings, ...notes]);
  return {
    department,
    findings,
    notes,
    errors: counts.error,
    warnings: counts.warning,
  };
}

/**
 * Reviews a workbook from its sheets as a host reads them (name and values): the department
 * workbook the templates made, possibly edited, or an indicator table.
 */
export function reviewSheets(
  sheets: SheetValues[],
  active: readonly ActiveRule[] = defaultRules(),
  name = "工作簿"
): ReviewResult {
  return reviewImport(importSheets(sheets, name), active);
}
