/**
 * One problem record for everything that reports: the importers, sheet read-back, the pane's forms
 * and the review rules (as ESLint has one problem shape for all its rules). A problem says which
 * rule found it, how serious it is, what to do in Chinese, where it is in the source (a line of
 * text, a place on a PDF page, a cell) and, when known, where it is in the model.
 */
import type { IndicatorRow, Project } from "./model";

/** `error` blocks submission or means a value was not read; `warning` asks for a look. */
export type Severity = "error" | "warning" | "info";

export type IndicatorColumn = keyof IndicatorRow;
export type ProjectField = Exclude<keyof Project, "indicators">;
export type DepartmentField =
  "unitCode" | "unitName" | "year" | "overallGoal" | "itemGoals" | "measures";

/** Where in the department model: indices are 0-based, as in `department.projects[project]`. */
export type ModelPlace =
  | { kind: "department"; field?: DepartmentField }
  /** `checkpoint` picks one entry of `schedule` (0-based) when the field is the spending plan. */
  | { kind: "project"; project: number; field?: ProjectField; checkpoint?: number }
  | { kind: "indicator"; project: number; row: number; column?: IndicatorColumn }
  /** A 自评表 or 监控表 (`table`-th of its kind in the review), a row of it, or one of its cells. */
  | { kind: "selfeval"; table: number; row?: number; field?: SelfEvalField }
  | { kind: "monitor"; table: number; row?: number; field?: MonitorField }
  /** The 汇总 sheet: a row (0-based, as listed) or one of its figures. */
  | { kind: "summary"; row?: number; field?: SummaryField };

/** Cells of a 自评表: a row's (actual … reason) or the table's own. */
export type SelfEvalField =
  | "level3"
  | "value"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "executionWeight"
  | "rate"
  | "executionScore"
  | "executionReason"
  | "weightTotal"
  | "total"
  | "grade";

/** Cells of a 监控表: a row's or the budget block's. */
export type MonitorField =
  | "level3"
  | "value"
  | "actual"
  | "forecast"
  | "reason"
  | "likelihood"
  | "spent"
  | "rate"
  | "spendingReason";

/** Cells of a 汇总 row. */
export type SummaryField = "code" | "name" | "budget" | "fiscalFunds" | "otherFunds" | "sheet";

/** Where in the source the problem was found. */
export interface SourcePlace {
  /** 1-based line of an input text. */
  line?: number;
  /** Last line, when the problem covers several (a row kept as text). */
  lastLine?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** Position on the PDF page in points from its top-left corner. */
  x?: number;
  y?: number;
  /** Sheet of a workbook; with `cell`, the problem's cell on it. */
  sheet?: string;
  /** A1 address (without the sheet name). */
  cell?: string;
}

export interface Problem extends SourcePlace {
  /** Stable id of the rule or reader that reported it, e.g. `import/row-unplaced`, `review/empty-value`. */
  rule: string;
  severity: Severity;
  /** What is wrong and what to do, in Chinese. */
  message: string;
  /** Which of the rule's messages it is (review rules), so tests need not compare text. */
  messageId?: string;
  at?: ModelPlace;
}

/** The project a place is in (a project or one of its rows), or null. */
export function projectOf(at: ModelPlace | undefined): number | null {
  return at && (at.kind === "project" || at.kind === "indicator") ? at.project : null;
}

/** Quotes a sheet name as formulas do: '1.城镇建设工作经费'!A1. */
export function qualifiedCell(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Where a problem is, in words: 第 3 行, 第 2 页, 单元格 '表'!B5, or "" when unknown. */
export function where(p: SourcePlace): string {
  if (p.line !== undefined)
    return p.lastLine !== undefined && p.lastLine !== p.line
      ? `第 ${p.line}–${p.lastLine} 行`
      : `第 ${p.line} 行`;
  if (p.page !== undefined)
    return p.y !== undefined ? `第 ${p.page} 页（距顶 ${Math.round(p.y)} 磅）` : `第 ${p.page} 页`;
  if (p.cell !== undefined)
    return `单元格 ${p.sheet !== undefined ? qualifiedCell(p.sheet, p.cell) : p.cell}`;
  if (p.sheet !== undefined) return `工作表“${p.sheet}”`;
  return "";
}

export const SEVERITY_WORDS: Record<Severity, string> = {
  error: "错误",
  warning: "警告",
  info: "提示",
};

/** One line of text per problem: `第 3 行 [警告] 说明`. */
export function formatProblem(p: Problem): string {
  const place = where(p);
  return `${place ? `${place} ` : ""}[${SEVERITY_WORDS[p.severity]}] ${p.message}`;
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}
