/**
 * The one grammar of 指标值 (target values): text as it stands in a 绩效目标表 becomes a Target, and
 * a Target formats back to canonical text. Used by the custom functions, the layout, the importer
 * and the task pane alike. The forms are those of DESIGN §2: signs and words (`≥95%`, `不少于20场`),
 * units (`766元/人`, `3万册`, `元/人·年`, `个百分点`), a bracketed remark after the value
 * (`≥95%(行业标准)`), ranges and periods (`90%-100%`, `2023.07-2024.01`, `1-12月`), deadlines
 * (`2024年11月底前`), sentences with one amount (`全年至少开展5次`), and words for a person to judge.
 */
import { Comparator, splitComparator, splitSuffix } from "./comparators";
import { daysInMonth, serialFromYMD } from "./dates";
import { readLevel } from "./levels";
import { fail, ok, Outcome } from "./outcome";
import {
  DATE_UNIT,
  formatPoint,
  formatSpan,
  MONTH_UNIT,
  readPeriod,
  readPeriodSpan,
} from "./periods";
import { readProse } from "./prose";
import { canonicalUnit, isUnitText, unitOf } from "./units";

export type { Comparator } from "./comparators";
export { DATE_UNIT, MONTH_UNIT } from "./periods";
export { describeTarget, explainTarget } from "./target-words";

/** What every reading may carry besides its value. */
interface Remarks {
  /**
   * Words in brackets after the value, not part of it: `行业标准` in `≥95%(行业标准)`, usually the
   * 指标值确定依据. formatTarget writes it back as `(…)`.
   */
  note?: string;
}

export type Target =
  /**
   * A number to compare against; `symbol` is null when the text had none (DESIGN §2). `prose` is
   * the sentence the amount was read from (`不少于3次培训`); formatTarget gives it back as written.
   */
  | ({
      kind: "quantitative";
      symbol: Comparator | null;
      value: number;
      unit: string;
      prose?: string;
    } & Remarks)
  /** Both ends included: `90%-100%`, `3-5个`, a period `2023.07-2024.01` or months `1-12月`. */
  | ({ kind: "range"; low: number; high: number; unit: string } & Remarks)
  /** Judged by a person: `及时`, `有所提升`, `达成年度指标`. */
  | { kind: "qualitative"; text: string }
  /** An amount fixed elsewhere: `实际支出`, `人社局批复金额`. */
  | { kind: "reference"; text: string };

export type TargetKind = Target["kind"];

/** Any dash or wave between two ends, one or doubled (`90%--100%`, `3——5个`, `3～5`), 至 or 到. */
const RANGE_SEPARATOR = /[-~—–―‐−〜⁓]+|至|到/g;
/** A run of dashes ending in a minus before a digit: `-5~-3` keeps the minus with its number. */
const MINUS_BEFORE_DIGIT = /[-−]$/;
/** `零`, `零起`, `零事故`: zero written as a word, read as the number 0 and the rest as its unit. */
const ZERO_WORD = /^零(.*)$/s;
/** What 零 may stand before besides a unit: the things a target wants none of (零事故, 零投诉). */
const ZERO_NOUNS = new Set(
  "事故 投诉 差错 伤亡 死亡 失误 违规 违纪 延误 逾期 返工 污染 上访 纠纷 发生 容忍 欠薪 拖欠".split(
    " "
  )
);
const NUMBER_AND_REST = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(.*)$/s;
const HAS_CJK = /[\u4e00-\u9fff]/;
/** Text that NFKC leaves as it is, so the fold can be skipped (a hot path in PT.CHECK). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Middle dots of every script, for per-units such as 元/人·年. */
const MIDDLE_DOTS = /[・•∙⋅]/g;
const REFERENCE =
  /实际支出|实际发生|据实|批复|核定|审定|合同|预算数|预算金额|以.+为准|按.+(标准|规定)|文件规定|政策规定/;
/** A bracketed remark closing the text: (…), […] or 【…】; full-width brackets are folded before. */
const NOTE = /^(.+?)(?:\(([^()[\]【】]+)\)|\[([^()[\]【】]+)\]|【([^()[\]【】]+)】)$/s;
const LATIN = /[A-Za-z]/;
/** Two passes settle every text met so far; the bound only guards against a pathological one. */
const MAX_FOLDS = 4;
const SPACE = /\s/;

/** Whitespace removed, except one space between two Latin words. */
function squeezeSpaces(text: string): string {
  if (!SPACE.test(text)) return text;
  return text.replace(/\s+/g, (space: string, at: number, whole: string) =>
    LATIN.test(whole[at - 1] ?? "") && LATIN.test(whole[at + space.length] ?? "") ? " " : ""
  );
}

/**
 * Canonical spacing: full-width forms folded (NFKC), whitespace removed except between two Latin
 * words, since PDF extraction and wrapped cells leave spaces inside Chinese text (`23 个`). Once a
 * space is removed NFKC may join what it kept apart (a combining accent), so the fold repeats until
 * nothing changes: normalizeText(normalizeText(x)) is normalizeText(x).
 */
export function normalizeText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return squeezeSpaces(text);
  // Remembered like the readings, but inline rather than through remembered(): this runs in
  // every PT call, where the extra closure call measured 10–20% of PT.CHECK.
  const known = folds.get(text);
  if (known !== undefined) return known;
  let folded = text;
  for (let pass = 0; pass < MAX_FOLDS; pass++) {
    const nfkc = folded.normalize("NFKC").replace(MIDDLE_DOTS, "·");
    folded = squeezeSpaces(nfkc);
    if (folded === nfkc) break;
  }
  if (folds.size >= MAX_READINGS) folds.clear();
  folds.set(text, folded);
  return folded;
}

const folds = new Map<string, string>();

interface Quantity {
  value: number;
  unit: string;
}

/** `95%`, `766元/人`, `1,000`, `3万册`: a number and a unit (or none), or null. */
export function parseQuantity(text: string): Quantity | null {
  const match = NUMBER_AND_REST.exec(text);
  if (!match) return null;
  const unit = unitOf(match[2]);
  if (unit === null) return null;
  const value = Number(match[1].replace(/,/g, "")) + 0; // + 0 folds -0 into 0
  // Reject what cannot be written back without an exponent (1e+21, 1e-7): no real target needs it.
  if (!Number.isFinite(value) || /e/i.test(String(value))) return null;
  return { value, unit };
}

/** The reading of `left` and `right` as the two ends of a range, or null when they are not. */
function rangeOf(text: string, left: string, right: string): Outcome<Target> | null {
  const period = readPeriodSpan(left, right);
  if (period) {
    if (period.first > period.last) return fail(`时间区间“${text}”的开始晚于结束`);
    return ok({ kind: "range", low: period.first, high: period.last, unit: period.unit });
  }
  const low = parseQuantity(left);
  const high = parseQuantity(right);
  if (!low || !high) return null;
  const unit = high.unit || low.unit;
  if (low.unit && high.unit && low.unit !== high.unit) {
    return fail(`区间“${text}”两端的单位不同（${low.unit}、${high.unit}）`);
  }
  if (low.value > high.value) return fail(`区间“${text}”的下限大于上限`);
  // `3月-5`: written back as 3-5月, which names months of the year; so it reads as them now.
  const months = unit === "月" && isMonth(low.value) && isMonth(high.value);
  return ok({ kind: "range", low: low.value, high: high.value, unit: months ? MONTH_UNIT : unit });
}

function tryRange(text: string): Outcome<Target> | null {
  if (readPeriod(text)) return null; // 2024-06 is June, not 2024 to 6
  for (const match of text.matchAll(RANGE_SEPARATOR)) {
    const at = match.index ?? 0;
    if (at === 0) continue;
    const run = match[0];
    // `-5~-3`: the run's last minus may belong to the right end; tried first, kept only if it reads.
    const keepsMinus = run.length > 1 && MINUS_BEFORE_DIGIT.test(run);
    if (keepsMinus) {
      const reading = rangeOf(text, text.slice(0, at), text.slice(at + run.length - 1));
      if (reading?.ok) return reading;
    }
    const reading = rangeOf(text, text.slice(0, at), text.slice(at + run.length));
    if (reading) return reading;
  }
  return null;
}

function isMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

/**
 * The strict reading of a value that is all amount: `≥95%`, `95%以上`, `2024年6月底前`, `3-5个`.
 * Null when the text is not of that shape; an error when a sign promises a number that is missing.
 */
function readStrict(text: string): Outcome<Target> | null {
  const prefix = splitComparator(text);
  if (!prefix.symbol) {
    const range = tryRange(text);
    if (range) return range;
  }
  const suffix = splitSuffix(prefix.rest);
  const symbol = prefix.symbol ?? suffix.symbol;
  const body = suffix.rest;
  const period = readPeriod(body, suffix.symbol !== null);
  const quantity = period || prefix.dateOnly ? null : parseQuantity(body);
  if ((period || quantity) && prefix.symbol && suffix.symbol && prefix.symbol !== suffix.symbol) {
    return fail(`指标值“${text}”的比较方向前后矛盾`);
  }
  if (period) {
    if (!symbol || symbol === "=")
      return ok({ kind: "range", low: period.first, high: period.last, unit: period.unit });
    const value = symbol === "≤" || symbol === ">" ? period.last : period.first;
    return ok({ kind: "quantitative", symbol, value, unit: period.unit });
  }
  if (quantity)
    return ok({ kind: "quantitative", symbol, value: quantity.value, unit: quantity.unit });
  if (prefix.symbol && !prefix.word) {
    return fail(
      body === ""
        ? `指标值“${text}”缺少数值，例如 ${prefix.symbol}95%`
        : `指标值“${text}”中“${prefix.written}”之后应为数值和单位，例如 ${prefix.symbol}95%`
    );
  }
  return null;
}

/** Splits a closing bracketed remark off a value: `≥95%(行业标准)` → `≥95%` and `行业标准`. */
function splitNote(text: string): { head: string; note: string | null } {
  const match = NOTE.exec(text);
  if (!match) return { head: text, note: null };
  return { head: match[1], note: match[2] ?? match[3] ?? match[4] };
}

function withNote(target: Target, note: string | null): Target {
  if (note === null || (target.kind !== "quantitative" && target.kind !== "range")) return target;
  // `≥95(%)`: a unit in brackets after a bare number is the unit, not a remark.
  const prose = target.kind === "quantitative" && target.prose !== undefined;
  if (target.unit === "" && !prose && isUnitText(note))
    return { ...target, unit: canonicalUnit(note) };
  return { ...target, note };
}

/** `零`, `零起`, `零投诉`: 0 and the unit (or short word) after it; null for other text. */
function readZeroWord(text: string): Target | null {
  const zero = ZERO_WORD.exec(text);
  if (!zero || !(zero[1] === "" || isUnitText(zero[1]) || ZERO_NOUNS.has(zero[1]))) return null;
  const unit = unitOf(zero[1]);
  return unit === null ? null : { kind: "quantitative", symbol: null, value: 0, unit };
}

/** The reading of one normalized, non-empty text. */
function readText(text: string): Outcome<Target> {
  const zero = readZeroWord(text);
  if (zero) return ok(zero);
  const { head, note } = splitNote(text);
  const strict = readStrict(head);
  if (strict?.ok) return ok(withNote(strict.value, note));
  const prose = readProse(head);
  if (prose) return ok(withNote({ kind: "quantitative", ...prose, prose: head }, note));
  if (strict) return strict;
  if (isUnitText(text)) return fail(`指标值“${text}”只有单位，缺少数值，例如 95${text}`);
  if (REFERENCE.test(text)) return ok({ kind: "reference", text });
  if (HAS_CJK.test(text)) return ok({ kind: "qualitative", text });
  return fail(`无法识别的指标值“${text}”`);
}

/**
 * A sheet holds few distinct 指标值 but recalculates them in every cell, so readings of text are
 * kept. Bounded: cleared when full, which costs one re-read per distinct value.
 */
const readings = new Map<string, Outcome<Target>>();
const MAX_READINGS = 2048;

/** Reads one 指标值. Never throws: what it cannot read comes back as a Chinese message. */
export function parseTarget(raw: unknown): Outcome<Target> {
  if (typeof raw !== "string") return parseTargetValue(raw);
  let reading = readings.get(raw);
  if (!reading) {
    if (readings.size >= MAX_READINGS) readings.clear();
    reading = parseTargetValue(raw);
    readings.set(raw, reading);
  }
  return reading;
}

function parseTargetValue(raw: unknown): Outcome<Target> {
  if (raw === null || raw === undefined) return fail("指标值为空");
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return fail("指标值不是有效数字");
    return ok({ kind: "quantitative", symbol: null, value: raw, unit: "" });
  }
  if (typeof raw !== "string") return fail("指标值应为文字或数字");
  const text = normalizeText(raw);
  if (text === "") return fail("指标值为空");
  return readText(text);
}

function formatNumber(value: number): string {
  return String(value);
}

function formatBody(target: Target): string {
  switch (target.kind) {
    case "quantitative":
      if (target.prose !== undefined) return target.prose;
      return target.unit === DATE_UNIT || target.unit === MONTH_UNIT
        ? `${target.symbol ?? ""}${formatPoint(target.unit, target.value)}`
        : `${target.symbol ?? ""}${formatNumber(target.value)}${target.unit}`;
    case "range":
      return target.unit === DATE_UNIT || target.unit === MONTH_UNIT
        ? formatSpan(target.unit, target.low, target.high)
        : `${formatNumber(target.low)}${target.unit === "%" ? "%" : ""}-${formatNumber(target.high)}${target.unit}`;
    default:
      return target.text;
  }
}

/**
 * Canonical text: `≥95%`, `23个`, `90%-100%`, `2023.07-2024.01`, `≤11月底`, `≥95%(行业标准)`, a
 * sentence as written, or the words themselves. parseTarget reads it back to the same Target.
 */
export function formatTarget(target: Target): string {
  const body = formatBody(target);
  return "note" in target && target.note !== undefined ? `${body}(${target.note})` : body;
}

/**
 * A target of months without a year (`6月底前`, `1-12月`) as dates of the budget year `year`: a
 * month stands for its last day (its first after ≥ or <), a span from the first of its first month
 * to the last of its last. Other targets, and any target when the year is unknown, as they are.
 */
export function inBudgetYear<T extends Target>(target: T, year: number | null | undefined): T {
  if (!year || target.kind === "qualitative" || target.kind === "reference") return target;
  if (target.unit !== MONTH_UNIT) return target;
  const first = (month: number) => serialFromYMD(year, month, 1);
  const last = (month: number) => serialFromYMD(year, month, daysInMonth(year, month));
  if (target.kind === "range")
    return { ...target, unit: DATE_UNIT, low: first(target.low), high: last(target.high) };
  const opens = target.symbol === "≥" || target.symbol === "<";
  const value = opens ? first(target.value) : last(target.value);
  return { ...target, unit: DATE_UNIT, value };
}

/**
 * Whether a cell's text reads as a 指标值 on its own, for importers that look for the value column:
 * an amount, a range or a period (`≥95%`, `23个`, `1-12月`), or one of the budget system's levels.
 * A sentence with an amount, a reference and other words are not enough: descriptions look alike.
 */
export function isTargetText(text: unknown): boolean {
  const reading = parseTarget(text);
  if (!reading.ok) return false;
  const target = reading.value;
  if (target.kind === "range") return true;
  if (target.kind === "quantitative") return target.prose === undefined;
  return target.kind === "qualitative" && readLevel(target.text) !== null;
}
