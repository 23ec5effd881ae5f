/**
 * How 指标值 say “at least”, “at most” and the like: signs and words before the amount (`≥`,
 * `不少于`), and words after it (`以上`, `3天内`, `2024年6月底前`). One table for the strict
 * reading of a cell and for the reading of a sentence (`全年至少开展5次`).
 */
import { readPeriod } from "./periods";
import { isTimeUnit, unitOf } from "./units";

export type Comparator = "≥" | "≤" | ">" | "<" | "=";

export interface PrefixWord {
  text: string;
  symbol: Comparator;
  /** A word (不低于) may open a qualitative target (不低于去年水平); a sign promises a number. */
  word: boolean;
  /** Only before a date: 不晚于2024年6月30日, 截至2024年底. */
  dateOnly: boolean;
}

/** Comparators before the amount, longest first so that 大于等于 wins over 大于. */
export const PREFIXES: PrefixWord[] = (
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
    ["不晚于", "≤"],
    ["不早于", "≥"],
    ["控制在", "≤"],
    ["截至", "≤"],
    ["截止", "≤"],
    ["至少", "≥"],
    ["最少", "≥"],
    ["至多", "≤"],
    ["最多", "≤"],
    ["达到", "≥"],
    ["大于", ">"],
    ["高于", ">"],
    ["超过", ">"],
    ["多于", ">"],
    ["小于", "<"],
    ["低于", "<"],
    ["少于", "<"],
    ["等于", "="],
    // Signs as tables print and people type them: ＞＝ and ﹦ arrive folded by NFKC as >= and =;
    // ≧ ≦ (U+2267/6) and the box-drawing ═ (U+2550) have no fold; => and ≥= are typed for ≥.
    [">=", "≥"],
    ["<=", "≤"],
    ["=>", "≥"],
    ["=<", "≤"],
    ["≥=", "≥"],
    ["≤=", "≤"],
    ["≧=", "≥"],
    ["≦=", "≤"],
    ["==", "="],
    ["≥", "≥"],
    ["≧", "≥"],
    ["⩾", "≥"], // how some PDFs' text layer writes ≥
    ["≮", "≥"], // not less than
    ["≤", "≤"],
    ["≦", "≤"],
    ["⩽", "≤"],
    ["≯", "≤"], // not greater than
    [">", ">"],
    ["<", "<"],
    ["═", "="],
    ["=", "="],
  ] as [string, Comparator][]
).map(([text, symbol]) => ({
  text,
  symbol,
  word: /^[\u4e00-\u9fff]/.test(text),
  dateOnly: text === "截至" || text === "截止",
}));

/** What must stand before a word written after the amount. */
type SuffixContext = "any" | "time" | "period";

/** Comparators after the amount: 以上 after anything, 内 after a duration, 前 after a date. */
export const SUFFIXES: [string, Comparator, SuffixContext][] = [
  ["及以上", "≥", "any"],
  ["以上", "≥", "any"],
  ["及以下", "≤", "any"],
  ["以下", "≤", "any"],
  ["以内", "≤", "any"],
  ["之内", "≤", "time"],
  ["内", "≤", "time"],
  ["之前", "≤", "period"],
  ["以前", "≤", "period"],
  ["前", "≤", "period"],
];

const BARE_YEAR = /^\d{4}年$/;

/** Whether `amount` (what stands before the suffix) may take a suffix of this context. */
export function suffixFits(amount: string, context: SuffixContext): boolean {
  if (context === "any") return true;
  // 2025年前 may mean “before 2025” or “by the end of 2025”: left unread.
  if (context === "period") return readPeriod(amount, true) !== null && !BARE_YEAR.test(amount);
  // 2024年内 is “by the end of 2024”, not “within 2024 years”; other dates take no 内.
  if (readPeriod(amount) !== null) return BARE_YEAR.test(amount);
  const unit = unitOf(amount.replace(/^[\d.,]+/, ""));
  return /^\d/.test(amount) && unit !== null && unit !== "" && isTimeUnit(unit);
}

export interface SplitPrefix {
  symbol: Comparator | null;
  rest: string;
  word: boolean;
  written: string;
  dateOnly: boolean;
}

export function splitComparator(text: string): SplitPrefix {
  for (const prefix of PREFIXES) {
    if (text.startsWith(prefix.text)) {
      return { ...prefix, rest: text.slice(prefix.text.length), written: prefix.text };
    }
  }
  return { symbol: null, rest: text, word: false, written: "", dateOnly: false };
}

export function splitSuffix(text: string): { symbol: Comparator | null; rest: string } {
  for (const [suffix, symbol, context] of SUFFIXES) {
    if (text.endsWith(suffix) && text.length > suffix.length) {
      const rest = text.slice(0, -suffix.length);
      if (suffixFits(rest, context)) return { symbol, rest };
    }
  }
  return { symbol: null, rest: text };
}
