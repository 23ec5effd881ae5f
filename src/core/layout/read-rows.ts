/**
 * The one row loop of the year-after readers (自评表 and 监控表, ours and published): the rows of an
 * indicator table below its header, blank rows skipped, 一级 and 二级 carried down the cells that a
 * merge leaves empty. Each reader reads its own columns of a row through `each`.
 */
import { IndicatorRow } from "../model";
import { Scalar } from "./plan";
import { cellText as text } from "./read-cells";

/** 0-based columns of the names and the 指标值, and how many columns a row spans. */
export interface RowColumns {
  level1: number;
  level2: number;
  level3: number;
  value: number;
  width: number;
}

export interface ReadRows {
  indicators: IndicatorRow[];
  /** The 0-based grid row of each indicator. */
  rows: number[];
}

/** Reads rows `first` up to `end` (0-based, end excluded); `each` gets every row read. */
export function readIndicatorRows(
  grid: Scalar[][],
  first: number,
  end: number,
  columns: RowColumns,
  each: (r: number, cells: string[]) => void
): ReadRows {
  const read: ReadRows = { indicators: [], rows: [] };
  let level1 = "";
  let level2 = "";
  for (let r = first; r < end; r++) {
    const cells = Array.from({ length: columns.width }, (_, c) => text(grid[r]?.[c]));
    if (cells.every((c) => c === "")) continue;
    // Merged 一级 / 二级 cells read as empty below their first row.
    if (cells[columns.level1] !== "") {
      level1 = cells[columns.level1];
      level2 = "";
    }
    if (cells[columns.level2] !== "") level2 = cells[columns.level2];
    read.indicators.push({
      level1,
      level2,
      level3: cells[columns.level3],
      description: "",
      value: cells[columns.value],
      basis: "",
    });
    read.rows.push(r);
    each(r, cells);
  }
  return read;
}
