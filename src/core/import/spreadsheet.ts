/**
 * Workbooks other than the .xlsx ExcelJS reads, through SheetJS (@e965/xlsx, see docs/formats.md):
 * BIFF8 .xls as Excel and WPS save it (WPS .et too), SpreadsheetML 2003 XML, OpenDocument .ods,
 * .xlsb, and .xlsx when ExcelJS refuses it (WPS's overlapping merges). Only cached values are
 * read: no formula is evaluated and no link followed (SheetJS does neither). Loaded on demand, in
 * its own chunk in the pane.
 */
import * as XLSX from "@e965/xlsx";
import type { Scalar } from "../layout/plan";
import type { SheetValues } from "../layout/workbook";
import type { Problem } from "../problem";
import { cutSheet, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, repairMerges } from "./sheet-limits";

function scalarOf(cell: XLSX.CellObject | undefined): Scalar {
  if (!cell) return null;
  switch (cell.t) {
    case "s":
      return typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
    case "n":
      return typeof cell.v === "number" && Number.isFinite(cell.v) ? cell.v : null;
    case "b":
      return Boolean(cell.v);
    case "d":
      return cell.v instanceof Date ? cell.v.toISOString() : String(cell.v ?? "");
    case "e":
      return cell.w ?? "#N/A";
    default:
      return null;
  }
}

function sheetValues(name: string, sheet: XLSX.WorkSheet) {
  const ref = sheet["!ref"];
  const range = ref ? XLSX.utils.decode_range(ref) : null;
  const spans = (sheet["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  // ODS writers leave trailing merged-but-empty cells out of the extent: merges count as content.
  const lastRow = spans.reduce((n, s) => Math.max(n, s.bottom), range ? range.e.r : -1);
  const lastColumn = spans.reduce((n, s) => Math.max(n, s.right), range ? range.e.c : -1);
  const rows = Math.min(lastRow + 1, MAX_ROWS);
  const columns = Math.min(lastColumn + 1, MAX_COLUMNS);
  const data = (sheet["!data"] ?? []) as (XLSX.CellObject | undefined)[][];
  const grid: Scalar[][] = [];
  for (let r = 0; r < rows; r++) {
    const source = data[r] ?? [];
    const row: Scalar[] = new Array(columns);
    for (let c = 0; c < columns; c++) row[c] = scalarOf(source[c]);
    grid.push(row);
  }
  const { merges, problems } = repairMerges(name, spans, rows, columns);
  // A merged range's value is its top-left cell's; some producers repeat it in the rest. Any
  // other value under a merge is kept (never dropped silently).
  for (const merge of merges) {
    const [from, to = from] = merge.split(":").map((a) => XLSX.utils.decode_cell(a));
    const first = grid[from.r][from.c];
    for (let r = from.r; r <= to.r; r++)
      for (let c = from.c; c <= to.c; c++)
        if ((r !== from.r || c !== from.c) && grid[r][c] === first) grid[r][c] = null;
  }
  // With `sheetRows`, SheetJS stops at the limit and keeps the sheet's own extent in !fullref.
  const full = XLSX.utils.decode_range(sheet["!fullref"] ?? ref ?? "A1");
  const { sheet: out, problems: cutProblems } = cutSheet(
    { name, grid, merges },
    { rows: Math.max(lastRow, full.e.r) + 1, columns: Math.max(lastColumn, full.e.c) + 1 }
  );
  return { sheet: out, problems: [...problems, ...cutProblems] };
}

export interface ReadWorkbook {
  sheets: SheetValues[];
  problems: Problem[];
}

/** The sheets of a workbook SheetJS reads (its cached values, its merges repaired, cut to size). */
export function readWorkbook(bytes: Uint8Array | string): ReadWorkbook {
  // SheetJS reports some ODS number formats it cannot show on the console; values are unaffected.
  const consoleError = console.error;
  let book: XLSX.WorkBook;
  try {
    console.error = () => undefined;
    book = XLSX.read(bytes, {
      type: typeof bytes === "string" ? "string" : "array",
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
      sheetRows: MAX_ROWS + 1,
    });
  } finally {
    console.error = consoleError;
  }
  const sheets: SheetValues[] = [];
  const problems: Problem[] = [];
  for (const name of book.SheetNames.slice(0, MAX_SHEETS)) {
    const sheet = book.Sheets[name];
    if (!sheet) continue;
    const read = sheetValues(name, sheet);
    sheets.push(read.sheet);
    problems.push(...read.problems);
  }
  if (book.SheetNames.length > MAX_SHEETS)
    problems.push({
      rule: "import/sheet-cut",
      severity: "warning",
      message: `工作簿有 ${book.SheetNames.length} 张工作表，只读取了前 ${MAX_SHEETS} 张`,
    });
  return { sheets, problems };
}

/** One entry of a zip as UTF-8 text (a .docx's word/document.xml), or null when it is absent. */
export function zipText(bytes: Uint8Array, path: string): string | null {
  const zip = XLSX.CFB.read(bytes, { type: "array" });
  const entry = XLSX.CFB.find(zip, `/${path}`); // paths are found from the root
  if (!entry?.content) return null;
  return new TextDecoder("utf-8").decode(entry.content as Uint8Array);
}
