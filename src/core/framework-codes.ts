/**
 * The codes a budget system's flat layout (one row per 三级指标, DESIGN §6) writes beside the
 * indicator names, and the numeric codes its 绩效 module gives 计算符号. Both as data, read by the
 * flat importer and written by the flat export, so that the two always agree.
 *
 * Indicator codes (2021 framework as the budget systems number it): 1 产出 with 11 数量, 12 质量,
 * 13 时效, 14 成本 and under 成本 140001 经济, 140002 社会, 140003 生态环境成本; 2 效益 with 21 经济,
 * 22 社会, 23 生态, 24 可持续影响; 3 满意度 with 31 服务对象满意度. A code's parent is its prefix.
 * Our 2021 tree (成本指标 its own 一级) is written 14 / 14000N; the 2015 tree's 产出 / 成本 is 1 / 14.
 */
import { labelKey } from "./import/grid";
import type { Comparator } from "./target";

/** Code → the indicator name as our trees write it. */
export const INDICATOR_CODES: Readonly<Record<string, string>> = {
  "1": "产出指标",
  "11": "数量指标",
  "12": "质量指标",
  "13": "时效指标",
  "14": "成本指标",
  "140001": "经济成本指标",
  "140002": "社会成本指标",
  "140003": "生态环境成本指标",
  "2": "效益指标",
  "21": "经济效益指标",
  "22": "社会效益指标",
  "23": "生态效益指标",
  "24": "可持续影响指标",
  "3": "满意度指标",
  "31": "服务对象满意度指标",
};

/** A name as compared with a code's: spacing and full-width forms folded, a closing 指标 dropped. */
const stem = (name: string) => labelKey(name).replace(/指标$/, "");

const BY_STEM = new Map(Object.entries(INDICATOR_CODES).map(([code, name]) => [stem(name), code]));

/** The name a code stands for, or null when the code is not in the table. */
export function nameOfCode(code: string): string | null {
  return INDICATOR_CODES[labelKey(code)] ?? null;
}

/** The code of a 一级 / 二级 name (产出指标, 产出, 经济效益 …), or null when it has none. */
export function codeOfName(name: string): string | null {
  return BY_STEM.get(stem(name)) ?? null;
}

/** Whether a name is the one a code stands for (产出 and 产出指标 are both 1's). */
export function nameFitsCode(name: string, code: string): boolean {
  const named = nameOfCode(code);
  return named !== null && stem(named) === stem(name);
}

/** Whether `child` is a code under `parent` (11 under 1, 140001 under 14). */
export function codeUnder(child: string, parent: string): boolean {
  return child.length > parent.length && child.startsWith(parent);
}

/** 计算符号 as the 绩效 modules code it: 1 ≥, 2 >, 3 =, 4 <, 5 ≤, 6 定性. */
export type NatureSign = Comparator | "定性";

export const NATURE_CODES: Readonly<Record<string, NatureSign>> = {
  "1": "≥",
  "2": ">",
  "3": "=",
  "4": "<",
  "5": "≤",
  "6": "定性",
};

const CODE_OF_SIGN = new Map(
  Object.entries(NATURE_CODES).map(([code, sign]) => [sign as string, code])
);

/** The sign a numeric 计算符号 code stands for, or null when the text is no such code. */
export function signOfNatureCode(text: string): NatureSign | null {
  return NATURE_CODES[labelKey(text)] ?? null;
}

/** The numeric code of a sign (≥ → 1 … 定性 → 6); "" for no sign. */
export function natureCodeOf(sign: NatureSign | ""): string {
  return CODE_OF_SIGN.get(sign) ?? "";
}
