/**
 * The review with the registry's rules at their defaults unless others are given: a department, a
 * project, or one indicator row as a cell sees it (PT.REVIEW).
 */
import { readCell } from "../cell";
import { Department, INDICATOR_COLUMNS, IndicatorRow, Project } from "../model";
import { ok, Outcome } from "../outcome";
import { Problem, SEVERITY_WORDS } from "../problem";
import * as engine from "./engine";
import { ActiveRule, defaultRules } from "./settings";

/** The findings of one project (the `index`-th of its department), in the order of the sheet. */
export const reviewProject = (
  project: Project,
  index = 0,
  active: readonly ActiveRule[] = defaultRules()
): Problem[] => engine.reviewProject(project, index, active);

/** The findings of every project of a department, project by project. */
export const reviewDepartment = (
  department: Department,
  active: readonly ActiveRule[] = defaultRules()
): Problem[] => engine.reviewDepartment(department, active);

/** The findings of one indicator row alone (the row checks only), most serious first. */
export const reviewRow = (
  row: IndicatorRow,
  active: readonly ActiveRule[] = defaultRules()
): Problem[] => engine.reviewRow(row, active);

/** How a finding reads in a cell: `错误：请填写指标值`; the sheet colours by the first two characters. */
export function findingText(finding: Problem | undefined): string {
  return finding ? `${SEVERITY_WORDS[finding.severity]}：${finding.message}` : "";
}

/** The row a cell formula sees in six cells as hosts hand them over, or null when all are blank. */
export function rowOfCells(cells: readonly unknown[]): IndicatorRow | null {
  const values = INDICATOR_COLUMNS.map((_, i) => {
    const cell = readCell(cells[i]);
    if (cell.kind === "text") return cell.text;
    if (cell.kind === "number" || cell.kind === "boolean") return String(cell.value);
    return "";
  });
  if (values.every((v) => v === "")) return null;
  return Object.fromEntries(
    INDICATOR_COLUMNS.map((c, i) => [c, values[i]])
  ) as unknown as IndicatorRow;
}

/**
 * PT.REVIEW: a row's first finding from its six cells (一级, 二级, 三级, 描述, 指标值, 依据), or ""
 * when the row is fine or still blank.
 */
export function reviewRowCells(cells: readonly unknown[]): Outcome<string> {
  const row = rowOfCells(cells);
  return ok(row ? findingText(reviewRow(row)[0]) : "");
}
