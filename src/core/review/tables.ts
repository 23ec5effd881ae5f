/**
 * The review of the year-after tables: one 自评表 or 监控表 at a time, through the rules' selfEval
 * and monitor checks. Findings are located in the model (`{kind: "selfeval", table, row, field}`);
 * places.ts turns them into cells through what the reader found. Pure and total.
 */
import type { SelfEvalShown } from "../layout/year-after-places";
import type { ReadSummary } from "../layout/summary";
import type { Department, Monitoring, SelfEvaluation } from "../model";
import type { ModelPlace, MonitorField, Problem, SelfEvalField } from "../problem";
import { Outcome, outcomeOf } from "./judge";
import { ActiveRule, problem } from "./rule";

/** Fields above the indicator rows come first, those below last: the order of the sheet. */
const ABOVE = new Set<string>([
  "executionWeight",
  "rate",
  "executionScore",
  "executionReason",
  "spent",
  "spendingReason",
]);

function order(at: ModelPlace | undefined): number {
  if (!at || (at.kind !== "selfeval" && at.kind !== "monitor")) return 0;
  if (at.row !== undefined) return 1 + at.row;
  return at.field && ABOVE.has(at.field) ? 0 : 1e6;
}

/** Findings in sheet order; findings at one place keep the registry's order. */
function sorted(found: Problem[]): Problem[] {
  const keys = found.map((p) => order(p.at));
  return found
    .map((_, i) => i)
    .sort((a, b) => keys[a] - keys[b] || a - b)
    .map((i) => found[i]);
}

/** What a 自评表 prints, when its reader did not say: the model's typed scores, nothing else. */
export function shownOfModel(evaluation: SelfEvaluation): SelfEvalShown {
  return {
    scores: evaluation.results.map((r) => r.score),
    executionScore: evaluation.execution.score,
    rate: null,
    weightTotal: null,
    total: null,
    grade: "",
  };
}

/** The findings of the `table`-th 自评表 of the review. */
export function reviewSelfEval(
  evaluation: SelfEvaluation,
  shown: SelfEvalShown,
  table: number,
  active: readonly ActiveRule[]
): Problem[] {
  const found: Problem[] = [];
  const outcomes: (Outcome | undefined)[] = [];
  const outcome = (i: number): Outcome => {
    if (outcomes[i] === undefined) {
      const row = evaluation.project.indicators[i];
      outcomes[i] = row ? outcomeOf(evaluation.results[i]?.actual ?? null, row) : null;
    }
    return outcomes[i] as Outcome;
  };
  for (const rule of active) {
    if (!rule.rule.selfEval) continue;
    rule.rule.selfEval({
      evaluation,
      shown,
      outcome,
      options: rule.options,
      at: (field?: SelfEvalField, row?: number): ModelPlace => ({
        kind: "selfeval",
        table,
        ...(row !== undefined && { row }),
        ...(field && { field }),
      }),
      report: (report) => found.push(problem(rule, report)),
    });
  }
  return sorted(found);
}

/** The findings of the `table`-th 监控表 of the review. */
export function reviewMonitoring(
  monitoring: Monitoring,
  table: number,
  active: readonly ActiveRule[]
): Problem[] {
  const found: Problem[] = [];
  for (const rule of active) {
    if (!rule.rule.monitor) continue;
    rule.rule.monitor({
      monitoring,
      options: rule.options,
      at: (field?: MonitorField, row?: number): ModelPlace => ({
        kind: "monitor",
        table,
        ...(row !== undefined && { row }),
        ...(field && { field }),
      }),
      report: (report) => found.push(problem(rule, report)),
    });
  }
  return sorted(found);
}

/** The findings on the department as a whole: the 汇总 against the projects, the overview's goals. */
export function reviewWhole(
  department: Department,
  summary: ReadSummary | null,
  hasOverview: boolean,
  active: readonly ActiveRule[]
): Problem[] {
  const found: Problem[] = [];
  for (const rule of active) {
    if (!rule.rule.department) continue;
    rule.rule.department({
      department,
      summary,
      hasOverview,
      options: rule.options,
      summaryAt: (row, field) => ({
        kind: "summary",
        ...(row !== undefined && { row }),
        ...(field && { field }),
      }),
      projectAt: (project, field) => ({ kind: "project", project, ...(field && { field }) }),
      at: (field) => ({ kind: "department", ...(field && { field }) }),
      report: (report) => found.push(problem(rule, report)),
    });
  }
  return found;
}
