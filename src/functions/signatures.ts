/**
 * What the argument adapter needs of every PT function, and nothing more: each parameter's name,
 * the kind it is read by, whether it may be left out and what it then stands for, and its label
 * (for messages such as “预算数应为数字” and for signatures), plus the result type. This loads with
 * the custom functions at start; the help (descriptions, what each function answers) is in
 * catalog.ts, which only the functions page, the metadata build, WPS's registration and the tests
 * load. catalog.ts joins the two into the full declarations.
 */
import { DEFAULT_TOLERANCE_PP } from "../core/progress";

/**
 * How an argument is read before the implementation sees it: `text` a trimmed string, `number` a
 * number, `amount` 万元 as accountants type them (`1,052.87`, `23万元`), `date` a serial day
 * number from a serial, a date cell or date text, `any` the cell value as it is. Each gives null
 * for an empty cell.
 */
export type Kind = "text" | "number" | "amount" | "date" | "any";

export type ResultType = "string" | "number" | "boolean" | "any";

export type Language = "zh" | "en";

export type Words = Readonly<Record<Language, string>>;

export interface ParameterSignature {
  /** The identifier in functions.ts (Excel shows it as the parameter's name). */
  readonly name: string;
  readonly kind: Kind;
  /** May be left out of the formula; an empty cell is still a value, not an omission. */
  readonly optional?: boolean;
  /** What an omitted optional argument stands for. */
  readonly default?: string | number | boolean;
  /** Short name for signatures and messages: 预算数. */
  readonly label: Words;
}

export interface FunctionSignature {
  readonly result: ResultType;
  readonly parameters: readonly ParameterSignature[];
}

// Parameters several functions declare alike.
const YEAR = {
  name: "year",
  kind: "any",
  optional: true,
  label: { zh: "预算年度", en: "year" },
} as const;
const ROUNDING = {
  name: "rounding",
  kind: "text",
  optional: true,
  label: { zh: "取整方式", en: "rounding" },
} as const;
const PRESET = {
  name: "preset",
  kind: "text",
  optional: true,
  label: { zh: "评分方案", en: "preset" },
} as const;
const SPENT = { name: "spent", kind: "amount", label: { zh: "累计支出", en: "spent" } } as const;

export const SIGNATURES = {
  CHECK: {
    result: "string",
    parameters: [
      { name: "actual", kind: "any", label: { zh: "实际值", en: "actual" } },
      { name: "target", kind: "any", label: { zh: "指标值", en: "target" } },
      {
        name: "indicator",
        kind: "text",
        optional: true,
        label: { zh: "二级指标", en: "indicator" },
      },
      YEAR,
    ],
  },
  PROGRESS: {
    result: "any",
    parameters: [
      SPENT,
      { name: "budget", kind: "amount", label: { zh: "预算数", en: "budget" } },
      {
        name: "planned",
        kind: "amount",
        optional: true,
        label: { zh: "计划累计支出", en: "planned" },
      },
      { name: "date", kind: "date", optional: true, label: { zh: "日期", en: "date" } },
      {
        name: "tolerance",
        kind: "any",
        optional: true,
        default: DEFAULT_TOLERANCE_PP,
        label: { zh: "容差", en: "tolerance" },
      },
    ],
  },
  SCHEDULE: {
    result: "number",
    parameters: [{ name: "date", kind: "date", label: { zh: "日期", en: "date" } }],
  },
  LIGHT: {
    result: "string",
    parameters: [
      SPENT,
      { name: "budget", kind: "amount", label: { zh: "预算数", en: "budget" } },
      { name: "date", kind: "date", label: { zh: "日期", en: "date" } },
      { name: "rule", kind: "text", optional: true, label: { zh: "规则", en: "rule" } },
    ],
  },
  SCORE: {
    result: "any",
    parameters: [
      { name: "actual", kind: "any", label: { zh: "实际完成值", en: "actual" } },
      { name: "target", kind: "any", label: { zh: "指标值", en: "target" } },
      { name: "weight", kind: "any", label: { zh: "分值", en: "weight" } },
      {
        name: "indicator",
        kind: "text",
        optional: true,
        label: { zh: "二级指标", en: "indicator" },
      },
      { name: "method", kind: "text", optional: true, label: { zh: "计分方法", en: "method" } },
      ROUNDING,
      PRESET,
      YEAR,
    ],
  },
  BUDGETSCORE: {
    result: "any",
    parameters: [
      { name: "rate", kind: "any", label: { zh: "执行率", en: "rate" } },
      { name: "weight", kind: "any", label: { zh: "分值", en: "weight" } },
      ROUNDING,
      PRESET,
    ],
  },
  GRADE: {
    result: "string",
    parameters: [{ name: "total", kind: "any", label: { zh: "总分", en: "total" } }],
  },
  EXPLAIN: {
    result: "string",
    parameters: [
      { name: "target", kind: "any", label: { zh: "指标值", en: "target" } },
      YEAR,
      { name: "actual", kind: "any", optional: true, label: { zh: "实际值", en: "actual" } },
    ],
  },
  REVIEW: {
    result: "string",
    parameters: [
      { name: "level1", kind: "any", label: { zh: "一级指标", en: "level 1" } },
      { name: "level2", kind: "any", label: { zh: "二级指标", en: "level 2" } },
      { name: "level3", kind: "any", label: { zh: "三级指标", en: "level 3" } },
      { name: "description", kind: "any", label: { zh: "绩效指标描述", en: "description" } },
      { name: "target", kind: "any", label: { zh: "指标值", en: "target" } },
      { name: "basis", kind: "any", label: { zh: "指标值确定依据", en: "basis" } },
    ],
  },
} as const satisfies Record<string, FunctionSignature>;

export type Signatures = Readonly<Record<string, FunctionSignature>>;

export type FunctionId = keyof typeof SIGNATURES;

/** The names of one function's parameters, in order. */
export type ParameterName<Id extends FunctionId> =
  (typeof SIGNATURES)[Id]["parameters"][number]["name"];
