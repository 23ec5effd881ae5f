/**
 * The review engine: runs the given rules over the model (a department, a project, one indicator
 * row). Findings are Problems located in the model (`at`); places.ts turns them into cells. Pure
 * and total: a model read from any JSON is cleaned first, so nothing throws. It knows no rule by
 * itself, so the project form can run two rules without loading the registry (review.ts has the
 * defaults).
 */
import { Department, INDICATOR_COLUMNS, IndicatorRow, Project } from "../model";
import type { IndicatorColumn, ModelPlace, Problem, ProjectField } from "../problem";
import { parseTarget } from "../target";
import { ActiveRule, problem, ProjectContext, Report, RowContext } from "./rule";

const text = (value: unknown): string =>
  typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
const amount = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function cleanRow(raw: unknown): IndicatorRow {
  const row = (raw ?? {}) as Record<string, unknown>;
  return {
    level1: text(row.level1),
    level2: text(row.level2),
    level3: text(row.level3),
    description: text(row.description),
    value: text(row.value),
    basis: text(row.basis),
  };
}

const isText = (value: unknown) => typeof value === "string";
const isAmount = (value: unknown) => value === null || amount(value) !== null;

/** Whether a project is as its type says, so that it can be reviewed without a copy. */
function wellTyped(p: Record<string, unknown>): boolean {
  return (
    isText(p.code) &&
    isText(p.name) &&
    isText(p.purpose) &&
    isAmount(p.budget) &&
    isAmount(p.fiscalFunds) &&
    isAmount(p.otherFunds) &&
    Array.isArray(p.goals) &&
    p.goals.every(isText) &&
    Array.isArray(p.schedule) &&
    p.schedule.every((s) => !!s && amount(s.month) !== null && isAmount(s.amount)) &&
    Array.isArray(p.indicators) &&
    p.indicators.every(
      (r) =>
        !!r &&
        isText(r.level1) &&
        isText(r.level2) &&
        isText(r.level3) &&
        isText(r.description) &&
        isText(r.value) &&
        isText(r.basis)
    )
  );
}

/** The project with every field of the type it claims (JSON input may say anything). */
function cleanProject(raw: unknown): Project {
  const p = (raw ?? {}) as Record<string, unknown>;
  if (wellTyped(p)) return p as unknown as Project;
  return {
    code: text(p.code),
    name: text(p.name),
    budget: amount(p.budget),
    fiscalFunds: amount(p.fiscalFunds),
    otherFunds: amount(p.otherFunds),
    purpose: text(p.purpose),
    schedule: list(p.schedule).map((s) => {
      const point = (s ?? {}) as Record<string, unknown>;
      return { month: amount(point.month) ?? 0, amount: amount(point.amount) };
    }),
    goals: list(p.goals).map(text),
    indicators: list(p.indicators).map(cleanRow),
  };
}

/**
 * Runs the row checks of `active` over rows of one project, with one context reused for every
 * row and rule (a sheet has many rows; a context each would be most of the cost).
 */
function rowChecker(
  project: number,
  active: readonly ActiveRule[],
  found: Problem[]
): (row: IndicatorRow, index: number) => void {
  const rules = active.filter((a) => a.rule.row);
  let current = rules[0];
  let index = 0;
  const context: RowContext = {
    row: { level1: "", level2: "", level3: "", description: "", value: "", basis: "" },
    target: null,
    options: {},
    at: (column?: IndicatorColumn): ModelPlace =>
      column
        ? { kind: "indicator", project, row: index, column }
        : { kind: "indicator", project, row: index },
    report: (report) => found.push(problem(current, report)),
  };
  return (row, i) => {
    index = i;
    context.row = row;
    const value = row.value.trim();
    context.target = value === "" ? null : parseTarget(value);
    for (const rule of rules) {
      current = rule;
      context.options = rule.options;
      rule.rule.row?.(context);
    }
  };
}

/** Form order of a project's fields, so findings list as a person reads the sheet. */
const FIELD_ORDER: ProjectField[] = [
  "code",
  "name",
  "budget",
  "fiscalFunds",
  "otherFunds",
  "purpose",
  "schedule",
  "goals",
];

/** Sort key of a place inside one project: header fields, the table as a whole, then rows. */
function order(at: ModelPlace | undefined): number {
  if (!at || at.kind === "department") return 0;
  if (at.kind !== "project" && at.kind !== "indicator") return 3000;
  if (at.kind === "project") {
    if (!at.field) return 1000;
    return (FIELD_ORDER.indexOf(at.field) + 1) * 100 + (at.checkpoint ?? 0);
  }
  return 2000 + at.row * 10 + (at.column ? INDICATOR_COLUMNS.indexOf(at.column) : 0);
}

/** The findings of one project (the `index`-th of its department), in the order of the sheet. */
export function reviewProject(raw: Project, index = 0, active: readonly ActiveRule[]): Problem[] {
  const project = cleanProject(raw);
  const found: Problem[] = [];
  let current = active[0];
  const context: ProjectContext = {
    project,
    options: {},
    at: (field?: ProjectField, checkpoint?: number): ModelPlace => ({
      kind: "project",
      project: index,
      ...(field && { field }),
      ...(checkpoint !== undefined && { checkpoint }),
    }),
    rowAt: (row: number, column?: IndicatorColumn): ModelPlace =>
      column
        ? { kind: "indicator", project: index, row, column }
        : { kind: "indicator", project: index, row },
    report: (report: Report) => found.push(problem(current, report)),
  };
  for (const rule of active) {
    if (!rule.rule.project) continue;
    current = rule;
    context.options = rule.options;
    rule.rule.project(context);
  }
  project.indicators.forEach(rowChecker(index, active, found));
  // Stable: findings at one place keep the registry's order.
  const keys = found.map((p) => order(p.at));
  return found
    .map((_, i) => i)
    .sort((a, b) => keys[a] - keys[b] || a - b)
    .map((i) => found[i]);
}

/** The findings of every project of a department, project by project. */
export function reviewDepartment(department: Department, active: readonly ActiveRule[]): Problem[] {
  return list((department as Partial<Department> | null)?.projects).flatMap((project, i) =>
    reviewProject(project as Project, i, active)
  );
}

/** The findings of one indicator row alone (the row checks only), most serious first. */
export function reviewRow(raw: IndicatorRow, active: readonly ActiveRule[]): Problem[] {
  const found: Problem[] = [];
  rowChecker(0, active, found)(cleanRow(raw), 0);
  return [
    ...found.filter((p) => p.severity === "error"),
    ...found.filter((p) => p.severity !== "error"),
  ];
}
