/**
 * What a review rule is (ESLint's model): `meta` says what the rule checks, its default severity,
 * its messages keyed by id with `{placeholders}` and the options a province may set; `check` looks
 * at one indicator row or one project and reports a message id, its data and a place in the model,
 * never finished text. Severity and thresholds come from the settings, not from the rule.
 */
import type { ReadSummary } from "../layout/summary";
import type { SelfEvalShown } from "../layout/year-after-places";
import type { Department, IndicatorRow, Monitoring, Project, SelfEvaluation } from "../model";
import type {
  IndicatorColumn,
  ModelPlace,
  MonitorField,
  Problem,
  ProjectField,
  SelfEvalField,
  SummaryField,
} from "../problem";
import type { Outcome } from "../outcome";
import type { Target } from "../target";

/** `error` blocks submission; `warning` asks for a look. */
export type RuleSeverity = "error" | "warning";

export type OptionValue = number | string;

/** One option of a rule, with its default and what a setting may be: checked once, by the settings. */
export type OptionSpec =
  | { type: "number"; default: number; min: number; max: number; description: string }
  | { type: "choice"; default: string; choices: readonly string[]; description: string };

export interface RuleMeta {
  /** Stable id, kebab-case: the settings and `Problem.rule` (`review/<id>`) use it. */
  id: string;
  /** What the rule checks, in Chinese (README, settings, the pane). */
  description: string;
  /** Where the rule comes from: 一体化系统保存校验, 财预〔2015〕88号, … */
  source: string;
  severity: RuleSeverity;
  /** A province's rule: off unless the settings (or a preset) turn it on. */
  optIn?: boolean;
  /** Message templates by id; `{name}` is replaced by the report's data. */
  messages: Record<string, string>;
  options?: Record<string, OptionSpec>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  at: ModelPlace;
}

interface Context {
  /** The rule's options: the defaults in `meta.options`, overridden by the settings. */
  options: Readonly<Record<string, OptionValue>>;
  report(report: Report): void;
}

export interface RowContext extends Context {
  row: IndicatorRow;
  /** The 指标值 as the grammar reads it, or null when the cell is empty. */
  target: Outcome<Target> | null;
  /** The place of this row, or of one of its cells. */
  at(column?: IndicatorColumn): ModelPlace;
}

export interface ProjectContext extends Context {
  project: Project;
  /** The place of the project, of one of its fields, or of one checkpoint of its plan. */
  at(field?: ProjectField, checkpoint?: number): ModelPlace;
  /** The place of one of its indicator rows. */
  rowAt(row: number, column?: IndicatorColumn): ModelPlace;
}

/** A 自评表: the model, and what the sheet prints (scores, 总分, 评价等级) as read. */
export interface SelfEvalContext extends Context {
  evaluation: SelfEvaluation;
  shown: SelfEvalShown;
  /** Whether row `i`'s 实际完成值 meets its 指标值 (judged once per review, judge.ts). */
  outcome(row: number): "met" | "missed" | null;
  /** The place of one of the table's cells, or of a row's (0-based `row`). */
  at(field?: SelfEvalField, row?: number): ModelPlace;
}

export interface MonitorContext extends Context {
  monitoring: Monitoring;
  at(field?: MonitorField, row?: number): ModelPlace;
}

/** The department as a whole: its projects, its overview and its 汇总 (when the workbook has one). */
export interface DepartmentContext extends Context {
  department: Department;
  summary: ReadSummary | null;
  /** Whether the workbook has a 部门整体 sheet (its goals are then expected). */
  hasOverview: boolean;
  summaryAt(row?: number, field?: SummaryField): ModelPlace;
  /** The place of a project's field (its sheet). */
  projectAt(project: number, field?: ProjectField): ModelPlace;
  at(field?: "overallGoal" | "itemGoals"): ModelPlace;
}

/**
 * A rule: its meta and a check for each part of the model it looks at (ESLint's visitors). A row
 * check also runs in a cell (PT.REVIEW), where the row is all there is; a project check sees the
 * project's fields, its plan and its rows together; the year-after checks see one 自评表 or 监控表;
 * a department check sees every project with the 汇总 and the 部门整体 sheet.
 */
export interface Rule {
  meta: RuleMeta;
  row?(context: RowContext): void;
  project?(context: ProjectContext): void;
  selfEval?(context: SelfEvalContext): void;
  monitor?(context: MonitorContext): void;
  department?(context: DepartmentContext): void;
}

/** Templates split at their placeholders (odd entries are names), split once each. */
const templates = new Map<string, string[]>();

/** A rule as it runs: its severity and options resolved from the settings and its defaults. */
export interface ActiveRule {
  rule: Rule;
  severity: RuleSeverity;
  options: Readonly<Record<string, OptionValue>>;
}

/** The rule at its own severity and option defaults. */
export function atDefaults(rule: Rule): ActiveRule {
  const options = Object.entries(rule.meta.options ?? {}).map(([name, spec]) => [
    name,
    spec.default,
  ]);
  return { rule, severity: rule.meta.severity, options: Object.fromEntries(options) };
}

/** A message with its `{placeholders}` filled in; an unknown placeholder stays as written. */
export function renderMessage(
  template: string,
  data: Record<string, string | number> = {}
): string {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templates.size < 1024) templates.set(template, parts);
  }
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2)
    message += (parts[i] in data ? String(data[parts[i]]) : `{${parts[i]}}`) + parts[i + 1];
  return message;
}

/** A rule's report as the one problem record: its id, severity, message and place. */
export function problem(active: ActiveRule, report: Report): Problem {
  return {
    rule: `review/${active.rule.meta.id}`,
    severity: active.severity,
    message: renderMessage(
      active.rule.meta.messages[report.messageId] ?? report.messageId,
      report.data
    ),
    messageId: report.messageId,
    at: report.at,
  };
}

/** The numeric option of a context (the settings have checked its type). */
export function numberOption(context: Context, name: string): number {
  return Number(context.options[name]);
}

/** Half a fen (万元): amounts closer than this are equal. */
export const AMOUNT_TOLERANCE = 0.005;

/** The option of every rule that compares amounts. */
export const AMOUNT_TOLERANCE_OPTION: OptionSpec = {
  type: "number",
  default: AMOUNT_TOLERANCE,
  min: 0,
  max: 100,
  description: "金额允许的差额（万元），默认半分钱",
};
