/**
 * The vocabulary of 指标值确定依据 (the basis a target was set on, DESIGN §2): the five kinds of the
 * budget system and the free phrases that published tables write instead. The importers use it to
 * tell a basis from a 指标值 (a basis phrase never stands in the 指标值 column); review rules use it
 * to check that a cost indicator rests on a cost standard.
 */
import { normalizeText } from "./target";

/** The kinds of basis the budget system offers (财预〔2015〕88号 forms). */
export const BASIS_KINDS = [
  "计划标准",
  "历史标准",
  "行业标准",
  "预算支出标准",
  "其他标准",
] as const;

export type BasisKind = (typeof BASIS_KINDS)[number];

/**
 * Free phrases seen in published tables, each with the kind it stands for. Matched whole, after
 * spaces are removed; longer texts are judged by their ending (BASIS_ENDINGS).
 */
const PHRASES: Record<string, BasisKind> = {
  以往经验: "历史标准",
  往年经验: "历史标准",
  历年经验: "历史标准",
  历史经验: "历史标准",
  工作经验: "历史标准",
  经验: "历史标准",
  历史数据: "历史标准",
  前三年平均: "历史标准",
  前三年平均值: "历史标准",
  上年实际: "历史标准",
  上年度完成情况: "历史标准",
  上年完成情况: "历史标准",
  年度工作计划: "计划标准",
  工作年度计划: "计划标准",
  工作计划: "计划标准",
  年度计划: "计划标准",
  年度目标: "计划标准",
  工作方案: "计划标准",
  实施方案: "计划标准",
  项目实施方案: "计划标准",
  工作要求: "计划标准",
  实际情况: "其他标准",
  实际需要: "其他标准",
  实际需求: "其他标准",
  行业要求: "行业标准",
  国家标准: "行业标准",
  行业规范: "行业标准",
  技术规范: "行业标准",
  验收标准: "行业标准",
  支出标准: "预算支出标准",
  定额标准: "预算支出标准",
  预算批复: "预算支出标准",
  施工合同: "其他标准",
  合同约定: "其他标准",
  政策规定: "其他标准",
  文件规定: "其他标准",
  相关规定: "其他标准",
  相关文件: "其他标准",
  上级文件: "其他标准",
};

/** Endings that make a longer text a basis: 省级标准, 2023年工作计划, 县政府文件, 上年经验. */
const BASIS_ENDINGS: [string, BasisKind][] = [
  ["支出标准", "预算支出标准"],
  ["行业标准", "行业标准"],
  ["标准", "其他标准"],
  ["经验", "历史标准"],
  ["计划", "计划标准"],
  ["方案", "计划标准"],
  ["规定", "其他标准"],
  ["文件", "其他标准"],
  ["合同", "其他标准"],
  ["规范", "行业标准"],
];

/** Openings that make a text a basis: 根据…, 依据…, 参照…. */
const BASIS_OPENINGS = ["根据", "依据", "参照", "参考", "按照"];

/** Openings of a target that names a standard it must meet: 符合国家标准 is a 指标值, not a basis. */
const CONFORMS = /^(符合|达到|满足|不低于|高于|优于|执行|落实)/;

/** The kind of basis a text names, or null when it reads as something else. */
export function basisKind(text: string): BasisKind | null {
  if (typeof text !== "string") return null;
  const folded = normalizeText(text);
  if (folded === "") return null;
  if ((BASIS_KINDS as readonly string[]).includes(folded)) return folded as BasisKind;
  const phrase = PHRASES[folded];
  if (phrase) return phrase;
  if (CONFORMS.test(folded)) return null;
  for (const [ending, kind] of BASIS_ENDINGS)
    if (folded.length > ending.length && folded.endsWith(ending)) return kind;
  if (
    BASIS_OPENINGS.some((opening) => folded.length > opening.length && folded.startsWith(opening))
  )
    return "其他标准";
  return null;
}

/** Whether a text is one of the vocabulary's whole phrases (计划标准, 以往经验), not just shaped like one. */
export function isBasisPhrase(text: string): boolean {
  if (typeof text !== "string") return false;
  const folded = normalizeText(text);
  return (BASIS_KINDS as readonly string[]).includes(folded) || PHRASES[folded] !== undefined;
}

/** Whether a text is a basis phrase (计划标准, 以往经验, 年度工作计划, 根据…): never a 指标值. */
export function isBasisText(text: string): boolean {
  return basisKind(text) !== null;
}
