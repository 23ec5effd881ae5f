/**
 * How the review accepts a printed 得分 or 总分: the exact figure, or the figure under the
 * rounding the settings name, or under any of the ways published 自评表 round ("任一", the default,
 * since a reviewer seldom knows which one a unit used). The roundings themselves are the one set
 * PT.SCORE and the presets use (core/rounding.ts); a preset's rounding can be named here.
 */
import { roundingNamed, ROUNDINGS } from "../rounding";

/** Half a cent of a point: scores are printed to two decimals at most. */
export const SCORE_TOLERANCE = 0.005;

export const ANY_ROUNDING = "任一";
/** Every name a rounding goes by (ids and aliases), so settings written either way are valid. */
export const ROUNDING_CHOICES: readonly string[] = [
  ANY_ROUNDING,
  ...ROUNDINGS.flatMap((r) => [r.id, ...r.aliases]),
];

/** The option every rule that compares a printed score with its computed one takes. */
export const ROUNDING_OPTION = {
  type: "choice" as const,
  default: ANY_ROUNDING,
  choices: ROUNDING_CHOICES,
  description: `得分的取舍方式：任一（默认）、${ROUNDINGS.map((r) => r.id).join("、")}`,
};

/**
 * Whether `printed` is `exact` as the named rounding (or any rounding) prints it. `weight` is the
 * 分值 the score is out of (whole points taken count from it); without one, from the next whole point.
 */
export function printedAs(
  printed: number,
  exact: number,
  rounding: string,
  weight = Math.ceil(exact)
): boolean {
  if (Math.abs(printed - exact) <= SCORE_TOLERANCE) return true;
  const named = roundingNamed(rounding);
  const ways = named ? [named] : ROUNDINGS;
  return ways.some((way) => Math.abs(printed - way.apply(exact, weight)) <= SCORE_TOLERANCE);
}
