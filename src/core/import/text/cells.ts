/**
 * What each column of an indicator row can hold, as evidence for reading rows whose column widths
 * are unknown: the 指标值 reads as a target through the grammar (parseTarget) or as a qualitative
 * phrase of the kind tables use, and is never a basis phrase; the 指标值确定依据 is a basis phrase
 * or free text, never a target; 三级指标 and 绩效指标描述 are text, often the same words. Fits are
 * small ordered numbers: 0 means the column cannot hold the text.
 */
import { isBasisText } from "../../basis";
import { normalizeText, parseTarget, Target } from "../../target";
import { TEXT_IMPORT_SETTINGS } from "./settings";

/**
 * Qualitative 指标值 as tables write them (DESIGN §2), and the budget system's three levels of
 * achievement. Whole phrases; IMPROVEMENT covers 有所提升 / 提高服务水平 / 明显改善 and the like.
 */
const QUALITATIVE = new Set([
  "及时",
  "准时",
  "按时",
  "按期",
  "优",
  "优良",
  "优秀",
  "良好",
  "较好",
  "好",
  "合格",
  "达标",
  "达到预期",
  "达到要求",
  "符合要求",
  "满足要求",
  "符合标准",
  "达到标准",
  "符合规定",
  "是",
  "否",
  "有",
  "无",
  "完成",
  "全部完成",
  "按期完成",
  "按时完成",
  "基本完成",
  "有效",
  "稳定",
  "保持稳定",
  "正常",
  "安全",
  "长期",
  "中长期",
  "持续",
  "达成年度指标",
  "部分达成年度指标并具有一定效果",
  "未达成年度指标且效果较差",
]);
const IMPROVEMENT =
  /^(不|有所|明显|显著|逐步|持续|稳步|进一步|不断|大幅|有效|全面|切实)?(提升|提高|改善|增强|增加|降低|减少|下降|好转|加强|优化)/;

/** Fits already judged, by kind: tables repeat their words (以往经验, ≥95%) row after row. Bounded. */
const judged = new Map<string, Map<string, number>>();
const MAX_JUDGED = 4096;

function remember(kind: string, text: string, judge: (text: string) => number): number {
  let known = judged.get(kind);
  if (!known) judged.set(kind, (known = new Map()));
  let fit = known.get(text);
  if (fit === undefined) {
    if (known.size >= MAX_JUDGED) known.clear();
    fit = judge(text);
    known.set(text, fit);
  }
  return fit;
}

/** Whether a target is one that only a 指标值 can be: a comparison, a range, a number with its unit. */
export function isStrongTarget(target: Target): boolean {
  if (target.kind === "range") return true;
  // An amount read out of a sentence (全年至少开展5次培训) is how 描述 cells are written too.
  if (target.kind !== "quantitative" || target.prose !== undefined) return false;
  if (target.symbol !== null) return true;
  const unit = target.unit;
  return unit.length <= TEXT_IMPORT_SETTINGS.maxBareUnitLength || unit.includes("/");
}

/** A target no name or basis would hold as a word of its own: a comparison, a range, a percentage. */
export function isMarkedTarget(text: string): boolean {
  return (
    remember("marked", text, (t: string) => {
      const target = parseTarget(t);
      if (!target.ok) return 0;
      const value = target.value;
      if (value.kind === "range") return 1;
      return value.kind === "quantitative" &&
        value.prose === undefined &&
        (value.symbol !== null || value.unit === "%" || value.unit === "‰")
        ? 1
        : 0;
    }) === 1
  );
}

/** Whether text alone reads as a strong target (`≥95%`, `23 个`, `90%-100%`). */
export function readsAsTarget(text: string): boolean {
  const target = parseTarget(text);
  return target.ok && isStrongTarget(target.value);
}

/** A number with nothing after it (`766`, `≥12`): its unit follows as the next piece. */
export function isBareNumber(text: string): boolean {
  const target = parseTarget(text);
  return target.ok && target.value.kind === "quantitative" && target.value.unit === "";
}

/**
 * Whether two pieces on one line must be one cell: a number and the unit after it (`23 个`,
 * `2020 年最`), a comparison sign and its number (`≥ 95%`).
 */
export function mustJoin(a: string, b: string): boolean {
  if (isBareNumber(a)) return true;
  if (parseTarget(a).ok) return false;
  const joined = parseTarget(`${a}${b}`);
  return joined.ok && isStrongTarget(joined.value);
}

/** Whether two pieces on one line must be two cells: text and then a target after a space. */
export function mustSplit(a: string, b: string): boolean {
  return !mustJoin(a, b) && readsAsTarget(b) && !readsAsTarget(a);
}

/** Text that opens with a number or a comparison sign promises a quantity. */
const OPENS_QUANTITY = /^[0-9≥≤<>=≧≦]/;
const DIGIT = /\d/;

/**
 * How well text fits the 指标值 column: 3 a target, 2 a reference or known phrase, 1 other text
 * (or a quantity in a form the grammar does not read yet: `120元/人·月`), 0 a basis phrase, or
 * text that opens like a quantity, does not read as one and holds a second number
 * (`766元/人2020年最`: two cells run together).
 */
export function valueFit(text: string): number {
  return remember("value", text, judgeValue);
}

function judgeValue(text: string): number {
  if (text === "" || isBasisText(text)) return 0;
  const target = parseTarget(text);
  if (!target.ok) return 0;
  const value = target.value;
  if (value.kind === "range" || value.kind === "quantitative") return isStrongTarget(value) ? 3 : 1;
  const folded = normalizeText(text);
  if (OPENS_QUANTITY.test(folded)) {
    const afterNumber = folded.replace(/^[^\d]*[\d.,]+/, "");
    return DIGIT.test(afterNumber) ? 0 : 1;
  }
  if (value.kind === "reference") return 2;
  return QUALITATIVE.has(folded) || IMPROVEMENT.test(folded) ? 2 : 1;
}

/** How well text fits the 指标值确定依据 column: 2 a basis phrase, 1 other text, 0 a target. */
export function basisFit(text: string): number {
  return remember("basis", text, (t: string) =>
    t === "" ? 0 : isBasisText(t) ? 2 : readsAsTarget(t) ? 0 : 1
  );
}

/** Where a cell cannot end (it breaks off mid-unit or mid-range) or begin (it carries on one). */
const DANGLING_END = /[/\-~～·（(：:、，,]$/;
const DANGLING_START = /^[/·%‰）)、，,。；;：:]/;

/** Whether text could be a whole cell: it neither breaks off nor carries on from another. */
export function isWhole(text: string): boolean {
  const folded = normalizeText(text);
  return !DANGLING_END.test(folded) && !DANGLING_START.test(folded);
}

/** How well text fits 三级指标 or 绩效指标描述: any text that is not a target. */
export function nameFit(text: string): number {
  return remember("name", text, (t: string) => (t === "" || readsAsTarget(t) ? 0 : 1));
}

/** Whether two cells hold the same words, spaces aside (描述 repeating its 三级指标). */
export function sameWords(a: string, b: string): boolean {
  return a !== "" && normalizeText(a) === normalizeText(b);
}
