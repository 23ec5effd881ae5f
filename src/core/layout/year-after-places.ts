/**
 * What a 自评表 or 监控表 shows beside its model, and where each thing stands on its sheet: the
 * readers (our template's and the published layouts') fill these in, the review reads them. A
 * model keeps what the accountant decided; the review also needs what the sheet prints (a 总分 a
 * person typed, a 得分 that the template would have computed), and the cell to point at.
 */
import type { MonitorField, SelfEvalField } from "../problem";
import { cellName } from "./plan";

/** Where a table's rows and cells are: 1-based rows and columns, A1 cells. */
export interface TablePlaces<F extends string> {
  /** The sheet row of each indicator row, in the model's order. */
  rows: number[];
  /** The column of each field that every row has. */
  columns: Partial<Record<F, number>>;
  /** The cell of each field that the table has once (总分, 评价等级, 执行率 …). */
  cells: Partial<Record<F, string>>;
}

export type SelfEvalPlaces = TablePlaces<SelfEvalField>;
export type MonitorPlaces = TablePlaces<MonitorField>;

/** What a 自评表 prints, as read: null (or "") where the cell is empty or not a number. */
export interface SelfEvalShown {
  /** 得分 of each indicator row. */
  scores: (number | null)[];
  /** 得分 of 预算执行率. */
  executionScore: number | null;
  /** 执行率 as a fraction, when the table prints one. */
  rate: number | null;
  /** The 分值 total of the 总分 row. */
  weightTotal: number | null;
  total: number | null;
  grade: string;
}

/** The cell of `field` in row `row` (0-based), or of the table's own `field`; null when unknown. */
export function placeCell<F extends string>(
  places: TablePlaces<F>,
  field: F | undefined,
  row: number | undefined
): string | null {
  if (row !== undefined) {
    const r = places.rows[row];
    if (r === undefined) return null;
    const column = places.columns[field ?? ("level3" as F)];
    return column ? cellName(r, column) : null;
  }
  return field ? (places.cells[field] ?? null) : null;
}
