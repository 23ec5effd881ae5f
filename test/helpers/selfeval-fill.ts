/**
 * The seed's nine projects as a test fills in their year: each 自评表 and 监控表 gets actual values
 * chosen by the kind of its 指标值 (met, missed, exceeded, levels, both score methods), so that
 * every rule is exercised. Deterministic: the same department every run.
 */
import { LEVELS } from "../../src/core/levels";
import { serialFromYMD } from "../../src/core/dates";
import { monitoringsOf, selfEvaluationsOf } from "../../src/core/layout";
import { Monitoring, SelfEvaluation } from "../../src/core/model";
import { parseTarget } from "../../src/core/target";
import { unitInfo } from "../../src/core/units";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

export const SEED_YEAR = 2023;
export const SEED_AS_OF = serialFromYMD(SEED_YEAR, 7, 31);

const FACTORS = [1, 0.9, 1.05, 1.35, 0.5, 1.6];

/** An actual for a 指标值: a level for a qualitative one, else the target times a factor. */
export function actualFor(value: string, k: number, poor = false): string | number {
  const target = parseTarget(value);
  if (!target.ok || target.value.kind === "qualitative" || target.value.kind === "reference")
    return LEVELS[poor ? LEVELS.length - 1 : k % LEVELS.length].text;
  const t = target.value;
  const base = t.kind === "range" ? t.low : t.value;
  const amount = Math.round(base * (poor ? 0.3 : FACTORS[k % FACTORS.length]) * 100) / 100;
  // A percent-formatted cell holds the ratio, as Excel stores 96%; some accountants type 96.
  return unitInfo(t.unit).base === "%" && k % 2 === 0 ? Math.round(amount * 100) / 10000 : amount;
}

/** The project that went badly, so that every grade band is seen. */
const POOR = 6;

export function filledSelfEvaluations(): SelfEvaluation[] {
  const evaluations = selfEvaluationsOf({ ...SEED_DEPARTMENT, year: SEED_YEAR });
  evaluations.forEach((evaluation, p) => {
    const total = evaluation.funds[0];
    total.spent = Math.round((total.adjusted ?? 0) * [0.85, 0.95, 1, 1.02][p % 4] * 100) / 100;
    if (p % 2 === 1) evaluation.method = "线性";
    evaluation.results.forEach((result, i) => {
      const row = evaluation.project.indicators[i];
      result.actual = actualFor(row.value, p + i, p === POOR);
      // An accountant raising a 部分达成 within its band.
      if (result.actual === LEVELS[1].text && result.weight !== null && (p + i) % 2 === 0)
        result.score = Math.round(result.weight * 0.7 * 100) / 100;
      if ((p + i) % 4 === 0) result.reason = "受疫情影响，部分工作延后";
    });
  });
  return evaluations;
}

export function filledMonitorings(): Monitoring[] {
  const monitorings = monitoringsOf({ ...SEED_DEPARTMENT, year: SEED_YEAR }, SEED_AS_OF);
  monitorings.forEach((monitoring, p) => {
    monitoring.spent =
      Math.round((monitoring.budget ?? 0) * [0.3, 0.45, 0.6, 0.75][p % 4] * 100) / 100;
    monitoring.results.forEach((result, i) => {
      const row = monitoring.project.indicators[i];
      const k = p + i;
      result.actual = actualFor(row.value, k);
      result.forecast = actualFor(row.value, k + 1);
      result.reason = k % 3 === 0 ? "经费保障" : "";
      result.likelihood = ["确定能", "有可能", "完全不可能"][k % 3];
    });
  });
  return monitorings;
}
