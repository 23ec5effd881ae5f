/**
 * The registry of review rules, in the order their findings are listed: errors first, rows before
 * projects. Adding a rule is one module and one line here; a duplicate id or a default that its
 * own options schema refuses fails loudly when this module loads.
 */
import type { OptionSpec, Rule } from "../rule";
import { branch } from "./branch";
import { budgetEmpty } from "./budget-empty";
import { categories } from "./categories";
import { costRate } from "./cost-rate";
import { descriptionRepeats } from "./description-repeats";
import { duplicateIndicator } from "./duplicate-indicator";
import { fundsSum } from "./funds-sum";
import { goalEmpty } from "./goal-empty";
import { indicatorEmpty } from "./indicator-empty";
import { nameLength } from "./name-length";
import { monitorBehind } from "./monitor-behind";
import { monitorForecast } from "./monitor-forecast";
import { monitorLikelihood } from "./monitor-likelihood";
import { selfevalActualAsTarget } from "./selfeval-actual-as-target";
import { selfevalExecutionReason } from "./selfeval-execution-reason";
import { selfevalExecutionScore } from "./selfeval-execution-score";
import { selfevalGrade } from "./selfeval-grade";
import { selfevalOverReason } from "./selfeval-over-reason";
import { selfevalReason } from "./selfeval-reason";
import { selfevalScoreBand } from "./selfeval-score-band";
import { selfevalScoreContradicts } from "./selfeval-score-contradicts";
import { selfevalTotal } from "./selfeval-total";
import { selfevalWeights } from "./selfeval-weights";
import { planBehind } from "./plan-behind";
import { departmentGoals } from "./department-goals";
import { summaryProjects } from "./summary-projects";
import { planDecreasing } from "./plan-decreasing";
import { planEnd } from "./plan-end";
import { satisfactionMin } from "./satisfaction-min";
import { straySpace } from "./stray-space";
import { valueComparison } from "./value-comparison";
import { valueFormLibrary } from "./value-form-library";
import { valueGrammar } from "./value-grammar";
import { valueIsBasis } from "./value-is-basis";
import { valueIsName } from "./value-is-name";
import { valueNegates } from "./value-negates";
import { valueUnit } from "./value-unit";

/** Whether a value is one that an option may take (also used to check settings). */
export function optionAccepts(spec: OptionSpec, value: unknown): boolean {
  return spec.type === "number"
    ? typeof value === "number" && Number.isFinite(value) && value >= spec.min && value <= spec.max
    : typeof value === "string" && spec.choices.includes(value);
}

/** Checks a list of rules once: unique ids, known severities, defaults their schemas accept. */
export function registry(rules: Rule[]): readonly Rule[] {
  const ids = new Set<string>();
  for (const rule of rules) {
    const { id, severity, options = {}, messages } = rule.meta;
    if (ids.has(id)) throw new Error(`审核规则重复：${id}`);
    ids.add(id);
    if (severity !== "error" && severity !== "warning")
      throw new Error(`审核规则 ${id} 的级别应为 error 或 warning`);
    if (!rule.row && !rule.project && !rule.selfEval && !rule.monitor && !rule.department)
      throw new Error(`审核规则 ${id} 没有检查`);
    if (Object.keys(messages).length === 0) throw new Error(`审核规则 ${id} 没有说明`);
    for (const [name, spec] of Object.entries(options))
      if (!optionAccepts(spec, spec.default))
        throw new Error(`审核规则 ${id} 的选项 ${name} 的默认值不合要求`);
  }
  return Object.freeze(rules.slice());
}

export const RULES: readonly Rule[] = registry([
  indicatorEmpty,
  branch,
  valueGrammar,
  valueUnit,
  valueIsBasis,
  valueIsName,
  valueNegates,
  costRate,
  nameLength,
  goalEmpty,
  budgetEmpty,
  fundsSum,
  planDecreasing,
  planEnd,
  categories,
  valueComparison,
  satisfactionMin,
  valueFormLibrary,
  descriptionRepeats,
  straySpace,
  duplicateIndicator,
  planBehind,
  // 自评表: errors first, then what asks for a look, the province's rule last.
  selfevalScoreContradicts,
  selfevalTotal,
  selfevalGrade,
  selfevalExecutionScore,
  selfevalWeights,
  selfevalReason,
  selfevalScoreBand,
  selfevalActualAsTarget,
  selfevalExecutionReason,
  selfevalOverReason,
  // The department as a whole.
  summaryProjects,
  departmentGoals,
  // 监控表.
  monitorBehind,
  monitorLikelihood,
  monitorForecast,
]);
