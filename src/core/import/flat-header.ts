/**
 * The header of a budget system's flat layout (a vendor's import template, DESIGN §6): one row per
 * 三级指标 with 项目代码 / 项目名称 on every row and the 一级 / 二级 / 三级 codes beside the names.
 * The indicator columns are known by the table importer's header names (columns.ts); the columns
 * only this layout has are named here, as data. A header may take two rows, a group cell merged
 * over its parts (一级指标 over 代码 | 名称, 指标值 over 计算符号 | 指标值 | 计量单位).
 */
import { remembered } from "../remember";
import { ExtraColumn, headerField, IndicatorField } from "./columns";
import { CellGrid, labelKey } from "./grid";

/** Columns of the flat layout outside an indicator table's. */
export type FlatOnlyField =
  | "projectCode"
  | "projectName"
  | "unitCode"
  | "unitName"
  | "level1Code"
  | "level2Code"
  | "level3Code"
  | "order"
  | "goals";

export type FlatField = IndicatorField | FlatOnlyField;

/** Header names of this layout's own columns (and short names of the levels), as keys. */
const FLAT_NAMES: [FlatField, RegExp][] = [
  ["projectCode", /^项目(代码|编码|编号)$/],
  ["projectName", /^(项目|项目名称|项目支出名称)$/],
  ["unitCode", /^(预算)?(单位|部门)(代码|编码)$/],
  ["unitName", /^((预算)?(单位|部门)名称|预算单位)$/],
  ["level1Code", /^一级(指标)?(代码|编码)$/],
  ["level2Code", /^二级(指标)?(代码|编码)$/],
  ["level3Code", /^三级(指标)?(代码|编码)$/],
  ["level1", /^一级(指标)?(名称)?$/],
  ["level2", /^二级(指标)?(名称)?$/],
  ["level3", /^三级(指标)?(名称)?$/],
  ["order", /^(指标)?(顺序码|顺序号|排序码|排序号)$/],
  ["goals", /^((项目)?年度(绩效)?目标|(年度|项目)?绩效目标)$/],
];

/** A sub-header that only says which part of the group above it is (一级指标 + 代码). */
const PART = /^(代码|编码|编号|名称)$/;

export type FlatColumn = FlatField | ExtraColumn | null;

/** What a header cell of the flat layout names. */
export const flatHeaderField = remembered((text: string): FlatColumn => {
  const key = labelKey(text);
  return FLAT_NAMES.find(([, pattern]) => pattern.test(key))?.[0] ?? headerField(text);
});

export interface FlatHeader {
  /** First and last row of the header (0-based). */
  row: number;
  lastRow: number;
  /** What each header column names, by column (null: a name we do not know). */
  named: Map<number, FlatColumn>;
  /** The first column of each field. */
  fields: Partial<Record<FlatField, number>>;
}

/** How far down a header is looked for: titles and notes above it take a few rows at most. */
const HEADER_ROWS = 20;

function fieldsOf(named: Map<number, FlatColumn>): Partial<Record<FlatField, number>> {
  const fields: Partial<Record<FlatField, number>> = {};
  for (const [c, name] of named)
    if (name && name !== "quiet" && name !== "reported" && fields[name] === undefined)
      fields[name] = c;
  return fields;
}

/** A flat layout names its project, its 三级指标 and its value (whole or by 计算符号). */
function isFlat(fields: Partial<Record<FlatField, number>>): boolean {
  const project = fields.projectCode !== undefined || fields.projectName !== undefined;
  const value = fields.value !== undefined || fields.nature !== undefined;
  return project && value && fields.level3 !== undefined;
}

function oneRow(grid: CellGrid, r: number): Map<number, FlatColumn> {
  const named = new Map<number, FlatColumn>();
  for (const c of grid.filled(r)) named.set(c, flatHeaderField(grid.text(r, c)));
  return named;
}

/** The group text over a column: its own, its horizontal merge's, or (merges unknown) the left's. */
function groupText(grid: CellGrid, r: number, c: number): string {
  const own = grid.text(r, c);
  if (own !== "") return own;
  const from = grid.mergedFrom(r, c);
  if (from) return from.row === r ? grid.text(r, from.column) : "";
  if (grid.knowsMerges) return "";
  for (let left = c - 1; left >= 0; left--)
    if (grid.text(r, left) !== "") return grid.text(r, left);
  return "";
}

/**
 * Rows r and r + 1 read as one header, or null when the lower row is not all header names. A
 * part (代码, 名称) is read with its group; a name of its own (计算符号) alone.
 */
function twoRows(grid: CellGrid, r: number): Map<number, FlatColumn> | null {
  const lower = grid.filled(r + 1);
  if (lower.length === 0) return null;
  const named = oneRow(grid, r);
  for (const c of lower) {
    const part = grid.text(r + 1, c);
    const group = groupText(grid, r, c);
    const name = PART.test(labelKey(part))
      ? flatHeaderField(`${group}${part}`)
      : (flatHeaderField(part) ?? flatHeaderField(`${group}${part}`));
    if (name === null) return null;
    named.set(c, name);
  }
  return named;
}

/** The flat layout's header among the first rows of a sheet, or null when the sheet is not one. */
export function findFlatHeader(grid: CellGrid): FlatHeader | null {
  for (let r = 0; r < Math.min(grid.rowCount, HEADER_ROWS); r++) {
    if (grid.filled(r).length < 2) continue;
    const double = r + 1 < grid.rowCount ? twoRows(grid, r) : null;
    if (double && isFlat(fieldsOf(double)))
      return { row: r, lastRow: r + 1, named: double, fields: fieldsOf(double) };
    const single = oneRow(grid, r);
    if (isFlat(fieldsOf(single)))
      return { row: r, lastRow: r, named: single, fields: fieldsOf(single) };
  }
  return null;
}
