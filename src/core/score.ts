/**
 * Self-evaluation scoring (绩效自评, DESIGN §4): the score of one indicator (PT.SCORE) and the grade
 * of a total (PT.GRADE). The rules are data: the score methods for reverse indicators, the grade
 * bands and the parameters with their kinds, defaults and bounds (as HyperFormula's plugins
 * declare theirs), so that the sheet's built-in formulas are generated from the same tables.
 */
import { readCell } from "./cell";
import { compare, judgement, measureActual, readingFor, readTargetText, readYear } from "./check";
import { directionOf } from "./framework";
import { Band, BandSet, Level, LEVELS, readLevel } from "./levels";
import { opposes } from "./negation";
import { fail, ok, Outcome } from "./outcome";
import { DEFAULT_PRESET, Practice, practiceOf, Preset, presetNamed, PRESETS } from "./presets";
import { remembered } from "./remember";
import { Rounding, roundingNamed, ROUNDINGS } from "./rounding";
import { Comparator, DATE_UNIT, inBudgetYear, normalizeText, parseTarget, Target } from "./target";

export { roundHalfUp } from "./rounding";

export type ScoreMethodId = "比例" | "线性";

/** How a reverse indicator (≤, <) whose actual is above its target keeps part of its weight. */
export interface ScoreMethod {
  id: ScoreMethodId;
  /** Other ways the method cell may name it. */
  aliases: string[];
  description: string;
  /** The rule in a few characters, for the settings of a sheet. */
  summary: string;
  /** Fraction of the weight kept, for actual > target > 0. */
  reverse(actual: number, target: number): number;
  /** The same over two spreadsheet expressions, for sheets without the add-in. */
  reverseFormula(actual: string, target: string): string;
}

/** The first is the default: it needs no threshold and never gives less than the ratio. */
export const SCORE_METHODS: readonly ScoreMethod[] = [
  {
    id: "比例",
    aliases: ["比率", "ratio"],
    description: "指标值 ÷ 实际值 × 分值",
    summary: "指标值÷实际值×分值",
    reverse: (actual, target) => target / actual,
    reverseFormula: (actual, target) => `${target}/${actual}`,
  },
  {
    id: "线性",
    aliases: ["linear", "一体化", "预算系统"],
    description: "超出指标值后线性递减，达到指标值的两倍时为 0（预算一体化系统的规则）",
    summary: "至指标值两倍时减为0",
    reverse: (actual, target) => Math.max(0, 1 - (actual - target) / target),
    reverseFormula: (actual, target) => `MAX(0,1-(${actual}-${target})/${target})`,
  },
];

export const DEFAULT_SCORE_METHOD: ScoreMethodId = SCORE_METHODS[0].id;

const METHOD_BY_NAME = new Map<string, ScoreMethod>(
  SCORE_METHODS.flatMap((m) => [m.id, ...m.aliases].map((name) => [name, m] as const))
);

/** Decimals a score is rounded to, as the budget system rounds it. */
export const SCORE_DECIMALS = 2;

/** A declared parameter of a PT function: what it takes, its default and its bounds. */
export interface Parameter {
  name: string;
  /** Its name in messages, in Chinese. */
  label: string;
  kind: "actual" | "target" | "number" | "text" | "choice";
  optional?: boolean;
  default?: string | number;
  min?: number;
  max?: number;
  choices?: readonly string[];
}

export const SCORE_PARAMETERS: readonly Parameter[] = [
  { name: "actual", label: "实际完成值", kind: "actual" },
  { name: "target", label: "指标值", kind: "target" },
  { name: "weight", label: "分值", kind: "number", min: 0 },
  { name: "indicator", label: "二级指标", kind: "text", optional: true },
  {
    name: "method",
    label: "计分方法",
    kind: "choice",
    optional: true,
    default: DEFAULT_SCORE_METHOD,
    choices: SCORE_METHODS.map((m) => m.id),
  },
  {
    name: "rounding",
    label: "取整方式",
    kind: "choice",
    optional: true,
    choices: ROUNDINGS.map((r) => r.id),
  },
  {
    name: "preset",
    label: "评分方案",
    kind: "choice",
    optional: true,
    default: DEFAULT_PRESET.id,
    choices: PRESETS.map((p) => p.id),
  },
  { name: "year", label: "预算年度", kind: "number", optional: true },
];

const [, , WEIGHT, , METHOD, ROUNDING, PRESET] = SCORE_PARAMETERS;

/** 分值: a number not below 0, as PT.SCORE reads it and the sheets are read back. */
export const WEIGHT_PARAMETER: Parameter = WEIGHT;

/** A number within a declared parameter's bounds, from a cell (numeric text too). */
export function readNumber(raw: unknown, parameter: Parameter): Outcome<number | null> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(null);
  let value: number | null = null;
  if (cell.kind === "number") value = cell.value;
  else if (cell.kind === "text") {
    const folded = normalizeText(cell.text);
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(folded)) value = Number(folded);
  }
  if (value === null) return fail(`${parameter.label}应为数字`);
  if (parameter.min !== undefined && value < parameter.min)
    return fail(
      parameter.min === 0
        ? `${parameter.label}不能为负数`
        : `${parameter.label}不能小于 ${parameter.min}`
    );
  if (parameter.max !== undefined && value > parameter.max)
    return fail(`${parameter.label}不能大于 ${parameter.max}`);
  return ok(value);
}

/** The score method a cell names; `fallback` (the default) when it is empty. */
export function readMethod(raw: unknown, fallback = String(METHOD.default)): Outcome<ScoreMethod> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(METHOD_BY_NAME.get(fallback) as ScoreMethod);
  const method = cell.kind === "text" ? METHOD_BY_NAME.get(normalizeText(cell.text)) : undefined;
  return method ? ok(method) : fail(`${METHOD.label}应为 ${METHOD.choices?.join(" 或 ")}`);
}

/** The preset a cell names (by id or 名称); the ministry's when it is empty. */
export function readPreset(raw: unknown): Outcome<Preset> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(DEFAULT_PRESET);
  const preset = cell.kind === "text" ? presetNamed(normalizeText(cell.text)) : undefined;
  return preset ? ok(preset) : fail(`${PRESET.label}应为 ${PRESET.choices?.join("、")} 之一`);
}

/** The rounding a cell names (`整数`, `截断一位`, or 0, 1, 2 decimals); `fallback` when empty. */
export function readRounding(raw: unknown, fallback: Rounding): Outcome<Rounding> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(fallback);
  const name =
    cell.kind === "text"
      ? normalizeText(cell.text)
      : String(cell.kind === "number" ? cell.value : "");
  const found = roundingNamed(name);
  return found ? ok(found) : fail(`${ROUNDING.label}应为 ${ROUNDING.choices?.join("、")} 之一`);
}

/**
 * A qualitative actual: one of the three levels, or a judgement in words (达标 / 未达标, √ / ×).
 * A sheet holds few distinct texts but recalculates them in every cell, so readings are kept.
 */
export const levelOf = remembered((text): Level | null => {
  const level = readLevel(text);
  if (level) return level;
  const judged = judgement(normalizeText(text));
  if (judged === "达标") return LEVELS[0];
  if (judged === "未达标") return LEVELS[LEVELS.length - 1];
  return null;
}, 1024);

export const LEVEL_CHOICES = LEVELS.map((l) => l.text).join(" / ");

/** Fraction of the weight for a positive (≥, >, =) target: min(actual ÷ target, 1). */
function positive(actual: number, symbol: Comparator, target: number): number {
  if (target <= 0) return compare(actual, symbol, target) ? 1 : 0;
  return Math.min(actual / target, 1);
}

/** Fraction of the weight for a reverse (≤, <) target: whole at or under it, else by the method. */
function reverse(actual: number, target: number, method: ScoreMethod): number {
  if (compare(actual, "≤", target)) return 1;
  if (target <= 0) return 0;
  return Math.min(1, Math.max(0, method.reverse(actual, target)));
}

/** Whether a comparator reads as 正向 (more is better); = counts as 正向 too. */
export function isPositive(symbol: Comparator): boolean {
  return symbol === "≥" || symbol === ">" || symbol === "=";
}

/**
 * Fraction of the weight a measured actual earns against a quantitative or range target.
 * Negative actuals count as 0, as in the budget system.
 */
export function scoreFraction(
  measured: number,
  target: Exclude<Target, { kind: "qualitative" | "reference" }>,
  indicator: string | null,
  method: ScoreMethod
): number {
  if (target.unit === DATE_UNIT) {
    // A deadline or a period is kept or not: a fraction of a date means nothing.
    if (target.kind === "range")
      return compare(measured, "≥", target.low) && compare(measured, "≤", target.high) ? 1 : 0;
    return compare(measured, target.symbol ?? "≤", target.value) ? 1 : 0;
  }
  const actual = Math.max(measured, 0);
  if (target.kind === "range") {
    if (compare(actual, "<", target.low)) return positive(actual, "≥", target.low);
    return reverse(actual, target.high, method);
  }
  const symbol = directionOf(target, indicator);
  if (symbol === "=" && target.value === 0) return compare(actual, "≤", 0) ? 1 : 0;
  return isPositive(symbol)
    ? positive(actual, symbol, target.value)
    : reverse(actual, target.value, method);
}

/** How a score is made beyond the rule: rounding, the levels' shares, and the budget year. */
export interface Scoring {
  rounding: Rounding;
  bands: BandSet;
  year?: number | null;
}

/** The ministry's: two decimals, levels at the low end of their band. */
export const MINISTRY_SCORING: Scoring = practiceOf(DEFAULT_PRESET);

/** The level a qualitative actual names: a level, a judgement, the target itself, or its negation. */
function qualitativeLevel(text: string, target: Target): Level | null {
  const level = levelOf(text);
  if (level || target.kind !== "qualitative") return level;
  const folded = normalizeText(text);
  if (folded === target.text) return LEVELS[0];
  return opposes(folded, target.text) ? LEVELS[LEVELS.length - 1] : null;
}

/** The score of one indicator against a parsed target, or "" while the actual is empty. */
export function scoreTarget(
  actualRaw: unknown,
  planned: Target,
  weight: number,
  indicator: string | null,
  method: ScoreMethod,
  scoring: Scoring = MINISTRY_SCORING
): Outcome<number | ""> {
  const actual = readCell(actualRaw);
  if (actual.kind === "empty") return ok("");
  if (actual.kind === "invalid") return fail("实际完成值无法识别，应为数字或文字");
  const level =
    actual.kind === "boolean"
      ? LEVELS[actual.value ? 0 : LEVELS.length - 1]
      : actual.kind === "text"
        ? qualitativeLevel(actual.text, planned)
        : null;
  // A level scores its band set's share: the low end of its band, or full marks where practised.
  if (level)
    return ok(scoring.rounding.apply(scoring.bands.levels[level.id].share * weight, weight));
  if (actual.kind === "boolean") return fail("实际完成值无法识别，应为数字或文字");
  if (planned.kind === "qualitative" || planned.kind === "reference")
    return fail(`定性指标的实际完成值应为：${LEVEL_CHOICES}`);
  const target = inBudgetYear(planned, scoring.year);
  const measured = measureActual(actual, target.unit, null, readingFor(target, scoring.year));
  if (!measured.ok) return measured;
  const fraction = scoreFraction(measured.value, target, indicator, method);
  return ok(scoring.rounding.apply(fraction * weight, weight));
}

/** The arguments of PT.SCORE beyond actual, target and weight, as a host hands them over. */
export interface ScoreOptions {
  indicator?: unknown;
  method?: unknown;
  rounding?: unknown;
  preset?: unknown;
  year?: unknown;
}

/** Each preset's practice, made once: PT.SCORE reads one per call. */
const PRACTICES = new Map<string, Practice>(PRESETS.map((p) => [p.id, practiceOf(p)]));

/** Method and scoring from the cells: empty ones take the preset's (the ministry's by default). */
export function readScoring(
  options: ScoreOptions
): Outcome<{ method: ScoreMethod; scoring: Scoring }> {
  const preset = readPreset(options.preset);
  if (!preset.ok) return preset;
  const practice = PRACTICES.get(preset.value.id) ?? practiceOf(preset.value);
  const method = readMethod(options.method, preset.value.method);
  if (!method.ok) return method;
  const rounding = readRounding(options.rounding, practice.rounding);
  if (!rounding.ok) return rounding;
  const year = readYear(options.year);
  if (!year.ok) return year;
  // The preset as it is (no year, its own rounding) is the common case: no new object per call.
  const scoring =
    rounding.value === practice.rounding && year.value === null
      ? practice
      : { rounding: rounding.value, bands: practice.bands, year: year.value };
  return ok({ method: method.value, scoring });
}

/** PT.SCORE in one call: every argument as a host hands it over. */
export function scoreIndicator(
  actual: unknown,
  targetRaw: unknown,
  weightRaw: unknown,
  options: ScoreOptions = {}
): Outcome<number | ""> {
  const weight = readNumber(weightRaw, WEIGHT);
  if (!weight.ok) return weight;
  if (weight.value === null) return fail(`${WEIGHT.label}为空`);
  const read = readScoring(options);
  if (!read.ok) return read;
  const target = parseTarget(readTargetText(targetRaw));
  if (!target.ok) return target;
  const indicator = readCell(options.indicator);
  return scoreTarget(
    actual,
    target.value,
    weight.value,
    indicator.kind === "text" ? indicator.text : null,
    read.value.method,
    read.value.scoring
  );
}

/**
 * 执行率 as a cell holds it: a ratio (0.95, 1.02), a percentage text (`95%`, `100.00%`), or a
 * number above 2 taken as percent (95). Null when empty.
 */
export function readRate(raw: unknown): Outcome<number | null> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(null);
  let rate: number | null = null;
  let percent = false;
  if (cell.kind === "number") rate = cell.value;
  else if (cell.kind === "text") {
    const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(%?)$/.exec(normalizeText(cell.text));
    percent = match?.[2] === "%";
    if (match) rate = percent ? Number(match[1]) / 100 : Number(match[1]);
  }
  if (rate === null) return fail("执行率应为数字或百分数，如 95% 或 0.95");
  if (rate < 0) return fail("执行率不能为负数");
  // A bare number above 2 is a percentage (95); 0–2 a ratio (0.95, 1.02), as the sheets hold it.
  return ok(!percent && rate > 2 ? rate / 100 : rate);
}

/**
 * The budget line's score (预算执行率): min(执行率, 100%) × 分值, rounded as the preset's rows
 * (or as `rounding` says); "" while the rate is empty.
 */
export function budgetScore(
  rateRaw: unknown,
  weightRaw: unknown,
  roundingRaw?: unknown,
  presetRaw?: unknown
): Outcome<number | ""> {
  const rate = readRate(rateRaw);
  if (!rate.ok) return rate;
  const weight = readNumber(weightRaw, WEIGHT);
  if (!weight.ok) return weight;
  if (weight.value === null) return fail(`${WEIGHT.label}为空`);
  const read = readScoring({ rounding: roundingRaw, preset: presetRaw });
  if (!read.ok) return read;
  if (rate.value === null) return ok("");
  const raw = Math.min(rate.value, 1) * weight.value;
  return ok(read.value.scoring.rounding.apply(raw, weight.value));
}

/**
 * Whether a typed score lies in the band of its level: [80%, 100%], [60%, 80%), [0, 60%) by
 * default, or the bands of a preset.
 */
export function scoreInBand(
  score: number,
  level: Level,
  weight: number,
  band: Band = level.band
): boolean {
  const { low, high } = band;
  const tolerance = 0.005; // half a cent of a point: scores are shown to two decimals
  const top = high === 1 ? weight + tolerance : high * weight - tolerance;
  return score >= low * weight - tolerance && score <= top;
}
