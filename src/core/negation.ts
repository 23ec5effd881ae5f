/**
 * Actual values that negate or oppose a qualitative 指标值: a negation before the target (`不及时`,
 * `未及时` against `及时`), or the target with one word turned into its opposite (`无效` against
 * `有效`, `有所下降` against `有所提高`). PT.CHECK reads such an actual as 未达标 and PT.SCORE as
 * 未达成, where before a person had to judge it. The opposites are data, read both ways.
 */

/** Words that negate what follows them; longest first, so that 没有 wins over 没. */
export const NEGATIONS: readonly string[] = [
  "没有",
  "未能",
  "没能",
  "尚未",
  "未",
  "不",
  "无",
  "没",
];

/** Opposite pairs, each read both ways: an actual with one against a target with the other. */
export const ANTONYMS: readonly (readonly [string, string])[] = [
  ["有效", "无效"],
  ["提高", "下降"],
  ["提高", "降低"],
  ["提升", "下降"],
  ["提升", "降低"],
  ["上升", "下降"],
  ["增加", "减少"],
  ["增长", "下降"],
  ["增长", "减少"],
  ["扩大", "缩小"],
  ["及时", "延迟"],
  ["及时", "不及时"],
  ["及时", "滞后"],
  ["按时", "延期"],
  ["按期", "逾期"],
  ["长期", "短期"],
  ["达标", "不达标"],
  ["合格", "不合格"],
  ["满意", "不满意"],
  ["改善", "恶化"],
  ["规范", "不规范"],
  ["完善", "不完善"],
  ["明显", "不明显"],
  ["显著", "不显著"],
];

/** Degree words a target opens with, left out when a negation is put before its core. */
const MODIFIERS = /^(?:有所|明显|显著|进一步|持续|逐步|不断|大幅|较大|得到)/;
const NEGATION_CHAR = /[未不无没]$/;

/** Whether `word` occurs in `text` other than right after a negation (无延迟 is no delay). */
function plainly(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!NEGATION_CHAR.test(text.slice(0, at))) return true;
  }
  return false;
}

/**
 * Whether `actual` negates or opposes the qualitative `target` (both as normalizeText leaves them):
 * 未/不/没有/无/没 + the target or its core (`未提升` against `有所提升`), or the target's word
 * swapped for its opposite. The same text never opposes itself.
 */
export function opposes(actual: string, target: string): boolean {
  if (actual === target || actual === "" || target === "") return false;
  const core = target.replace(MODIFIERS, "");
  for (const negation of NEGATIONS) {
    if (actual === negation + target || (core !== "" && actual === negation + core)) return true;
  }
  for (const [a, b] of ANTONYMS) {
    for (const [wanted, opposite] of [
      [a, b],
      [b, a],
    ]) {
      if (!plainly(target, wanted) || target.includes(opposite)) continue;
      // 不及时 holds 及时: the opposite counts when it does not merely repeat the wanted word.
      const repeats = opposite.includes(wanted);
      if (plainly(actual, opposite) && (repeats || !plainly(actual, wanted))) return true;
    }
  }
  return false;
}
