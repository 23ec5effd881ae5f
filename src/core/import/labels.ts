/**
 * The labels of a 项目绩效目标表 / 项目支出绩效目标申报表 in the layouts the provinces use: which
 * field of the project each label names, in which money unit its value is written, and the labels
 * known to carry nothing the model keeps (项目负责人, 长期目标…), so that they are reported by name.
 */
import { PROJECT_LABELS } from "../layout/project";
import { remembered } from "../remember";
import { labelKey } from "./grid";

export type FormField =
  | "code"
  | "name"
  | "department"
  | "unit"
  | "budget"
  | "fiscal"
  | "other"
  | "carried"
  | "purpose"
  | "schedule"
  | "goals";

export type MoneyUnit = "万元" | "元";

export interface FormLabel {
  /** A field of the project; `group` heads a block and has no value of its own; `unmodelled`
   * has a value the model has no place for. */
  kind: FormField | "group" | "unmodelled";
  /** The unit written in the label itself: 年度资金总额（元）. */
  unit: MoneyUnit | null;
  /** Where several labels name one field, the lower rank is read first. */
  rank: number;
}

/** Keys are compared after full-width folding: （ → (, ： → :. */
const FIELDS: [FormField, RegExp, number][] = [
  ["code", /^项目(编码|代码|编号)$/, 0],
  ["name", /^项目名称$/, 0],
  ["department", /^主管部门(及代码|名称)?$/, 0],
  ["unit", /^(项目)?实施单位$/, 0],
  ["budget", /^(预算数|年度资金总额|资金总额|项目资金总额|年度预算数|预算金额)$/, 0],
  ["fiscal", /^(其中:)?(财政资金|财政拨款|本年财政拨款|财政拨款资金)$/, 0],
  ["carried", /^(其中:)?上年结转(资金)?$/, 0],
  ["other", /^(其中:)?其他资金$/, 0],
  ["purpose", /^资金用途$/, 0],
  ["purpose", /^预算规模及资金用途$/, 1],
  ["schedule", /^累计支出资金$/, 0],
  ["goals", /^(年度绩效目标|年度目标|项目年度目标|年度总体目标)$/, 0],
  ["goals", /^绩效目标$/, 1],
  ["goals", /^总体目标$/, 2],
];

const GROUPS =
  /^(项目资金|资金情况|项目资金申请|资金来源|绩效指标|年度绩效指标|项目绩效目标|绩效目标及指标|项目基本情况)$/;

const UNMODELLED =
  /^(项目属性|项目类型|项目负责人|联系电话|项目负责人及电话|项目起止时间|项目期限|单位职能概述|项目概况|项目立项情况|立项依据|项目立项的依据|项目申报的可行性|项目申报的必要性|项目实施进度计划|长期目标|长期绩效目标|中长期目标|主管部门编码|填报人|填报日期|审核意见|备注)$/;

/** What a cell's text is as a label of the form, or null when it is none. */
export const formLabel = remembered(readLabel);

function readLabel(text: string): FormLabel | null {
  let key = labelKey(text);
  const unitMatch = /\((万元|元)\)$/.exec(key);
  const unit = unitMatch ? (unitMatch[1] as MoneyUnit) : null;
  if (unitMatch) key = key.slice(0, unitMatch.index);
  key = key.replace(/\(盖章\)$/, "");
  if (key === "") return null;
  const field = FIELDS.find(([, pattern]) => pattern.test(key));
  if (field) return { kind: field[0], unit, rank: field[2] };
  if (GROUPS.test(key)) return { kind: "group", unit, rank: 0 };
  if (UNMODELLED.test(key)) return { kind: "unmodelled", unit, rank: 0 };
  return null;
}

/**
 * A label with its value in the same cell (项目名称：某项目, 年度资金总额：120万元), or a label
 * alone (inline ""), or null.
 */
export const cellLabel = remembered(readCellLabel);

function readCellLabel(text: string): { label: FormLabel; inline: string } | null {
  const alone = formLabel(text);
  if (alone) return { label: alone, inline: "" };
  const trimmed = text.trim();
  // 其中：财政拨款：100 — the label may hold a colon itself, so every colon is tried.
  for (const colon of trimmed.matchAll(/[:：]/g)) {
    const label = formLabel(trimmed.slice(0, colon.index));
    const inline = trimmed.slice((colon.index ?? 0) + 1).trim();
    if (label && inline !== "") return { label, inline };
  }
  return null;
}

/** A checkpoint of 累计支出资金: 3月底, 10月末. */
export function checkpointMonth(text: string): number | null {
  const match = /^(\d{1,2})月(底|末)$/.exec(labelKey(text));
  const month = match ? Number(match[1]) : NaN;
  return month >= 1 && month <= 12 ? month : null;
}

/** `单位：万元` (also at the end of a unit line: `989001 某单位 单位：元`). */
export function moneyUnitIn(text: string): { unit: MoneyUnit; rest: string } | null {
  const match = /(金额)?单位[:：]\s*(万元|元)\s*$/.exec(text);
  return match ? { unit: match[2] as MoneyUnit, rest: text.slice(0, match.index).trim() } : null;
}

/** The two labels only our own template has, together: a sheet made by planProject. */
export const TEMPLATE_MARKS = [PROJECT_LABELS.budgetBlock, PROJECT_LABELS.code].map(labelKey);

/** Amounts in 元 are read into the model's 万元 (rounded to 0.0001 元, the precision of 元 with 2 decimals). */
export function toWan(amount: number, unit: MoneyUnit): number {
  return unit === "元" ? Number((amount / 10000).toFixed(6)) : amount;
}
