/**
 * A project's self-evaluation as a whole (DESIGN §4): made from its target table, scored row by
 * row with the rules of score.ts, totalled and graded, and checked the way the budget system
 * checks it on saving (a 偏差原因 where an actual misses its target or exceeds it by 30%, or the
 * 执行率 is under 90%; a typed score outside its level's band; weights not summing to 100).
 */
import { readCell } from "./cell";
import { compare, measureActual, readingFor } from "./check";
import { directionOf } from "./framework";
import { gradeOf, Grade } from "./grade";
import { FundLine, IndicatorResult, Project, SelfEvaluation, WeightSplit } from "./model";
import { Problem } from "./problem";
import {
  budgetScore,
  DEFAULT_SCORE_METHOD,
  scoreInBand,
  isPositive,
  levelOf,
  roundHalfUp,
  scoreIndicator,
  ScoreMethodId,
} from "./score";
import { opposes } from "./negation";
import { DEFAULT_PRESET, OVER_REASON_RULE, presetNamed } from "./presets";
import { DATE_UNIT, normalizeText, parseTarget } from "./target";
import { defaultSplit, spreadWeights } from "./weights";

/** An actual this far above a positive target needs a 偏差原因 (the budget system's 130%). */
export const DEVIATION_THRESHOLD = 0.3;
/** An 执行率 below this needs a reason. */
export const EXECUTION_MIN_RATE = 0.9;
/** The total of all weights. */
export const FULL_MARKS = 100;
/** Two amounts or scores closer than half a cent are equal. */
export const CENT_TOLERANCE = 0.005;

export const FUND_LABELS = ["年度资金总额", "其中：财政资金", "其他资金"] as const;

/** What the sheet's check cells and the read-back findings say. */
export const CHECK_MESSAGES = {
  outsideBand: "得分超出评价档次的范围",
  miss: "未达成指标值，需填写偏差原因",
  over: `超出指标值${DEVIATION_THRESHOLD * 100}%以上，需填写偏差原因`,
  execution: `执行率低于${EXECUTION_MIN_RATE * 100}%，需填写执行偏差原因`,
  weights: `分值合计应为${FULL_MARKS}`,
} as const;

export interface EvaluationContext {
  department: string;
  unit: string;
  year: number | null;
}

/** The project as the 自评表 shows it: no 资金用途, plan of spending, descriptions or bases. */
export function projectOnSelfEval(project: Project): Project {
  return {
    ...project,
    purpose: "",
    schedule: [],
    indicators: project.indicators.map((row) => ({ ...row, description: "", basis: "" })),
  };
}

const FISCAL_LINE = /^(其中[:：]?)?(本年)?财政(资金|拨款)$/;
const OTHER_LINE = /^(其中[:：]?)?其他资金$/;

/** 预算数, 财政资金 and 其他资金 of the project, from the 年初预算数 of the fund lines. */
export function projectFunds(
  funds: FundLine[]
): Pick<Project, "budget" | "fiscalFunds" | "otherFunds"> {
  const find = (pattern: RegExp) =>
    funds.slice(1).find((line) => pattern.test(line.label.replace(/\s/g, "")))?.initial ?? null;
  return {
    budget: funds[0]?.initial ?? null,
    fiscalFunds: find(FISCAL_LINE),
    otherFunds: find(OTHER_LINE),
  };
}

/** A fresh self-evaluation of a project: weights spread from the split, nothing achieved yet. */
export function selfEvaluationOf(
  project: Project,
  context: EvaluationContext,
  split: WeightSplit = defaultSplit(),
  method: ScoreMethodId = DEFAULT_SCORE_METHOD,
  preset?: string
): SelfEvaluation {
  const line = (label: string, amount: number | null): FundLine => ({
    label,
    initial: amount,
    adjusted: amount,
    spent: null,
  });
  const weights = spreadWeights(project.indicators, split);
  return {
    project: projectOnSelfEval(project),
    year: context.year,
    department: context.department,
    unit: context.unit,
    funds: [
      line(FUND_LABELS[0], project.budget),
      line(FUND_LABELS[1], project.fiscalFunds),
      line(FUND_LABELS[2], project.otherFunds),
    ],
    execution: { weight: split.execution, score: null, reason: "" },
    achieved: "",
    results: weights.map((weight) => ({ actual: null, weight, score: null, reason: "" })),
    split: structuredClone(split),
    method,
    ...(preset ? { preset } : {}),
  };
}

/** The rule's score of row `i` (ignoring a typed one), "" while empty, or a message. */
export function ruleScore(evaluation: SelfEvaluation, i: number): number | "" | Error {
  const row = evaluation.project.indicators[i];
  const result = evaluation.results[i];
  const score = scoreIndicator(result?.actual ?? null, row.value, result?.weight ?? null, {
    indicator: row.level2,
    method: evaluation.method,
    preset: evaluation.preset,
    year: evaluation.year,
  });
  return score.ok ? score.value : new Error(score.error);
}

/** The score row `i` stands at: the typed one, else the rule's; null when there is none. */
export function rowScore(evaluation: SelfEvaluation, i: number): number | null {
  const typed = evaluation.results[i]?.score;
  if (typed !== null && typed !== undefined) return typed;
  const score = ruleScore(evaluation, i);
  return typeof score === "number" ? score : null;
}

/** 执行率 of the total line: 全年执行数 ÷ 全年预算数, or null. */
export function fundsExecutionRate(evaluation: SelfEvaluation): number | null {
  const total = evaluation.funds[0];
  if (!total || total.spent === null || !total.adjusted) return null;
  return total.spent / total.adjusted;
}

/** The rule's score of 预算执行率: 分值 × min(执行率, 100%). */
export function ruleExecutionScore(evaluation: SelfEvaluation): number | null {
  const rate = fundsExecutionRate(evaluation);
  const weight = evaluation.execution.weight;
  if (rate === null || weight === null) return null;
  const score = budgetScore(rate, weight, null, evaluation.preset);
  return score.ok && score.value !== "" ? score.value : null;
}

export function executionScore(evaluation: SelfEvaluation): number | null {
  return evaluation.execution.score ?? ruleExecutionScore(evaluation);
}

/**
 * 总分: execution and every row, to the cent; null while nothing is scored, and null when a row
 * cannot be scored (its cell shows an error, and so does the sheet's 总分).
 */
export function totalScore(evaluation: SelfEvaluation): number | null {
  const rows = evaluation.results.map((result, i) =>
    result.score !== null ? result.score : ruleScore(evaluation, i)
  );
  if (rows.some((s) => s instanceof Error)) return null;
  const scores = [executionScore(evaluation), ...rows].filter(
    (s): s is number => typeof s === "number"
  );
  return scores.length === 0 ? null : roundHalfUp(scores.reduce((a, b) => a + b, 0));
}

export function totalGrade(evaluation: SelfEvaluation): Grade | "" {
  const grade = gradeOf(totalScore(evaluation));
  return grade.ok ? grade.value : "";
}

export function weightTotal(evaluation: SelfEvaluation): number {
  return roundHalfUp(
    (evaluation.execution.weight ?? 0) +
      evaluation.results.reduce((sum, r) => sum + (r.weight ?? 0), 0)
  );
}

export type Deviation = "miss" | "over" | null;

/**
 * Whether an actual needs a 偏差原因: it misses its target (a level below 达成 counts), or a
 * positive target is exceeded by the threshold or more. A reverse target exceeded is a miss.
 */
export function deviationOf(actualRaw: unknown, targetText: string, indicator: string): Deviation {
  const actual = readCell(actualRaw);
  if (actual.kind === "text") {
    const level = levelOf(actual.text);
    if (level) return level.id === "met" ? null : "miss";
  }
  if (actual.kind !== "number" && actual.kind !== "text") return null;
  const target = parseTarget(targetText);
  // 不及时 against 及时: an actual that negates a qualitative target misses it.
  if (target.ok && target.value.kind === "qualitative" && actual.kind === "text")
    return opposes(normalizeText(actual.text), target.value.text) ? "miss" : null;
  if (!target.ok || target.value.kind === "qualitative" || target.value.kind === "reference")
    return null;
  const t = target.value;
  const measured = measureActual(actual, t.unit, null, readingFor(t));
  if (!measured.ok) return null;
  const value = measured.value;
  if (t.kind === "range")
    return compare(value, "≥", t.low) && compare(value, "≤", t.high) ? null : "miss";
  const symbol = directionOf(t, indicator);
  if (!compare(value, symbol, t.value)) return "miss";
  const over = isPositive(symbol) && t.unit !== DATE_UNIT && t.value > 0;
  return over && compare(value, "≥", t.value * (1 + DEVIATION_THRESHOLD)) ? "over" : null;
}

/**
 * Whether an actual far above its target asks a 偏差原因 under the evaluation's 评分方案: only a
 * preset that turns the 130% review rule on (湖北's budget system), as the review does.
 */
export function asksOverReason(evaluation: SelfEvaluation): boolean {
  const preset = presetNamed(evaluation.preset ?? "") ?? DEFAULT_PRESET;
  const setting = preset.review.rules[OVER_REASON_RULE];
  return setting === "warning" || setting === "error";
}

/** What the check cell of row `i` says: a score outside its band, or a 偏差原因 the row needs. */
export function rowCheck(evaluation: SelfEvaluation, i: number): string {
  const row = evaluation.project.indicators[i];
  const result: IndicatorResult | undefined = evaluation.results[i];
  if (!row || !result || result.actual === null || result.actual === "") return "";
  const level = typeof result.actual === "string" ? levelOf(result.actual) : null;
  const score = rowScore(evaluation, i);
  if (
    level &&
    score !== null &&
    result.weight !== null &&
    !scoreInBand(score, level, result.weight)
  )
    return CHECK_MESSAGES.outsideBand;
  if (result.reason.trim() !== "") return "";
  const deviation = deviationOf(result.actual, row.value, row.level2);
  if (deviation === "over" && !asksOverReason(evaluation)) return "";
  return deviation ? CHECK_MESSAGES[deviation] : "";
}

/** What the check cell beside 执行率 says. */
export function executionCheck(evaluation: SelfEvaluation): string {
  const rate = fundsExecutionRate(evaluation);
  return rate !== null && rate < EXECUTION_MIN_RATE && evaluation.execution.reason.trim() === ""
    ? CHECK_MESSAGES.execution
    : "";
}

export function weightsCheck(evaluation: SelfEvaluation): string {
  return Math.abs(weightTotal(evaluation) - FULL_MARKS) > CENT_TOLERANCE
    ? CHECK_MESSAGES.weights
    : "";
}

/** What the budget system would refuse or query on saving, with its place in the model. */
export function selfEvalFindings(evaluation: SelfEvaluation, project = 0): Problem[] {
  const problem = (rule: string, message: string, at: Problem["at"]): Problem => ({
    rule,
    severity: "warning",
    message,
    at,
  });
  const problems: Problem[] = [];
  const execution = executionCheck(evaluation);
  if (execution)
    problems.push(problem("selfeval/execution-reason", execution, { kind: "project", project }));
  evaluation.project.indicators.forEach((row, i) => {
    const message = rowCheck(evaluation, i);
    if (message)
      problems.push(
        problem(
          message === CHECK_MESSAGES.outsideBand
            ? "selfeval/score-outside-band"
            : "selfeval/reason-missing",
          `“${row.level3}”${message}`,
          { kind: "indicator", project, row: i }
        )
      );
  });
  const weights = weightsCheck(evaluation);
  if (weights)
    problems.push(
      problem("selfeval/weights-total", `${weights}（现为 ${weightTotal(evaluation)}）`, {
        kind: "project",
        project,
      })
    );
  return problems;
}
