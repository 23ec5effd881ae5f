/**
 * How the 指标库 compares texts: names folded to a key (look-alike characters, full-width forms,
 * spaces and punctuation gone), 三级指标 names stripped of what varies between tables without
 * changing the indicator (a leading `指标1：`, a closing unit hint `（亩）`), and character bigrams
 * with their Dice similarity for near matches. One fold for the builder, the search and the rule.
 */
import { foldText } from "../import/fold";
import { normalizeText } from "../target";

/** Everything but letters, digits and ideographs: punctuation, symbols, spaces. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** A leading number or label: `指标1：`, `1.`, `（2）`, `一、`. */
const LEADING_NUMBER =
  /^(?:指标\s*\d+\s*[:：]?|[(（]?\s*[\d一二三四五六七八九十]+\s*[)）.、．:：]\s*)/;
/** A closing bracket that only names a unit or a placeholder form: `（亩）`, `(≥**%)`, `（万元）`. */
const UNIT_HINT = /[(（][^()（）]{0,8}[)）]$/;
const HINT_BODY =
  /^[≥≤><=＞＜*%％\d.个人次元万亩公里年月日天户所座台件项场册份家辆条处吨米平方千克张套期批名篇]*$/;

/** The key two texts are compared by: folded, lower case, punctuation and spaces removed. */
export function foldKey(text: string): string {
  return normalizeText(foldText(text)).toLowerCase().replace(NOT_WORD, "");
}

/** A 三级指标 name as the library groups it: its key without numbering or a closing unit hint. */
export function level3Key(name: string): string {
  let text = normalizeText(foldText(name)).replace(LEADING_NUMBER, "");
  const hint = UNIT_HINT.exec(text);
  if (hint && HINT_BODY.test(hint[0].slice(1, -1)) && hint.index > 0)
    text = text.slice(0, hint.index);
  return foldKey(text);
}

/**
 * A name as suggested: without the template's blank left in it (`项目总成本(≤**万元)`,
 * `苗木成活率（≥**%）`), the form's hint for the value that the row's own 指标值 replaces. Unlike
 * level3Key it keeps a unit hint (`（亩）` says what is counted); kept whole when nothing else is left.
 */
export function withoutTemplateHint(name: string): string {
  const bare = name.replace(/[(（][^()（）]*\*\*[^()（）]*[)）]/g, "").trim();
  return bare === "" ? name : bare;
}

const DIGITS = /\d+/g;

/**
 * The character bigrams of a folded key, digits left out (years and amounts say nothing of what
 * a project is); a key of one character is its own gram.
 */
export function bigrams(key: string): string[] {
  const parts = key.split(DIGITS).filter((p) => p.length > 0);
  const grams: string[] = [];
  for (const part of parts) {
    if (part.length === 1 && parts.length === 1) grams.push(part);
    for (let i = 0; i + 1 < part.length; i++) grams.push(part.slice(i, i + 2));
  }
  return grams;
}

/** Dice similarity of two bigram sets (0 when either is empty). */
export function diceOfSets(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** Dice similarity of two keys' bigram sets (1 for equal keys, 0 when nothing is shared). */
export function dice(a: string, b: string): number {
  if (a === b) return a === "" ? 0 : 1;
  return diceOfSets(new Set(bigrams(a)), new Set(bigrams(b)));
}
