/**
 * A 指标值 written as a sentence: `不少于3次培训`, `全年至少开展5次`, `完成率达到95%以上`,
 * `3个工作日内办结`, `2024年11月底前完成`. The sentence gives a quantitative target when it holds
 * exactly one amount tied to a comparator; otherwise it stays words for a person to judge. A date
 * or a code inside the sentence is never taken for an amount (`2024年完成` has none).
 */
import { Comparator, PREFIXES, PrefixWord, SUFFIXES, suffixFits } from "./comparators";
import { isPeriodUnit, readPeriod } from "./periods";
import { isTimeUnit, splitUnit } from "./units";

export interface ProseReading {
  /** Null only for an amount opening a phrase (`1套系统`): the indicator decides, as for `23个`. */
  symbol: Comparator | null;
  value: number;
  /** A unit, DATE_UNIT or MONTH_UNIT. */
  unit: string;
}

/** In a sentence `达` alone also says “at least” (满意度达90%以上), but only right before a number. */
const BARE_DA: PrefixWord = { text: "达", symbol: "≥", word: true, dateOnly: false };

/** Verbs that may stand between the comparator and the amount: 至少开展5次, 不少于组织3场. */
const VERBS = (
  "开展 完成 达到 组织 举办 召开 进行 实现 保持 提供 覆盖 服务 培训 检查 巡查 维护 发放 办结 " +
  "回复 解决 惠及 新增 增加 建成 建设 种植 宣传 走访 救助 资助 帮扶 处置 整治 改造 采购 配备 " +
  "达 为 在"
)
  .split(" ")
  .sort((a, b) => b.length - a.length);

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const DATE_TOKEN =
  /\d{4}(?:[./-]\d{1,2}(?:[./-]\d{1,2})?|年(?:\d{1,2}月(?:\d{1,2}日?|底|末)?|底|末|度)?)/y;
const MONTH_TOKEN = /\d{1,2}月(?:底|末|份)?/y;
/** A number does not start after these: part of a bigger number, a code, a span, or an ordinal. */
const NOT_BEFORE = /[\d.,A-Za-z/\-~第]/;
/** What may follow an amount in a sentence: words or punctuation, not more digits or letters. */
const TAIL = /^(?:$|[\u4e00-\u9fff,，。;；、:：!！?？()（）【】“”"'《》])/;
const LONGEST_UNIT = 16;
/** The words after a leading amount: a short noun or verb, nothing that could hold more. */
const SHORT_PHRASE = /^[\u4e00-\u9fff]{1,6}$/;
const MAX_BETWEEN = 6;

interface Found {
  at: number;
  end: number;
  prefix: PrefixWord;
}

interface Amount {
  at: number;
  end: number;
  /** A number's value, or a period's first and last day (or month). */
  first: number;
  last: number;
  unit: string;
  symbol: Comparator | null;
}

/** Every comparator written before an amount, longest word first at each place. */
function comparatorsIn(text: string): Found[] {
  const found: Found[] = [];
  for (let at = 0; at < text.length;) {
    const prefix = PREFIXES.find((p) => text.startsWith(p.text, at));
    if (prefix) {
      found.push({ at, end: at + prefix.text.length, prefix });
      at += prefix.text.length;
    } else {
      if (text[at] === "达" && /\d/.test(text[at + 1] ?? ""))
        found.push({ at, end: at + 1, prefix: BARE_DA });
      at++;
    }
  }
  return found;
}

/** A date or a month starting at `at` (`2024年11月底`, `12月底`), as the sentence uses it. */
function periodAt(text: string, at: number): Omit<Amount, "symbol"> | null {
  DATE_TOKEN.lastIndex = at;
  MONTH_TOKEN.lastIndex = at;
  const token = DATE_TOKEN.exec(text)?.[0] ?? MONTH_TOKEN.exec(text)?.[0];
  if (!token) return null;
  const end = at + token.length;
  const period = readPeriod(token, isDeadline(text, end));
  return period ? { at, end, first: period.first, last: period.last, unit: period.unit } : null;
}

/** A number and the unit after it (`5次`, `1.5万人次`, `766元/人·年`). */
function quantityAt(text: string, at: number): Omit<Amount, "symbol"> | null {
  NUMBER.lastIndex = at;
  const number = NUMBER.exec(text);
  if (!number) return null;
  const value = Number(number[0].replace(/,/g, ""));
  const from = at + number[0].length;
  const unit = splitUnit(text.slice(from, from + LONGEST_UNIT)).unit;
  return { at, end: from + unit.length, first: value, last: value, unit };
}

/** The amount starting at `at`, with the comparator written after it, if any. */
function amountAt(text: string, at: number): Amount | null {
  if (at > 0 && NOT_BEFORE.test(text[at - 1])) return null;
  const amount = periodAt(text, at) ?? quantityAt(text, at);
  if (!amount) return null;
  let { end } = amount;
  let symbol: Comparator | null = null;
  for (const [suffix, comparator, context] of SUFFIXES) {
    if (text.startsWith(suffix, end) && suffixFits(text.slice(at, end), context)) {
      symbol = comparator;
      end += suffix.length;
      break;
    }
  }
  return TAIL.test(text.slice(end)) ? { ...amount, end, symbol } : null;
}

function isDeadline(text: string, end: number): boolean {
  return /^(?:之前|以前|前)/.test(text.slice(end));
}

/** Whether only verbs and comparators stand between a comparator's end and the amount. */
function leadsTo(text: string, from: number, to: number, found: Found[]): boolean {
  if (to - from > MAX_BETWEEN) return false;
  let at = from;
  while (at < to) {
    const step =
      VERBS.find((verb) => text.startsWith(verb, at))?.length ??
      found.find((f) => f.at === at)?.prefix.text.length;
    if (!step) return false;
    at += step;
  }
  return at === to;
}

/**
 * Reads a sentence; null when it holds no amount tied to a comparator, or more than one (or, without
 * any comparator, when it does not open with an amount and a short phrase).
 */
export function readProse(text: string): ProseReading | null {
  const found = comparatorsIn(text);
  const readings: ProseReading[] = [];
  const used = new Set<Found>();
  for (let at = 0; at < text.length; at++) {
    if (!/\d/.test(text[at]) || (at > 0 && /\d/.test(text[at - 1]))) continue;
    const amount = amountAt(text, at);
    if (!amount) continue;
    const before = found.filter((f) => f.end <= at && leadsTo(text, f.end, at, found));
    const symbols = new Set(before.map((f) => f.prefix.symbol));
    if (amount.symbol) symbols.add(amount.symbol);
    if (symbols.size === 0) continue;
    const isPeriod = isPeriodUnit(amount.unit);
    if (symbols.size > 1 || before.some((f) => f.prefix.dateOnly && !isPeriod)) return null;
    const [symbol] = symbols;
    if (isPeriod && symbol === "=") return null;
    before.forEach((f) => used.add(f));
    // A period stands for its first or last day, whichever end the comparator points at.
    const value = symbol === "≥" || symbol === "<" ? amount.first : amount.last;
    readings.push({ symbol, value, unit: amount.unit });
    at = amount.end - 1;
  }
  // A comparator tied to nothing (不低于去年水平，…) makes the sentence ambiguous; a bare 达 does not.
  const loose = found.some((f) => !used.has(f) && f.prefix !== BARE_DA);
  if (readings.length === 1 && !loose) return readings[0];
  return readings.length === 0 && found.length === 0 ? leadingAmount(text) : null;
}

/**
 * `1套系统`, `3次培训`, `100%完成`: an amount and its unit opening a short phrase with no comparator
 * anywhere, read like `23个` (no sign: the indicator decides the direction). Not a duration (`3年完成`
 * says “within”, the opposite of what the indicator would assume) and not a date (`2024年完成`).
 */
function leadingAmount(text: string): ProseReading | null {
  if (!/^\d/.test(text)) return null;
  const amount = amountAt(text, 0);
  if (!amount || amount.unit === "" || isPeriodUnit(amount.unit) || isTimeUnit(amount.unit))
    return null;
  return SHORT_PHRASE.test(text.slice(amount.end))
    ? { symbol: null, value: amount.first, unit: amount.unit }
    : null;
}
