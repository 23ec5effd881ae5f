/**
 * Built-in spreadsheet formulas equivalent to the add-in's rules, generated from the same tables
 * (score methods, levels, grade bands, light rules), for files opened where the add-in is absent
 * and for the sheets' own checks. A formula over a 指标值 is made for that 指标值 as planned: the
 * target is a constant in it, since built-in functions cannot read `≥95%` or `766 元/人`.
 */
import { directionOf } from "../framework";
import { GRADE_BANDS, TOTAL_RANGE } from "../grade";
import { Level, LEVELS } from "../levels";
import { INDICATOR_BLUE_AT, LEVEL_LIGHTS, lightRule, LightRule } from "../light";
import { MET_WORDS, NOT_MET_WORDS, ratioUpTo } from "../check";
import { isPositive, MINISTRY_SCORING, Scoring, SCORE_METHODS } from "../score";
import { DEVIATION_THRESHOLD } from "../selfeval";
import { DATE_UNIT, inBudgetYear, parseTarget, Target } from "../target";
import { unitInfo } from "../units";

/** A string literal for a formula. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `{"a","b"}`: an array constant. */
function list(texts: string[]): string {
  return `{${texts.map(quoted).join(",")}}`;
}

/** Whether a cell holds one of the texts. */
export function isOneOf(cell: string, texts: string[]): string {
  return `ISNUMBER(MATCH(${cell},${list(texts)},0))`;
}

/** The judgement words of PT.CHECK that score as a level (达标 → 达成, 未达标 → 未达成). */
const JUDGED: Record<string, readonly string[]> = {
  met: [...MET_WORDS],
  unmet: [...NOT_MET_WORDS],
};

/** Every text that names a level in a cell, as levelOf reads it (`extra` for the 达成 level). */
export function levelTexts(level: Level, extra: string[] = []): string[] {
  return [
    ...new Set([
      level.text,
      ...level.short,
      ...(JUDGED[level.id] ?? []),
      ...(level.id === "met" ? extra : []),
    ]),
  ];
}

/**
 * The actual of a cell in the target's unit: a ratio against a percentage is scaled (0–1, or up to
 * 2 against a target of 50% or more, as PT.CHECK reads it).
 */
export function measuredExpr(cell: string, target: Target & { unit: string }): string {
  const info = unitInfo(target.unit);
  if (info.base !== "%") return cell;
  const scale = info.factor === 1 ? "" : `*1/${info.factor}`;
  return `IF(ABS(${cell})<=${ratioUpTo(target)},${cell}*100${scale},${cell})`;
}

/** The method cell's choice as a test for each non-default method, generated from the table. */
function methodSwitch(methodCell: string, x: string, t: string): string {
  const [fallback, ...others] = SCORE_METHODS;
  return others.reduceRight(
    (otherwise, m) =>
      `IF(${isOneOf(methodCell, [m.id, ...m.aliases])},${m.reverseFormula(x, t)},${otherwise})`,
    fallback.reverseFormula(x, t)
  );
}

/** The fraction of the weight a number in `cell` earns against a quantitative or range target. */
function fractionExpr(
  cell: string,
  target: Exclude<Target, { kind: "qualitative" | "reference" }>,
  indicator: string,
  methodCell: string
): string {
  const a = measuredExpr(cell, target);
  if (target.unit === DATE_UNIT) {
    if (target.kind === "range") return `IF(AND(${a}>=${target.low},${a}<=${target.high}),1,0)`;
    return `IF(${a}${comparison(target.symbol ?? "≤")}${target.value},1,0)`;
  }
  const x = `MAX(${a},0)`;
  const reverse = (t: number) =>
    t <= 0 ? `IF(${x}<=${t},1,0)` : `IF(${x}<=${t},1,${methodSwitch(methodCell, x, String(t))})`;
  if (target.kind === "range")
    return `IF(${x}<${target.low},${target.low > 0 ? `MIN(${x}/${target.low},1)` : "0"},${reverse(target.high)})`;
  const symbol = directionOf(target, indicator);
  const t = target.value;
  if (symbol === "=" && t === 0) return `IF(${x}<=0,1,0)`;
  if (!isPositive(symbol)) return reverse(t);
  return t > 0 ? `MIN(${x}/${t},1)` : `IF(${x}${comparison(symbol)}${t},1,0)`;
}

function comparison(symbol: string): string {
  return { "≥": ">=", "≤": "<=", "=": "=", ">": ">", "<": "<" }[symbol] ?? ">=";
}

/** The share of the band set for the level named in `cell`, rounded, or NA() for other text. */
function levelScoreExpr(cell: string, weight: string, extra: string[], scoring: Scoring): string {
  return LEVELS.reduceRight((otherwise, level) => {
    const share = scoring.bands.levels[level.id].share;
    const score = scoring.rounding.formula(`${share}*${weight}`, weight);
    return `IF(${isOneOf(cell, levelTexts(level, extra))},${score},${otherwise})`;
  }, "NA()");
}

export interface ScoreCells {
  actual: string;
  weight: string;
  method: string;
}

/**
 * PT.SCORE for one row's planned 指标值, in built-in functions, rounded and with the levels'
 * shares as `scoring` (a preset's) says; a target of months takes the scoring's budget year.
 */
export function scoreFormula(
  cells: ScoreCells,
  targetText: string,
  indicator: string,
  scoring: Scoring = MINISTRY_SCORING
): string {
  const { actual, weight } = cells;
  const parsed = parseTarget(targetText);
  const qualitative =
    !parsed.ok || parsed.value.kind === "qualitative" || parsed.value.kind === "reference";
  const extra = parsed.ok && parsed.value.kind === "qualitative" ? [parsed.value.text] : [];
  let numeric = "NA()";
  if (parsed.ok && !qualitative) {
    const target = inBudgetYear(
      parsed.value as Exclude<Target, { kind: "qualitative" | "reference" }>,
      scoring.year
    );
    const raw = `${fractionExpr(actual, target, indicator, cells.method)}*${weight}`;
    numeric = scoring.rounding.formula(raw, weight);
  }
  return `IF(${actual}="","",IF(ISNUMBER(${actual}),${numeric},${levelScoreExpr(actual, weight, extra, scoring)}))`;
}

/** Whether the score in `score` lies outside the band of the level named in `actual`. */
export function outsideBandFormula(
  actual: string,
  score: string,
  weight: string,
  extra: string[]
): string {
  const tolerance = 0.005;
  return LEVELS.reduceRight((otherwise, level) => {
    const { low, high } = level.band;
    const top = high === 1 ? `${weight}+${tolerance}` : `${high}*${weight}-${tolerance}`;
    return `IF(${isOneOf(actual, levelTexts(level, extra))},OR(${score}<${low}*${weight}-${tolerance},${score}>${top}),${otherwise})`;
  }, "FALSE");
}

/** PT.GRADE in built-in functions, from the band table. */
export function gradeFormula(total: string): string {
  const [min, max] = TOTAL_RANGE;
  const bands = GRADE_BANDS.slice(0, -1).reduceRight(
    (otherwise, band) => `IF(${total}>=${band.min},${quoted(band.grade)},${otherwise})`,
    quoted(GRADE_BANDS[GRADE_BANDS.length - 1].grade)
  );
  return `IF(${total}="","",IF(OR(${total}<${min},${total}>${max}),NA(),${bands}))`;
}

/** A light from a ratio expression, through a rule's bands. */
export function lightFormula(ratio: string, rule: LightRule): string {
  const bands = rule.bands;
  return bands
    .slice(0, -1)
    .reduceRight(
      (otherwise, band) => `IF(${ratio}<${band.below},${quoted(band.light)},${otherwise})`,
      quoted(bands[bands.length - 1].light)
    );
}

/** 序时进度 of a date cell as PT.SCHEDULE computes it: month ÷ 12 at a month's end, else days. */
export function scheduleFormula(date: string): string {
  const start = `DATE(YEAR(${date}),1,1)`;
  return `IF(DAY(${date}+1)=1,MONTH(${date})/12,(${date}-${start}+1)/(DATE(YEAR(${date})+1,1,1)-${start}))`;
}

/** Whether the number in `cell` meets the planned target; null for a qualitative target. */
export function metFormula(cell: string, targetText: string, indicator: string): string | null {
  const parsed = parseTarget(targetText);
  if (!parsed.ok || parsed.value.kind === "qualitative" || parsed.value.kind === "reference")
    return null;
  const target = parsed.value;
  const a = measuredExpr(cell, target);
  if (target.kind === "range") return `AND(${a}>=${target.low},${a}<=${target.high})`;
  const symbol = directionOf(target, indicator);
  return `${a}${comparison(symbol)}${target.value}`;
}

/** Whether the number in `cell` exceeds a positive target by the threshold or more. */
export function overFormula(cell: string, targetText: string, indicator: string): string {
  const parsed = parseTarget(targetText);
  if (!parsed.ok || parsed.value.kind !== "quantitative" || parsed.value.unit === DATE_UNIT)
    return "FALSE";
  const target = parsed.value;
  const symbol = directionOf(target, indicator);
  if (!isPositive(symbol) || target.value <= 0) return "FALSE";
  return `AND(ISNUMBER(${cell}),${measuredExpr(cell, target)}>=${target.value}*${1 + DEVIATION_THRESHOLD})`;
}

/**
 * The budget system's indicator light (light.ts indicatorLight) for one row's planned 指标值: a
 * level by its colour; a positive quantity 0 → red, ≥ 120% of the annual value → blue, else
 * completed ÷ (annual × 序时进度 in `schedule`) through the bands; reverse and deadlines met or not.
 */
export function indicatorLightFormula(
  cell: string,
  targetText: string,
  indicator: string,
  schedule: string
): string {
  const levels = LEVELS.reduceRight(
    (otherwise, level) =>
      `IF(${isOneOf(cell, levelTexts(level))},${quoted(LEVEL_LIGHTS[level.id])},${otherwise})`,
    "NA()"
  );
  const parsed = parseTarget(targetText);
  let numeric = "NA()";
  if (parsed.ok && parsed.value.kind !== "qualitative" && parsed.value.kind !== "reference") {
    const target = parsed.value;
    const annual = target.kind === "range" ? target.low : target.value;
    const symbol = target.kind === "range" ? "≥" : directionOf(target, indicator);
    const x = measuredExpr(cell, target);
    const met = metFormula(cell, targetText, indicator) as string;
    numeric =
      target.unit === DATE_UNIT || !isPositive(symbol) || annual <= 0
        ? `IF(${met},"绿灯","红灯")`
        : `IF(${x}<=0,"红灯",IF(${x}/${annual}>=${INDICATOR_BLUE_AT},"蓝灯",${lightFormula(`${x}/(${annual}*${schedule})`, lightRule("一体化"))}))`;
  }
  return `IF(${cell}="","",IF(ISNUMBER(${cell}),${numeric},${levels}))`;
}
