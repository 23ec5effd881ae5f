/**
 * The tables of an HTML document as grids for the form reader: a bureau's web page pasted or saved,
 * an `.xls` that a budget system wrote as HTML, a `.html` file. `rowspan`/`colspan` become merges
 * (the value in the top-left cell), `<br>` and block ends become line breaks inside a cell,
 * entities are decoded. A table inside a cell is a table of its own (pages lay out with tables);
 * the outer cell keeps only its own text. A tokenizer, not a DOM: the same in Node and the pane,
 * linear in the input, nothing fetched, scripts and styles skipped.
 */
import type { Scalar } from "../layout/plan";
import type { SheetValues } from "../layout/workbook";
import type { Problem } from "../problem";
import { cutSheet, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, repairMerges, Span } from "./sheet-limits";

const NAMED: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  times: "×",
  divide: "÷",
  middot: "·",
  ge: "≥",
  le: "≤",
  ne: "≠",
  plusmn: "±",
  yen: "¥",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  permil: "‰",
  deg: "°",
  bull: "•",
};

/** Text with character references decoded (unknown names are kept as written). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A plain decimal written as text becomes a number, as a spreadsheet would read it; codes stay text. */
export function valueOfText(text: string): Scalar {
  if (text === "") return null;
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

interface Cell {
  text: string;
  rowspan: number;
  colspan: number;
}

interface Table {
  /** Where the table opens among the document's tables. */
  order: number;
  rows: Cell[][];
  cell: Cell | null;
  /** Rows past MAX_ROWS, counted and not kept (a million-row page costs no memory). */
  dropped: number;
}

const spanOf = (attributes: string, name: string, max: number) => {
  const value = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attributes)?.[1];
  return Math.min(Math.max(Number(value ?? 1) || 1, 1), max);
};

/** Tags whose end is a line break inside a cell. */
const BLOCK = /^(p|div|li|h[1-6]|tr)$/;
/** How deeply tables may nest before what is inside is skipped. */
const MAX_DEPTH = 16;

function collectTables(html: string, problems: Problem[]): Table[] {
  const done: Table[] = [];
  const open: Table[] = [];
  let skipped = 0;
  let opened = 0;
  let deep = false;
  const text = html.replace(/<!--[^]*?-->|<(script|style|template)\b[^]*?<\/\1\s*>/gi, "");
  const token = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|([^<]+)/g;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const table = open[open.length - 1];
    if (m[4] !== undefined) {
      if (table?.cell) table.cell.text += m[4].replace(/\s+/g, " ");
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    if (tag === "table") {
      if (!closing) {
        if (open.length >= MAX_DEPTH) {
          skipped++;
          deep = true;
        } else open.push({ order: opened++, rows: [], cell: null, dropped: 0 });
      } else if (skipped > 0) skipped--;
      else if (table) {
        done.push(open.pop()!);
      }
      continue;
    }
    if (!table || skipped > 0) continue;
    if (tag === "tr" && !closing) {
      if (table.rows.length < MAX_ROWS) table.rows.push([]);
      else table.dropped++;
      table.cell = null;
    } else if ((tag === "td" || tag === "th") && !closing) {
      if (table.dropped > 0) continue;
      if (table.rows.length === 0) table.rows.push([]);
      table.cell = {
        text: "",
        rowspan: spanOf(m[3], "rowspan", 1000),
        colspan: spanOf(m[3], "colspan", MAX_COLUMNS),
      };
      table.rows[table.rows.length - 1].push(table.cell);
    } else if ((tag === "td" || tag === "th") && closing) table.cell = null;
    else if (table.cell && (tag === "br" || (closing && BLOCK.test(tag)))) table.cell.text += "\n";
  }
  while (open.length > 0) done.push(open.pop()!); // unclosed tables still count
  if (deep)
    problems.push({
      rule: "import/too-deep",
      severity: "warning",
      message: `网页中的表格嵌套超过 ${MAX_DEPTH} 层，更深处的内容未读取`,
    });
  // Tables close inner-first; a reader sees them in the order they open.
  return done.sort((a, b) => a.order - b.order);
}

const cleanText = (text: string) =>
  decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");

/** One table's rows laid on a grid: each cell at the first column its row has free. */
function layTable(
  name: string,
  { rows, dropped }: Table
): { sheet: SheetValues; problems: Problem[] } {
  const grid: Scalar[][] = [];
  const taken: boolean[][] = [];
  const spans: Span[] = [];
  const limit = Math.min(rows.length, MAX_ROWS);
  let width = 0;
  for (let r = 0; r < limit; r++) {
    grid[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const cell of rows[r]) {
      while (taken[r][c]) c++;
      if (c >= MAX_COLUMNS) break;
      const bottom = Math.min(r + cell.rowspan, limit) - 1;
      const right = Math.min(c + cell.colspan, MAX_COLUMNS) - 1;
      for (let rr = r; rr <= bottom; rr++) {
        grid[rr] ??= [];
        taken[rr] ??= [];
        for (let cc = c; cc <= right; cc++) taken[rr][cc] = true;
      }
      grid[r][c] = valueOfText(cleanText(cell.text));
      if (bottom > r || right > c) spans.push({ top: r, left: c, bottom, right });
      width = Math.max(width, right + 1);
      c = right + 1;
    }
  }
  const full = grid
    .slice(0, limit)
    .map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const { merges, problems } = repairMerges(name, spans, full.length, width);
  const cut = cutSheet(
    { name, grid: full, merges },
    {
      rows: rows.length + dropped,
      columns: rows.reduce(
        (w, row) =>
          Math.max(
            w,
            row.reduce((n, c) => n + c.colspan, 0)
          ),
        0
      ),
    }
  );
  return { sheet: cut.sheet, problems: [...problems, ...cut.problems] };
}

const hasValue = (grid: Scalar[][]) => grid.some((row) => row.some((v) => v !== null));

/** The tables of an HTML document with content, one sheet each (表格1, 表格2 … in document order). */
export function htmlTables(html: string): { sheets: SheetValues[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const tables = collectTables(html, problems);
  const sheets: SheetValues[] = [];
  for (const table of tables) {
    if (sheets.length >= MAX_SHEETS) break;
    const laid = layTable(`表格${sheets.length + 1}`, table);
    if (!hasValue(laid.sheet.grid)) continue;
    sheets.push(laid.sheet);
    problems.push(...laid.problems);
  }
  return { sheets, problems };
}
