/**
 * Importer for indicator tables: rows pasted from a spreadsheet, or read from an .xlsx that a
 * budget system exported, found by their header names (columns.ts) in either indicator tree and
 * read by the same row reader (rows.ts) as a form's table. Every cell it cannot place is reported
 * with its address instead of being dropped or moved to another column.
 */
import { Problem } from "../problem";
import { IndicatorRow } from "../model";
import { Scalar } from "../layout/plan";
import { ExtraColumn, headerField, IndicatorField } from "./columns";
import { CellGrid } from "./grid";
import { readIndicatorRows } from "./rows";

export { readIndicatorRows } from "./rows";
export type { IndicatorRead } from "./rows";

export interface TableImport {
  indicators: IndicatorRow[];
  diagnostics: Problem[];
}

export interface IndicatorHeader {
  /** First and last row of the header (0-based; a header may take two rows). */
  row: number;
  lastRow: number;
  fields: Partial<Record<IndicatorField, number>>;
  /** What each header cell names, by column; null for a name we do not know. */
  named: Map<number, IndicatorField | ExtraColumn | null>;
}

/** Rows of pasted text: tab-separated as spreadsheets copy them, or comma-separated. */
export function parseDelimited(input: string): string[][] {
  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  const tab = lines.some((l) => l.includes("\t"));
  return lines.map((line) => (tab ? line.split("\t") : splitCsv(line)));
}

/** One CSV line into cells, with quoted cells (text holding commas, "" for a quote). */
export function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function namesOf(grid: CellGrid, row: number): Map<number, IndicatorField | ExtraColumn | null> {
  const named = new Map<number, IndicatorField | ExtraColumn | null>();
  for (const c of grid.filled(row)) named.set(c, headerField(grid.text(row, c)));
  return named;
}

/**
 * The first indicator header in rows [from, to): a row naming 一级指标 and 指标值 (or 指标性质).
 * A second row of sub-headers under it (指标性质 | 指标值 | 度量单位 under a merged 指标值) is
 * taken in, its names winning over the row above.
 */
export function findIndicatorHeader(
  grid: CellGrid,
  from = 0,
  to = grid.rowCount
): IndicatorHeader | null {
  for (let r = Math.max(0, from); r < Math.min(to, grid.rowCount); r++) {
    const named = namesOf(grid, r);
    const fields: Partial<Record<IndicatorField, number>> = {};
    for (const [c, name] of named)
      if (name && name !== "quiet" && name !== "reported" && fields[name] === undefined)
        fields[name] = c;
    if (fields.level1 === undefined || (fields.value === undefined && fields.nature === undefined))
      continue;
    const below = r + 1 < to ? namesOf(grid, r + 1) : new Map();
    const subHeader = below.size > 0 && [...below.values()].every((n) => n !== null);
    if (!subHeader) return { row: r, lastRow: r, fields, named };
    for (const [c, name] of below) {
      for (const field of Object.keys(fields) as IndicatorField[])
        if (fields[field] === c) delete fields[field];
      named.set(c, name);
      if (name !== "quiet" && name !== "reported") fields[name as IndicatorField] = c;
    }
    return { row: r, lastRow: r + 1, fields, named };
  }
  return null;
}

/**
 * Reads a bare indicator table (A1 at [0][0]); `sheet` names the cells in diagnostics, `merges`
 * (A1 ranges) tells merged cells from blank ones when the source knows them.
 */
export function importIndicatorTable(
  grid: Scalar[][],
  sheet?: string,
  merges?: readonly string[]
): TableImport {
  const cells = new CellGrid(grid, sheet ?? "", merges);
  const header = findIndicatorHeader(cells);
  if (!header) {
    return {
      indicators: [],
      diagnostics: [
        {
          rule: "import/no-header",
          severity: "error",
          ...cells.address(0, 0),
          message: "没有找到表头（需要“一级指标”和“指标值”或“指标性质”列）",
        },
      ],
    };
  }
  const read = readIndicatorRows(cells, header);
  const above = cells.unused(0, header.row).map(({ row, column }) => ({
    rule: "import/unplaced",
    severity: "info" as const,
    ...cells.address(row, column),
    message: `表头之上的“${cells.text(row, column)}”未导入`,
  }));
  return { indicators: read.indicators, diagnostics: [...above, ...read.problems] };
}
