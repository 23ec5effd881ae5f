/**
 * How published 自评表 round a score, in one place: the review accepts a printed 得分 or 总分 when
 * it is the exact figure under the rounding the settings name, or under any of them ("任一", the
 * default, since a reviewer seldom knows which one a unit used). The grammar presets name a
 * province's rounding; joined at merge, a preset sets the `rounding` option of the rules below.
 */
import { roundHalfUp } from "../score";

/** Half a cent of a point: scores are printed to two decimals at most. */
export const SCORE_TOLERANCE = 0.005;

/** Tiny float noise must not push a truncation down a step (9.7 × 10 = 96.99999…). */
const EPSILON = 1e-9;

export const ROUNDINGS: Readonly<Record<string, (value: number) => number>> = {
  两位小数: (v) => roundHalfUp(v, 2),
  一位小数: (v) => roundHalfUp(v, 1),
  截断一位小数: (v) => Math.floor(v * 10 + EPSILON) / 10,
  四舍五入取整: (v) => roundHalfUp(v, 0),
  扣整分: (v) => Math.floor(v + EPSILON),
};

const ALL_WAYS = Object.values(ROUNDINGS);

export const ANY_ROUNDING = "任一";
export const ROUNDING_CHOICES: readonly string[] = [ANY_ROUNDING, ...Object.keys(ROUNDINGS)];

/** The option every rule that compares a printed score with its computed one takes. */
export const ROUNDING_OPTION = {
  type: "choice" as const,
  default: ANY_ROUNDING,
  choices: ROUNDING_CHOICES,
  description:
    "得分的取舍方式：任一（默认）、两位小数、一位小数、截断一位小数、四舍五入取整、扣整分",
};

/** Whether `printed` is `exact` as the named rounding (or any rounding) prints it. */
export function printedAs(printed: number, exact: number, rounding: string): boolean {
  if (Math.abs(printed - exact) <= SCORE_TOLERANCE) return true;
  const ways = rounding in ROUNDINGS ? [ROUNDINGS[rounding]] : ALL_WAYS;
  return ways.some((round) => Math.abs(printed - round(exact)) <= SCORE_TOLERANCE);
}
