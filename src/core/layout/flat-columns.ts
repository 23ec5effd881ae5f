/**
 * The column sets of the flat export (the budget system's import layout, one row per 三级指标), as
 * data: provinces' systems differ in which columns they take and how 计算符号 is written. Each set
 * is read back by the flat importer (its headers are names the importer knows; a test holds every
 * set to that). A set may also come from a JSON file, checked here once before it is used.
 */
import { fail, ok, Outcome } from "../outcome";

/** What a column of the export holds. `target` is the 指标值 whole (≥95%), `value` its number. */
export type FlatExportField =
  | "unitCode"
  | "unitName"
  | "projectCode"
  | "projectName"
  | "level1Code"
  | "level1"
  | "level2Code"
  | "level2"
  | "level3Code"
  | "level3"
  | "description"
  | "nature"
  | "value"
  | "unit"
  | "target"
  | "basis"
  | "order"
  | "goals";

export interface FlatColumnSpec {
  header: string;
  field: FlatExportField;
}

export interface FlatColumnSet {
  id: string;
  /** What the set is for, in Chinese (shown by `pt export --help` and in the docs). */
  title: string;
  /** 计算符号 as the numeric codes 1 ≥, 2 >, 3 =, 4 <, 5 ≤, 6 定性 instead of the signs. */
  natureCodes: boolean;
  columns: FlatColumnSpec[];
}

/** Column widths in characters, by field. */
export const FIELD_WIDTHS: Record<FlatExportField, number> = {
  unitCode: 10,
  unitName: 20,
  projectCode: 24,
  projectName: 28,
  level1Code: 8,
  level1: 12,
  level2Code: 8,
  level2: 16,
  level3Code: 10,
  level3: 24,
  description: 30,
  nature: 8,
  value: 12,
  unit: 10,
  target: 16,
  basis: 16,
  order: 8,
  goals: 30,
};

const PROJECT: FlatColumnSpec[] = [
  { header: "项目代码", field: "projectCode" },
  { header: "项目名称", field: "projectName" },
];

const CODED_LEVELS: FlatColumnSpec[] = [
  { header: "一级指标代码", field: "level1Code" },
  { header: "一级指标名称", field: "level1" },
  { header: "二级指标代码", field: "level2Code" },
  { header: "二级指标名称", field: "level2" },
  { header: "三级指标名称", field: "level3" },
  { header: "绩效指标说明", field: "description" },
];

const SPLIT_VALUE: FlatColumnSpec[] = [
  { header: "计算符号", field: "nature" },
  { header: "指标值", field: "value" },
  { header: "计量单位", field: "unit" },
];

const CLOSING: FlatColumnSpec[] = [
  { header: "指标值确定依据", field: "basis" },
  { header: "指标顺序码", field: "order" },
];

export const FLAT_COLUMN_SETS: Record<string, FlatColumnSet> = {
  default: {
    id: "default",
    title: "默认：代码与名称并列，计算符号写为符号（≥ > = < ≤ 定性）",
    natureCodes: false,
    columns: [...PROJECT, ...CODED_LEVELS, ...SPLIT_VALUE, ...CLOSING],
  },
  numeric: {
    id: "numeric",
    title: "计算符号写为数字代码（1 ≥、2 >、3 =、4 <、5 ≤、6 定性），其余同默认",
    natureCodes: true,
    columns: [...PROJECT, ...CODED_LEVELS, ...SPLIT_VALUE, ...CLOSING],
  },
  whole: {
    id: "whole",
    title: "指标值不拆分（≥95% 写在一格），带单位代码与名称、年度绩效目标，不写指标代码",
    natureCodes: false,
    columns: [
      { header: "单位代码", field: "unitCode" },
      { header: "单位名称", field: "unitName" },
      ...PROJECT,
      { header: "年度绩效目标", field: "goals" },
      { header: "一级指标", field: "level1" },
      { header: "二级指标", field: "level2" },
      { header: "三级指标", field: "level3" },
      { header: "绩效指标说明", field: "description" },
      { header: "指标值", field: "target" },
      ...CLOSING,
    ],
  },
};

export const DEFAULT_COLUMN_SET = FLAT_COLUMN_SETS.default;

const FIELDS = new Set(Object.keys(FIELD_WIDTHS));

/**
 * A column set from parsed JSON (`{"title", "natureCodes", "columns": [{"header", "field"}]}`),
 * or what is wrong with it. The set must name its project and its 三级指标 and hold the 指标值
 * (whole, or as 计算符号 with the number), or what it writes could not be imported anywhere.
 */
export function columnSetOf(value: unknown, id = "custom"): Outcome<FlatColumnSet> {
  const set = value as Partial<FlatColumnSet> | null;
  if (!set || typeof set !== "object" || !Array.isArray(set.columns))
    return fail('列设置应为 JSON 对象，含 columns 数组（每项 {"header": 表头, "field": 内容}）');
  const columns: FlatColumnSpec[] = [];
  for (const [i, column] of set.columns.entries()) {
    const { header, field } = (column ?? {}) as Partial<FlatColumnSpec>;
    if (typeof header !== "string" || header.trim() === "")
      return fail(`第 ${i + 1} 列缺少表头（header）`);
    if (typeof field !== "string" || !FIELDS.has(field))
      return fail(`第 ${i + 1} 列“${header}”的 field 应为 ${[...FIELDS].join("、")} 之一`);
    columns.push({ header: header.trim(), field });
  }
  const has = (field: FlatExportField) => columns.some((c) => c.field === field);
  if (!has("projectCode") && !has("projectName")) return fail("列设置中缺少项目代码或项目名称");
  if (!has("level3")) return fail("列设置中缺少三级指标名称");
  if (!has("target") && !has("value")) return fail("列设置中缺少指标值");
  return ok({
    id,
    title: typeof set.title === "string" ? set.title : "自定义列设置",
    natureCodes: set.natureCodes === true,
    columns,
  });
}
