/**
 * Reading a label of a project form: the folded text it is compared by, the field it names (by
 * the patterns of label-table.ts, the one table of labels), the money unit written in it, and
 * whether a text the table does not know still reads as a label (so that it is reported with its
 * cell and its value is not taken by the label before it).
 */
import { PROJECT_LABELS } from "../layout/project";
import { remembered } from "../remember";
import { labelKey } from "./grid";
import { LABEL_TABLE, LabelKind } from "./label-table";

export type { LabelKind } from "./label-table";
/** The kinds of label whose value goes into the project. */
export type FormField = Exclude<LabelKind, "group" | "unmodelled" | "ignored">;

export type MoneyUnit = "万元" | "元";

export interface FormLabel {
  kind: LabelKind;
  /** The unit written in the label itself: 年度资金总额（元）. */
  unit: MoneyUnit | null;
  /** Where several labels name one field, the lower rank is read first. */
  rank: number;
  /** Written as a part of the label before it: 其中：上级财政资金. */
  part: boolean;
}

/** Numbering before a label: 一、 （二） 3. 4、 */
const NUMBERING = /^([一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、](?!\d))/;
const MONEY_UNIT = /\((?:单位:)?(万元|元)\)$/;
/** A note after a label: （盖章）（450字内）（如20190101）（长期目标）. */
const NOTE = /\([^()]*\)$/;

/**
 * A label as it is compared: full-width folded, no spaces or line breaks, without trailing colons,
 * numbering, a leading 其中, the money unit and notes in brackets at its end.
 */
export const labelText = remembered((text: string) => foldLabel(text).key);

function foldLabel(text: string): { key: string; unit: MoneyUnit | null; part: boolean } {
  let key = labelKey(text).replace(NUMBERING, "");
  let unit: MoneyUnit | null = null;
  let part = false;
  if (/^其中[:,]?/.test(key)) {
    part = true;
    key = key.replace(/^其中[:,]?/, "");
  }
  for (let guard = 0; guard < 3; guard++) {
    const money = MONEY_UNIT.exec(key);
    if (money) {
      unit ??= money[1] as MoneyUnit;
      key = key.slice(0, money.index);
    } else if (NOTE.test(key) && !/^\(/.test(key)) key = key.replace(NOTE, "");
    else break;
    key = key.replace(/[:]+$/, "");
  }
  return { key, unit, part };
}

/** What a cell's text is as a label of the form, or null when it is none. */
export const formLabel = remembered(readLabel);

function readLabel(text: string): FormLabel | null {
  const { key, unit, part } = foldLabel(text);
  if (key === "" || key.length > 20) return null;
  const entry = LABEL_TABLE.find((e) => e.pattern.test(key));
  return entry ? { kind: entry.kind, unit, rank: entry.rank, part } : null;
}

/** Words a label ends with that a value of the header block seldom does. */
const LABEL_END = /(名称|编码|代码|编号|类型|类别|属性|期限|实施期|负责人|电话|日期|金额|总额)$/;
/** Words a label may also end with; values end so too, so only an unplaced cell is tried on them. */
const LABEL_END_LOOSE = /(部门|单位|资金|目标|情况|概况|依据|说明|措施|时间|内容)$/;

/**
 * Whether a text the table does not know reads as a label all the same: short, without digits, and
 * ending with a colon or a word labels end with (`strict`: only the words a value seldom ends with).
 */
export function looksLikeLabel(text: string, strict = true): boolean {
  const key = labelText(text);
  if (key.length < 2 || key.length > 14 || /\d/.test(key) || formLabel(text)) return false;
  if (/[:：]\s*$/.test(text)) return true;
  return LABEL_END.test(key) || (!strict && LABEL_END_LOOSE.test(key));
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
