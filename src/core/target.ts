/**
 * The one grammar of 指标值 (target values): text as it stands in a 绩效目标表 becomes a Target, and
 * a Target formats back to canonical text. Used by the custom functions, the layout, the importer
 * and the task pane alike.
 */
import { formatSerial, isFirstOfMonth, isLastOfMonth, parseDateText } from "./dates";
import { fail, ok, Outcome } from "./outcome";

export type Comparator = "≥" | "≤" | ">" | "<" | "=";

/** Unit of targets whose values are dates (Excel serial day numbers); `#` keeps it out of real units. */
export const DATE_UNIT = "#日期";

export type Target =
  /** A number to compare against; `symbol` is null when the text had none (DESIGN §2). */
  | { kind: "quantitative"; symbol: Comparator | null; value: number; unit: string }
  /** Both ends included: `90%-100%`, `3-5个`, a period `2023.07-2024.01`. */
  | { kind: "range"; low: number; high: number; unit: string }
  /** Judged by a person: `及时`, `有所提升`. */
  | { kind: "qualitative"; text: string }
  /** An amount fixed elsewhere: `实际支出`, `人社局批复金额`. */
  | { kind: "reference"; text: string };

export type TargetKind = Target["kind"];

/** Comparators written as words or symbols, longest first so that 大于等于 wins over 大于. */
const PREFIXES: [string, Comparator, boolean][] = (
  [
    ["大于或等于", "≥"],
    ["小于或等于", "≤"],
    ["大于等于", "≥"],
    ["小于等于", "≤"],
    ["不低于", "≥"],
    ["不少于", "≥"],
    ["不小于", "≥"],
    ["不高于", "≤"],
    ["不超过", "≤"],
    ["不多于", "≤"],
    ["不大于", "≤"],
    ["控制在", "≤"],
    ["至少", "≥"],
    ["至多", "≤"],
    ["最多", "≤"],
    ["大于", ">"],
    ["高于", ">"],
    ["超过", ">"],
    ["多于", ">"],
    ["小于", "<"],
    ["低于", "<"],
    ["少于", "<"],
    ["等于", "="],
    [">=", "≥"],
    ["<=", "≤"],
    ["==", "="],
    ["≥", "≥"],
    ["≧", "≥"],
    ["≤", "≤"],
    ["≦", "≤"],
    [">", ">"],
    ["<", "<"],
    ["=", "="],
  ] as [string, Comparator][]
).map(([text, symbol]) => [text, symbol, /^[\u4e00-\u9fff]/.test(text)]);

/** Comparators written after the amount; the last three only after a date (2024年6月底前). */
const SUFFIXES: [string, Comparator, boolean][] = [
  ["及以上", "≥", false],
  ["以上", "≥", false],
  ["及以下", "≤", false],
  ["以下", "≤", false],
  ["以内", "≤", false],
  ["之前", "≤", true],
  ["以前", "≤", true],
  ["前", "≤", true],
];

const RANGE_SEPARATOR = /-|~|—|–|至|到/g;
const NUMBER_AND_REST = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(.*)$/s;
const UNIT =
  /^(?:[%‰]|[\u4e00-\u9fffA-Za-z㎡²³](?:[\u4e00-\u9fffA-Za-z㎡²³/]{0,7}[\u4e00-\u9fffA-Za-z㎡²³])?)$/;
const HAS_CJK = /[\u4e00-\u9fff]/;
/** Text that NFKC leaves as it is, so the fold can be skipped (a hot path in PT.CHECK). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const REFERENCE =
  /实际支出|实际发生|据实|批复|核定|审定|合同|预算数|预算金额|以.+为准|按.+(标准|规定)|文件规定|政策规定/;

/**
 * Canonical spacing: full-width forms folded (NFKC), whitespace removed except between two Latin
 * words, since PDF extraction and wrapped cells leave spaces inside Chinese text (`23 个`).
 */
export function normalizeText(text: string): string {
  const LATIN = /[A-Za-z]/;
  return (PRINTABLE_ASCII.test(text) ? text : text.normalize("NFKC")).replace(
    /\s+/g,
    (space: string, at: number, whole: string) =>
      LATIN.test(whole[at - 1] ?? "") && LATIN.test(whole[at + space.length] ?? "") ? " " : ""
  );
}

interface Quantity {
  value: number;
  unit: string;
}

/** `95%`, `766元/人`, `1,000`: a number and a plausible unit, or null. */
export function parseQuantity(text: string): Quantity | null {
  const match = NUMBER_AND_REST.exec(text);
  if (!match) return null;
  const unit = match[2];
  if (unit !== "" && !UNIT.test(unit)) return null;
  const value = Number(match[1].replace(/,/g, "")) + 0; // + 0 folds -0 into 0
  // Reject what cannot be written back without an exponent (1e+21, 1e-7): no real target needs it.
  if (!Number.isFinite(value) || /e/i.test(String(value))) return null;
  return { value, unit };
}

function splitComparator(text: string): {
  symbol: Comparator | null;
  rest: string;
  word: boolean;
  written: string;
} {
  let symbol: Comparator | null = null;
  let rest = text;
  let word = false;
  let written = "";
  for (const [prefix, comparator, isWord] of PREFIXES) {
    if (rest.startsWith(prefix)) {
      symbol = comparator;
      word = isWord;
      written = prefix;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  return { symbol, rest, word, written };
}

function splitSuffix(text: string): { symbol: Comparator | null; rest: string } {
  for (const [suffix, comparator, dateOnly] of SUFFIXES) {
    if (text.endsWith(suffix) && text.length > suffix.length) {
      const rest = text.slice(0, -suffix.length);
      if (dateOnly && !parseDateText(rest)) continue;
      return { symbol: comparator, rest };
    }
  }
  return { symbol: null, rest: text };
}

function tryRange(text: string): Outcome<Target> | null {
  for (const match of text.matchAll(RANGE_SEPARATOR)) {
    const at = match.index ?? 0;
    if (at === 0) continue;
    const left = text.slice(0, at);
    const right = text.slice(at + match[0].length);
    const leftDate = parseDateText(left);
    const rightDate = parseDateText(right);
    if (leftDate && rightDate) {
      if (leftDate.first > rightDate.last) return fail(`时间区间“${text}”的开始晚于结束`);
      return ok({ kind: "range", low: leftDate.first, high: rightDate.last, unit: DATE_UNIT });
    }
    const low = parseQuantity(left);
    const high = parseQuantity(right);
    if (low && high) {
      const unit = high.unit || low.unit;
      if (low.unit && high.unit && low.unit !== high.unit) {
        return fail(`区间“${text}”两端的单位不同（${low.unit}、${high.unit}）`);
      }
      if (low.value > high.value) return fail(`区间“${text}”的下限大于上限`);
      return ok({ kind: "range", low: low.value, high: high.value, unit });
    }
  }
  return null;
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

  const prefix = splitComparator(text);
  if (!prefix.symbol) {
    const range = tryRange(text);
    if (range) return range;
  }
  const suffix = splitSuffix(prefix.rest);
  const symbol = prefix.symbol ?? suffix.symbol;
  const body = suffix.rest;
  const date = parseDateText(body);
  const quantity = date ? null : parseQuantity(body);
  if ((date || quantity) && prefix.symbol && suffix.symbol && prefix.symbol !== suffix.symbol) {
    return fail(`指标值“${text}”的比较方向前后矛盾`);
  }
  if (date) {
    if (!symbol) return ok({ kind: "range", low: date.first, high: date.last, unit: DATE_UNIT });
    if (symbol === "=")
      return ok({ kind: "range", low: date.first, high: date.last, unit: DATE_UNIT });
    const value = symbol === "≤" || symbol === ">" ? date.last : date.first;
    return ok({ kind: "quantitative", symbol, value, unit: DATE_UNIT });
  }
  if (quantity)
    return ok({ kind: "quantitative", symbol, value: quantity.value, unit: quantity.unit });

  // A symbol promises a number; a word such as 不低于 may open a qualitative target (不低于去年水平).
  if (prefix.symbol && !prefix.word) {
    return fail(
      body === ""
        ? `指标值“${text}”缺少数值，例如 ${prefix.symbol}95%`
        : `指标值“${text}”中“${prefix.written}”之后应为数值和单位，例如 ${prefix.symbol}95%`
    );
  }
  if (REFERENCE.test(text)) return ok({ kind: "reference", text });
  if (HAS_CJK.test(text)) return ok({ kind: "qualitative", text });
  return fail(`无法识别的指标值“${text}”`);
}

function formatNumber(value: number): string {
  return String(value);
}

function formatDateRange(low: number, high: number): string {
  if (isFirstOfMonth(low) && isLastOfMonth(high)) {
    const from = formatSerial(low, true);
    const to = formatSerial(high, true);
    return from === to ? from : `${from}-${to}`;
  }
  return low === high ? formatSerial(low) : `${formatSerial(low)}-${formatSerial(high)}`;
}

/** Canonical text: `≥95%`, `23个`, `90%-100%`, `2023.07-2024.01`, or the words themselves. */
export function formatTarget(target: Target): string {
  switch (target.kind) {
    case "quantitative":
      return target.unit === DATE_UNIT
        ? `${target.symbol ?? ""}${formatSerial(target.value)}`
        : `${target.symbol ?? ""}${formatNumber(target.value)}${target.unit}`;
    case "range":
      return target.unit === DATE_UNIT
        ? formatDateRange(target.low, target.high)
        : `${formatNumber(target.low)}${target.unit === "%" ? "%" : ""}-${formatNumber(target.high)}${target.unit}`;
    default:
      return target.text;
  }
}

const SYMBOL_WORDS: Record<Comparator, string> = {
  "≥": "不低于",
  "≤": "不高于",
  ">": "高于",
  "<": "低于",
  "=": "等于",
};

/** How the add-in understood a 指标值, in words an accountant reads (task pane, PT.EXPLAIN). */
export function describeTarget(target: Target): string {
  switch (target.kind) {
    case "quantitative": {
      const amount =
        target.unit === DATE_UNIT
          ? formatSerial(target.value)
          : `${formatNumber(target.value)}${target.unit}`;
      const kind = target.unit === DATE_UNIT ? "时间指标" : "定量指标";
      return target.symbol
        ? `${kind}：${SYMBOL_WORDS[target.symbol]} ${amount}`
        : `${kind}：${amount}（未写比较符号，按指标方向判断）`;
    }
    case "range":
      return target.unit === DATE_UNIT
        ? `时间区间：${formatDateRange(target.low, target.high).replace("-", " 至 ")}`
        : `区间指标：${formatNumber(target.low)}${target.unit} 至 ${formatNumber(target.high)}${target.unit}`;
    case "qualitative":
      return `定性指标：“${target.text}”，由人工评价`;
    case "reference":
      return `引用指标：以“${target.text}”为准，由人工核对`;
  }
}
