/**
 * The document's blocks → sheets, as the spreadsheet they were printed from would read: each
 * table a grid (A1 at [0][0], a merged cell's value at its top-left, null elsewhere) with the title
 * and unit lines printed above it as its first rows, each piece of such a line in the column it
 * stands over. Lines before the first table are the document's own text (the overview); other
 * lines outside tables are reported, not dropped silently. Every cell keeps its place on the page.
 */
import { Problem } from "../../problem";
import { rangeName, Scalar } from "../../layout/plan";
import type { SheetValues } from "../../layout/workbook";
import { PdfBlock, PdfLayout, PdfLine, PdfTable, Place } from "./document";
import { PdfSettings } from "./settings";

export interface PdfSheet extends SheetValues {
  /** Merged ranges, `A4:A6`, as a spreadsheet lists them. */
  merges: string[];
  /** Where each cell was read on the page, for problems found in the sheet. */
  places: (Place | null)[][];
}

export interface PdfSheets {
  sheets: PdfSheet[];
  /** Lines before the first table, in reading order. */
  leading: PdfLine[];
  problems: Problem[];
}

/** The lines directly above the table at `index`, gap by gap, as many as a heading has. */
function headingOf(
  blocks: PdfBlock[],
  index: number,
  taken: Set<number>,
  s: PdfSettings
): number[] {
  const table = (blocks[index] as { table: PdfTable }).table;
  const heading: number[] = [];
  let below = table.place.y;
  for (let i = index - 1; i >= 0 && heading.length < s.maxHeadingLines; i--) {
    const block = blocks[i];
    if (block.kind !== "line" || taken.has(i)) break;
    const line = block.line;
    if (line.page !== table.place.page || below - line.bottom > s.headingGap * line.size) break;
    heading.unshift(i);
    below = line.top;
  }
  return heading;
}

/** Column of a piece of a heading line: the first piece in A, the others over the column they start in. */
function columnOf(xs: number[], x: number, piece: number): number {
  if (piece === 0) return 0;
  let column = 0;
  while (column + 1 < xs.length - 1 && xs[column + 1] <= x) column++;
  return Math.max(column, 1);
}

function sheetOf(table: PdfTable, heading: PdfLine[], name: string): PdfSheet {
  const columns = Math.max(table.xs.length - 1, 1);
  const rows = heading.length + table.rowCount;
  const grid: Scalar[][] = Array.from({ length: rows }, () => Array<Scalar>(columns).fill(null));
  const places: (Place | null)[][] = Array.from({ length: rows }, () =>
    Array<Place | null>(columns).fill(null)
  );
  const merges: string[] = [];
  heading.forEach((line, r) => {
    line.chunks.forEach((chunk, k) => {
      const c = columnOf(table.xs, chunk.x0, k);
      const before = grid[r][c];
      grid[r][c] = before === null ? chunk.text : `${before} ${chunk.text}`;
      places[r][c] ??= { page: line.page, x: chunk.x0, y: chunk.top };
    });
  });
  for (const cell of table.cells) {
    const r = heading.length + cell.row;
    if (cell.column < 0 || cell.column >= columns || r >= rows) continue;
    grid[r][cell.column] = cell.text === "" ? null : cell.text;
    places[r][cell.column] = cell.place;
    if (cell.rowSpan > 1 || cell.columnSpan > 1)
      merges.push(
        rangeName(r + 1, cell.column + 1, r + cell.rowSpan, cell.column + cell.columnSpan)
      );
  }
  return { name, grid, merges, places };
}

function unique(name: string, names: Set<string>): string {
  let candidate = name;
  for (let n = 2; names.has(candidate); n++) candidate = `${name}(${n})`;
  names.add(candidate);
  return candidate;
}

/** Sheets of every table, the lines before the first one, and problems for lines read nowhere. */
export function sheetsOf(layout: PdfLayout, s: PdfSettings): PdfSheets {
  const { blocks } = layout;
  const taken = new Set<number>();
  const names = new Set<string>();
  const sheets: PdfSheet[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "table") return;
    const heading = headingOf(blocks, index, taken, s);
    heading.forEach((i) => taken.add(i));
    const lines = heading.map((i) => (blocks[i] as { line: PdfLine }).line);
    const name = lines[0]?.text ?? `第${block.table.place.page}页的表格`;
    sheets.push(sheetOf(block.table, lines, unique(name, names)));
  });
  const firstTable = blocks.findIndex((b, i) => b.kind === "table" || taken.has(i));
  const leading: PdfLine[] = [];
  const problems: Problem[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== "line" || taken.has(i)) return;
    if (firstTable < 0 || i < firstTable) leading.push(block.line);
    else
      problems.push({
        rule: "import/pdf-unplaced",
        severity: "warning",
        page: block.line.page,
        x: block.line.x0,
        y: block.line.top,
        message: `表格之外的文字“${block.line.text}”不属于任何表格，未读取`,
      });
  });
  return { sheets, leading, problems };
}
