/**
 * Monitoring lights (DESIGN §3) as data: each rule set is a list of bands over the ratio of the
 * actual to the standard (年度指标 × 序时进度). PT.LIGHT, the 绩效运行监控表 and its built-in
 * formulas all read these tables.
 */
import { readCell } from "./cell";
import { compare, measureActual, readingFor } from "./check";
import { directionOf } from "./framework";
import { fail, ok, Outcome } from "./outcome";
import { isPositive, LEVEL_CHOICES, levelOf } from "./score";
import { Comparator, DATE_UNIT, normalizeText, Target } from "./target";

export type Light = "红灯" | "黄灯" | "绿灯" | "蓝灯";

export type LightRuleId = "山西" | "一体化";

export interface LightRule {
  id: LightRuleId;
  aliases: string[];
  description: string;
  /** Ascending: a ratio below `below` gets `light`; the last band is open above. */
  bands: readonly { below: number; light: Light }[];
}

/**
 * 山西 is PT.LIGHT's default: it is what the function has always answered, so sheets made
 * before the option keep their lights, and its blue light (spending far ahead of 序时进度) is
 * information the budget system's rule drops. The 监控表 names 一体化 explicitly.
 */
export const LIGHT_RULES: readonly LightRule[] = [
  {
    id: "山西",
    aliases: ["shanxi"],
    description: "低于60%红灯，60%–80%黄灯，80%–120%绿灯，120%及以上蓝灯",
    bands: [
      { below: 0.6, light: "红灯" },
      { below: 0.8, light: "黄灯" },
      { below: 1.2, light: "绿灯" },
      { below: Infinity, light: "蓝灯" },
    ],
  },
  {
    id: "一体化",
    aliases: ["预算系统", "预算一体化", "budget"],
    description: "预算一体化系统：低于60%红灯，60%–80%黄灯，80%及以上绿灯（无蓝灯）",
    bands: [
      { below: 0.6, light: "红灯" },
      { below: 0.8, light: "黄灯" },
      { below: Infinity, light: "绿灯" },
    ],
  },
];

export const DEFAULT_LIGHT_RULE: LightRuleId = "山西";

const RULE_BY_NAME = new Map<string, LightRule>(
  LIGHT_RULES.flatMap((r) => [r.id, ...r.aliases].map((name) => [name, r] as const))
);

export function lightRule(id: LightRuleId): LightRule {
  return RULE_BY_NAME.get(id) as LightRule;
}

/** The rule set a cell names; the default when it is empty. */
export function readLightRule(raw: unknown): Outcome<LightRule> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(lightRule(DEFAULT_LIGHT_RULE));
  const rule = cell.kind === "text" ? RULE_BY_NAME.get(normalizeText(cell.text)) : undefined;
  return rule ? ok(rule) : fail(`规则应为 ${LIGHT_RULES.map((r) => r.id).join(" 或 ")}`);
}

export function lightOf(ratio: number, rule: LightRule): Light {
  return (rule.bands.find((b) => ratio < b.below) ?? rule.bands[rule.bands.length - 1]).light;
}

/** The budget system's indicator rules: completed ÷ 年度指标值 at or above this is blue. */
export const INDICATOR_BLUE_AT = 1.2;

/** Lights of the three qualitative levels. */
export const LEVEL_LIGHTS: Record<string, Light> = { met: "绿灯", partial: "黄灯", unmet: "红灯" };

/**
 * The light of one indicator by the budget system's rules: a level gives green / yellow / red;
 * a positive quantity completed 0 is red, ≥ 120% of the annual value blue, otherwise completed ÷
 * (年度指标值 × 序时进度) through the 一体化 bands. A reverse (≤) indicator, which prorating does
 * not fit, is green while within its value and red beyond it; a deadline likewise.
 */
export function indicatorLight(
  actualRaw: unknown,
  target: Target,
  schedule: number,
  indicator: string | null
): Outcome<Light | ""> {
  const actual = readCell(actualRaw);
  if (actual.kind === "empty") return ok("");
  if (actual.kind === "text") {
    const level = levelOf(actual.text);
    if (level) return ok(LEVEL_LIGHTS[level.id]);
  }
  if (target.kind === "qualitative" || target.kind === "reference")
    return fail(`定性指标的完成情况应为：${LEVEL_CHOICES}`);
  if (actual.kind !== "number" && actual.kind !== "text") return fail("实际完成值应为数字");
  const measured = measureActual(actual, target.unit, null, readingFor(target));
  if (!measured.ok) return measured;
  const value = measured.value;
  const annual = target.kind === "range" ? target.low : target.value;
  const symbol = target.kind === "range" ? "≥" : directionOf(target, indicator);
  if (target.unit === DATE_UNIT || !isPositive(symbol) || annual <= 0)
    return ok(within(value, target, symbol) ? "绿灯" : "红灯");
  if (value <= 0) return ok("红灯");
  if (value / annual >= INDICATOR_BLUE_AT) return ok("蓝灯");
  return ok(lightOf(value / (annual * schedule), lightRule("一体化")));
}

function within(value: number, target: Target, symbol: Comparator): boolean {
  if (target.kind === "range")
    return compare(value, "≥", target.low) && compare(value, "≤", target.high);
  return target.kind === "quantitative" && compare(value, symbol, target.value);
}
