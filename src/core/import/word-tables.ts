/**
 * The tables of a Word document as grids for the form reader: .docx (word/document.xml) and Word
 * 2003 XML, which write tables alike. `w:gridSpan` is a merge across, `w:vMerge` (2003: `w:vmerge`)
 * one down, `w:gridBefore` skipped columns; a cell's text is its runs' `w:t`, with tabs, breaks and
 * paragraph ends kept as line breaks. A table inside a cell is a table of its own. A tokenizer, not
 * an XML parser: no DOCTYPE or entity is ever resolved.
 */
import type { Scalar } from "../layout/plan";
import type { SheetValues } from "../layout/workbook";
import type { Problem } from "../problem";
import { decodeEntities, valueOfText } from "./html-tables";
import { cutSheet, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, repairMerges, Span } from "./sheet-limits";

interface WordCell {
  text: string;
  span: number;
  /** `restart` opens a vertical merge, `continue` extends the one above. */
  vmerge: "restart" | "continue" | null;
}

interface WordRow {
  before: number;
  cells: WordCell[];
}

interface WordTable {
  order: number;
  rows: WordRow[];
  cell: WordCell | null;
}

const valOf = (attributes: string) => /\bw:val\s*=\s*["']([^"']*)["']/i.exec(attributes)?.[1];
const MAX_DEPTH = 16;

function collectTables(xml: string): WordTable[] {
  const done: WordTable[] = [];
  const open: WordTable[] = [];
  let opened = 0;
  let inText = false;
  const token = /<(\/?)([\w:.-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const table = open[open.length - 1];
    if (m[5] !== undefined) {
      if (inText && table?.cell) table.cell.text += decodeEntities(m[5]);
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    const empty = m[4] === "/";
    if (tag === "w:tbl") {
      if (!closing && open.length < MAX_DEPTH) open.push({ order: opened++, rows: [], cell: null });
      else if (closing && table) done.push(open.pop()!);
      continue;
    }
    if (!table) continue;
    if (tag === "w:tr" && !closing) table.rows.push({ before: 0, cells: [] });
    else if (tag === "w:gridbefore" && table.rows.length > 0)
      table.rows[table.rows.length - 1].before = Math.min(Number(valOf(m[3])) || 0, MAX_COLUMNS);
    else if (tag === "w:tc" && !closing && table.rows.length > 0) {
      table.cell = { text: "", span: 1, vmerge: null };
      table.rows[table.rows.length - 1].cells.push(table.cell);
    } else if (tag === "w:tc" && closing) table.cell = null;
    else if (!table.cell) continue;
    else if (tag === "w:gridspan")
      table.cell.span = Math.min(Math.max(Number(valOf(m[3])) || 1, 1), MAX_COLUMNS);
    else if (tag === "w:vmerge")
      table.cell.vmerge = valOf(m[3]) === "restart" ? "restart" : "continue";
    else if (tag === "w:t") inText = !closing && !empty;
    else if (tag === "w:tab") table.cell.text += " ";
    else if (tag === "w:br" || tag === "w:cr" || (tag === "w:p" && closing))
      table.cell.text += "\n";
  }
  while (open.length > 0) done.push(open.pop()!);
  return done.sort((a, b) => a.order - b.order);
}

const cleanText = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");

function layTable(name: string, table: WordTable): { sheet: SheetValues; problems: Problem[] } {
  const rows = table.rows.slice(0, MAX_ROWS);
  const grid: Scalar[][] = [];
  const spans: Span[] = [];
  /** The vertical merge open in each column: the index of its span. */
  const openDown = new Map<number, number>();
  let width = 0;
  rows.forEach((row, r) => {
    grid.push([]);
    let c = row.before;
    for (const cell of row.cells) {
      if (c >= MAX_COLUMNS) break;
      const right = Math.min(c + cell.span, MAX_COLUMNS) - 1;
      const above = openDown.get(c);
      if (cell.vmerge === "continue" && above !== undefined && spans[above].bottom === r - 1) {
        spans[above].bottom = r;
      } else {
        grid[r][c] = valueOfText(cleanText(cell.text));
        if (cell.vmerge === "restart" || right > c) {
          spans.push({ top: r, left: c, bottom: r, right });
          if (cell.vmerge === "restart") openDown.set(c, spans.length - 1);
          else openDown.delete(c);
        } else openDown.delete(c);
      }
      width = Math.max(width, right + 1);
      c = right + 1;
    }
  });
  const full = grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const real = spans.filter((s) => s.bottom > s.top || s.right > s.left);
  const { merges, problems } = repairMerges(name, real, full.length, width);
  const cut = cutSheet({ name, grid: full, merges }, { rows: table.rows.length, columns: width });
  return { sheet: cut.sheet, problems: [...problems, ...cut.problems] };
}

/** The tables of a Word document's XML with content, one sheet each (表格1, 表格2 … in document order). */
export function wordTables(xml: string): { sheets: SheetValues[]; problems: Problem[] } {
  const sheets: SheetValues[] = [];
  const problems: Problem[] = [];
  for (const table of collectTables(xml)) {
    if (sheets.length >= MAX_SHEETS) break;
    const laid = layTable(`表格${sheets.length + 1}`, table);
    if (!laid.sheet.grid.some((row) => row.some((v) => v !== null))) continue;
    sheets.push(laid.sheet);
    problems.push(...laid.problems);
  }
  return { sheets, problems };
}
