/**
 * Self-evaluation practice per province, as data (the ESLint-config model): the split of the 100
 * points (weights.ts), how reverse indicators score (score.ts), how scores are rounded
 * (rounding.ts), what the qualitative levels score (levels.ts BAND_SETS), and which review rules
 * the province turns on (ids of src/core/review/rules, as review settings). The ministry's (财政部)
 * is the default. Each preset says where its practice was seen; checked once by checkPreset.
 */
import { BAND_SETS, BandSet, DEFAULT_BAND_SET } from "./levels";
import type { WeightSplit } from "./model";
import { DEFAULT_ROUNDING, Rounding, rounding, roundingNamed, RoundingId } from "./rounding";
import type { ScoreMethodId } from "./score";
import { WEIGHT_SPLITS } from "./weights";

/** A rule's setting in review settings (src/core/review/settings.ts): off or a severity. */
export type PresetRuleSetting = "off" | "warning" | "error";

/**
 * The review rule that asks a 偏差原因 when an actual passes 130% of a positive target: one
 * province's save-time check (the budget system's 湖北 module), not every province's.
 */
export const OVER_REASON_RULE = "selfeval-over-reason";

export interface Preset {
  id: string;
  名称: string;
  /** Where the practice was seen. */
  source: string;
  /** A split of WEIGHT_SPLITS by name. */
  weights: string;
  method: ScoreMethodId;
  rounding: RoundingId;
  /** A band set of BAND_SETS by id. */
  bands: string;
  /** Review settings the province turns on or off, by rule id. */
  review: { rules: Readonly<Record<string, PresetRuleSetting>> };
}

export const PRESETS: readonly Preset[] = [
  {
    id: "财政部",
    名称: "财政部（默认）",
    source: "财预〔2020〕10号 自评表；预算一体化系统的计分与保留两位小数",
    weights: "财政部",
    method: "比例",
    rounding: DEFAULT_ROUNDING,
    bands: DEFAULT_BAND_SET,
    review: { rules: { [OVER_REASON_RULE]: "off" } },
  },
  {
    id: "湖北",
    名称: "湖北",
    source: "鄂财绩发〔2020〕3号（预算一体化系统湖北版）：执行 20、产出 40、效益及满意度 40",
    weights: "湖北",
    method: "线性",
    rounding: "两位小数",
    bands: "湖北",
    review: { rules: { [OVER_REASON_RULE]: "warning" } },
  },
  {
    id: "四川",
    名称: "四川",
    source: "四川 部门预算项目支出绩效自评表（青神县 2023）：预算执行 10、绩效指标 90",
    weights: "四川",
    method: "比例",
    rounding: "两位小数",
    bands: DEFAULT_BAND_SET,
    review: { rules: { [OVER_REASON_RULE]: "off" } },
  },
  {
    id: "安徽",
    名称: "安徽",
    source: "安徽 项目支出绩效自评表（池州市贵池区 2022）：达成的定性指标得满分",
    weights: "财政部",
    method: "比例",
    rounding: "两位小数",
    bands: "达成满分",
    review: { rules: { [OVER_REASON_RULE]: "off" } },
  },
];

export const DEFAULT_PRESET = PRESETS[0];

const BY_ID = new Map(PRESETS.map((p) => [p.id, p]));

/** The preset of that id (or 名称), or undefined. */
export function presetNamed(name: string): Preset | undefined {
  return BY_ID.get(name) ?? PRESETS.find((p) => p.名称 === name);
}

/** What is wrong with a preset, one Chinese line each; empty when it holds together. */
export function checkPreset(preset: Preset): string[] {
  const problems: string[] = [];
  const split = WEIGHT_SPLITS[preset.weights];
  if (!split) problems.push(`评分方案“${preset.id}”的分值分配“${preset.weights}”不存在`);
  else if (split.execution + split.groups.reduce((a, g) => a + g.weight, 0) !== 100)
    problems.push(`评分方案“${preset.id}”的分值合计不是 100`);
  if (!roundingNamed(preset.rounding))
    problems.push(`评分方案“${preset.id}”的取整方式“${preset.rounding}”不存在`);
  if (!BAND_SETS[preset.bands])
    problems.push(`评分方案“${preset.id}”的定性档次“${preset.bands}”不存在`);
  for (const [id, setting] of Object.entries(preset.review.rules))
    if (!["off", "warning", "error"].includes(setting))
      problems.push(`评分方案“${preset.id}”中审核规则“${id}”的设置应为 off、warning 或 error`);
  return problems;
}

/** A preset's parts as the scoring uses them. */
export interface Practice {
  preset: Preset;
  rounding: Rounding;
  bands: BandSet;
}

export function practiceOf(preset: Preset): Practice {
  return { preset, rounding: rounding(preset.rounding), bands: BAND_SETS[preset.bands] };
}

/** The weight split a preset names, as a copy the caller may change. */
export function presetSplit(preset: Preset): WeightSplit {
  return structuredClone(WEIGHT_SPLITS[preset.weights]);
}
