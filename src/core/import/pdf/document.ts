/**
 * A page → its blocks in reading order: tables with the text of each cell, and the lines outside
 * tables (titles, unit lines, page text) with their page and height. Each glyph goes to the cell
 * its midpoint falls in. What the reader is unsure of is reported with its place (camelot's
 * parsing report): text overflowing its cell, text in no cell, a table found without rules.
 */
import { Problem } from "../../problem";
import { PAGE_FOOTER } from "../text/lines";
import { findTables, RuledTable } from "./edges";
import { Box, centerX, centerY, contains, Glyph, PdfPage } from "./page";
import { PdfSettings } from "./settings";
import { cellText, Chunk, chunksOf, groupLines, TextLine, textOf } from "./text";
import { unruledTables } from "./unruled";

/** A place on a page, top-left origin, points: what problems carry. */
export interface Place {
  page: number;
  x: number;
  y: number;
}

export interface PdfCell {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  /** Left and right border (points), for matching columns across pages. */
  x0: number;
  x1: number;
  text: string;
  /** Where the cell's text begins (its top-left corner when it is empty). */
  place: Place;
  open: { top: boolean; bottom: boolean };
}

export interface PdfTable {
  /** False for a table found from word alignment. */
  ruled: boolean;
  /** Column borders. */
  xs: number[];
  rowCount: number;
  cells: PdfCell[];
  /** Where it starts. */
  place: Place;
  /** Page and bottom border of its last part. */
  end: { page: number; bottom: number };
}

export interface PdfLine extends Box {
  page: number;
  size: number;
  text: string;
  chunks: Chunk[];
}

export type PdfBlock = { kind: "table"; table: PdfTable } | { kind: "line"; line: PdfLine };

export interface PdfLayout {
  blocks: PdfBlock[];
  problems: Problem[];
}

const at = (page: number, box: Box): Place => ({ page, x: box.x0, y: box.top });

/** Index of the band that `v` falls in, between consecutive `borders`; -1 outside. */
function band(borders: number[], v: number): number {
  let lo = 0;
  let hi = borders.length - 1;
  if (v < borders[lo] || v > borders[hi]) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (v < borders[mid]) hi = mid;
    else lo = mid;
  }
  return lo;
}

export function clip(text: string, length = 20): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Gives each cell of `table` the glyphs whose midpoints fall in it; returns the glyphs outside it. */
function fillTable(
  table: RuledTable,
  ruled: boolean,
  glyphs: Glyph[],
  page: number,
  s: PdfSettings,
  problems: Problem[]
): { table: PdfTable; rest: Glyph[] } {
  const inCell: Glyph[][] = table.cells.map(() => []);
  const stray: Glyph[] = [];
  const rest: Glyph[] = [];
  for (const glyph of glyphs) {
    const x = centerX(glyph);
    const y = centerY(glyph);
    if (!contains(table, x, y)) {
      rest.push(glyph);
      continue;
    }
    const owner = table.owner[band(table.ys, y)]?.[band(table.xs, x)];
    if (owner === undefined) stray.push(glyph);
    else inCell[owner].push(glyph);
  }
  for (const line of groupLines(stray, s))
    problems.push({
      rule: "import/pdf-unplaced",
      severity: "warning",
      ...at(page, line),
      message: `表格中的文字“${clip(textOf(line.glyphs, s))}”不在任何单元格内（框线不完整），未读取`,
    });
  const cells = table.cells.map((cell, i): PdfCell => {
    const lines = groupLines(inCell[i], s);
    const text = cellText(lines, cell.x1 - cell.x0, s, cell.x0);
    const t = s.overflowTolerance;
    if (
      lines.some(
        (l) =>
          l.x0 < cell.x0 - t ||
          l.x1 > cell.x1 + t ||
          l.top < cell.top - t ||
          l.bottom > cell.bottom + t
      )
    )
      problems.push({
        rule: "import/pdf-overflow",
        severity: "warning",
        ...at(page, cell),
        message: `单元格“${clip(text)}”的文字超出了边框，可能有文字被遮住或读入了相邻单元格，请核对`,
      });
    return {
      row: cell.row,
      column: cell.column,
      rowSpan: cell.rowSpan,
      columnSpan: cell.columnSpan,
      x0: cell.x0,
      x1: cell.x1,
      text,
      place: at(page, lines[0] ?? cell),
      open: cell.open,
    };
  });
  return {
    table: {
      ruled,
      xs: table.xs,
      rowCount: table.ys.length - 1,
      cells,
      place: at(page, table),
      end: { page, bottom: table.bottom },
    },
    rest,
  };
}

/** Rows of a table found without rules that have fewer cells with text than most rows. */
function reportSparseRows(table: PdfTable, problems: Problem[]): void {
  const filled = Array.from({ length: table.rowCount }, () => 0);
  for (const cell of table.cells) if (cell.text !== "") filled[cell.row]++;
  const usual = Math.max(...filled);
  filled.forEach((count, row) => {
    if (count >= usual) return;
    const first =
      table.cells.find((c) => c.row === row && c.text !== "") ??
      table.cells.find((c) => c.row === row);
    problems.push({
      rule: "import/pdf-row-cells",
      severity: "warning",
      ...(first?.place ?? table.place),
      message: `无框线表格的这一行只有 ${count} 个单元格有文字（多数行有 ${usual} 个），可能是上一行换行的部分，请核对`,
    });
  });
}

/** One page: its tables (ruled, then from word alignment) and the lines outside them. */
export function readPage(page: PdfPage, s: PdfSettings): PdfLayout {
  const problems: Problem[] = [];
  const blocks: PdfBlock[] = [];
  let glyphs = page.glyphs;
  for (const ruled of findTables(page.edges, s)) {
    const filled = fillTable(ruled, true, glyphs, page.number, s, problems);
    blocks.push({ kind: "table", table: filled.table });
    glyphs = filled.rest;
  }
  const lines = groupLines(glyphs, s).filter((l) => !PAGE_FOOTER.test(textOf(l.glyphs, s)));
  const taken = new Set<number>();
  for (const found of unruledTables(lines, s)) {
    const tables = findTables(found.edges, s);
    if (tables.length !== 1) continue;
    const own = found.lines.flatMap((i) => lines[i].glyphs);
    const filled = fillTable(tables[0], false, own, page.number, s, problems);
    found.lines.forEach((i) => taken.add(i));
    blocks.push({ kind: "table", table: filled.table });
    problems.push({
      rule: "import/pdf-unruled",
      severity: "warning",
      ...filled.table.place,
      message: `这张表格没有框线，已按文字对齐推断为 ${tables[0].xs.length - 1} 列、每行一行文字；跨行的单元格会被读成多行，请核对`,
    });
    reportSparseRows(filled.table, problems);
  }
  lines.forEach((line: TextLine, i) => {
    if (taken.has(i)) return;
    const text = textOf(line.glyphs, s);
    blocks.push({
      kind: "line",
      line: { ...line, page: page.number, size: line.size, text, chunks: chunksOf(line, s) },
    });
  });
  const top = (b: PdfBlock) => (b.kind === "table" ? b.table.place.y : b.line.top);
  blocks.sort((a, b) => top(a) - top(b));
  return { blocks, problems };
}
