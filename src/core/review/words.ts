/**
 * What the review rules need to know about the words of a row: which rows are cost or satisfaction
 * indicators, whether a text reads as an indicator name, a negation, a basis or a stray space. One
 * place for these word lists, so that a rule is a few lines over them.
 */
import { isBasisPhrase } from "../basis";
import { defaultDirection, LEVEL1_NAMES, LEVEL2_NAMES } from "../framework";
import type { IndicatorRow } from "../model";
import type { IndicatorColumn, ProjectField } from "../problem";
import { remembered } from "../remember";
import { normalizeText } from "../target";

/**
 * Text as two cells are compared: spacing and full-width forms folded, closing 。 dropped. A
 * table repeats its names in every row and NFKC is not cheap, so foldings are kept (bounded).
 */
export const folded = remembered((text) => normalizeText(text).replace(/[。.；;]+$/, ""));

/** 成本 rows that must carry a cost standard: 2015's 成本指标 and 2021's 经济成本指标. */
export function isCostRow(row: IndicatorRow): boolean {
  const level2 = folded(row.level2);
  return level2 === "成本指标" || level2 === "经济成本指标";
}

/** Rows that measure satisfaction: the 满意度 branch, or a 三级指标 that says so. */
export function isSatisfactionRow(row: IndicatorRow): boolean {
  return folded(row.level1) === "满意度指标" || /满意/.test(row.level3);
}

/** Names of rates: their 指标值 is a percentage. */
const RATE_NAME = /率|比例|比率|比重|占比|满意度|覆盖面/;

export function isRateLike(row: IndicatorRow): boolean {
  return isSatisfactionRow(row) || RATE_NAME.test(row.level3);
}

/** Endings of what is measured (完成率, 人数, 满意度, 完成情况), not of a level to reach. */
const MEASURE_ENDING = /(率|比例|比率|比重|占比|数|数量|人次|度|情况|指标)$/;
/** Openings of a level to reach or a change (提高服务水平, 有所提高, 较上年增长): targets, not names. */
const TARGET_OPENING =
  /^(有所|明显|显著|逐步|逐年|不断|进一步|持续|稳步|大幅|全面|基本|有效|较|比|同比|高于|低于|不低于|不少于|达到|保持|提高|提升|改善|增强|加强|促进|确保|保障|实现|完成|推动|降低|减少|加大|扩大)/;
const INDICATOR_NAMES = new Set([...LEVEL1_NAMES, ...LEVEL2_NAMES]);

/**
 * Whether a qualitative 指标值 is the name of an indicator rather than a level to reach: the row's
 * own 三级指标, a name of the indicator tree, or a measure (工作任务完成率).
 */
export function readsAsIndicatorName(value: string, row: IndicatorRow): boolean {
  const text = folded(value);
  if (text === "") return false;
  if (text === folded(row.level3)) return true;
  if (INDICATOR_NAMES.has(text)) return true;
  return MEASURE_ENDING.test(text) && !TARGET_OPENING.test(text);
}

/** Words that open a negation, after the comparisons that merely start with 不 (不低于, 不断). */
const NEGATION =
  /^(?!不低于|不少于|不小于|不高于|不超过|不多于|不大于|不断|不再)(不|未|没有|无)(.{2,})$/;
/** What a goal usually asks for; its negation turns the target around. */
const IMPROVEMENT = /^(提高|提升|改善|增加|增强|加强|达到|达标|完成|实现|满意|及时|合格|到位)/;

/**
 * Whether a qualitative 指标值 says the opposite of its indicator: a negation of the 三级指标
 * (提高服务水平 → 不提高服务水平) or of an improvement, where more is better.
 */
export function negatesGoal(value: string, row: IndicatorRow): boolean {
  const match = NEGATION.exec(folded(value));
  if (!match) return false;
  // Where less is better a negation is the goal (无安全事故, 未发生投诉).
  if (defaultDirection(row.level3) === "≤" || defaultDirection(row.description) === "≤")
    return false;
  const rest = match[2];
  const name = folded(row.level3);
  const description = folded(row.description);
  return (
    IMPROVEMENT.test(rest) ||
    (name !== "" && (name.includes(rest) || rest.includes(name))) ||
    (description !== "" && (description.includes(rest) || rest.includes(description)))
  );
}

/**
 * Whether a 指标值 is a basis phrase. Only the vocabulary's whole phrases count: a target may
 * well end in 标准 or 计划 (按计划完成), and an error must not stand on a guess.
 */
export function isBasisText(text: string): boolean {
  return isBasisPhrase(text);
}

const WIDE = "\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef";
/**
 * Spaces the budget system rejects: at either end, doubled, full-width, tabs and line breaks, inside
 * Chinese text or inside a number. One space between a number and its unit (`23 个`) is the gap a
 * PDF sets between two fonts and is read as nothing, so it passes.
 */
const STRAY = new RegExp(`^\\s|\\s$|\\s{2}|[\\u3000\\t\\r\\n]|[${WIDE}] [${WIDE}]|\\d \\d`);
const STRAY_IN_PROSE = new RegExp(
  `^\\s|\\s$|[ \\u3000\\t]{2}|\\u3000|\\t|[${WIDE}] [${WIDE}]|\\d \\d`
);

/** Whether a name or value has stray spaces; `prose` lets line breaks through (描述, 依据). */
export function hasStraySpace(text: string, prose = false): boolean {
  if (!/\s/.test(text)) return false; // most cells: no space at all
  return (prose ? STRAY_IN_PROSE : STRAY).test(text);
}

/** Length in characters as a person counts them (a CJK character is one). */
export function characters(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) pairs++;
  }
  return text.length - pairs;
}

/** Names of the fields as the form labels them, for messages. */
export const FIELD_WORDS: Record<IndicatorColumn | ProjectField, string> = {
  code: "项目编码",
  name: "项目名称",
  budget: "预算数",
  fiscalFunds: "财政资金",
  otherFunds: "其他资金",
  purpose: "资金用途",
  schedule: "累计支出资金",
  goals: "绩效目标",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  description: "绩效指标描述",
  value: "指标值",
  basis: "指标值确定依据",
};
