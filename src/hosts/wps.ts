/**
 * The WPS 表格 host: applies sheet plans through the synchronous, VBA-like ET object model. Every
 * property access and call crosses a bridge, so it writes the whole sheet as one 2-D array, groups
 * formatting by value over multi-area ranges ("A1:F1,B3:C3"), and makes a sheet that looks like
 * one already written (the next project sheet) by copying that one and fixing only what differs.
 * For the review it reads every sheet with one Value2 each and selects a cell, writing nothing.
 * Enum values are numeric constants: the Et.* enums are declarations only and may be absent at
 * run time.
 */
import { bgr, byEqual, RangeOf, resolvedStyles, unions } from "./wps-plan";
import { chooseTemplate, Reuse } from "./wps-reuse";
import {
  cellName,
  columnName,
  formulaText,
  planArray,
  Scalar,
  SheetPlan,
  Style,
} from "../core/layout/plan";
import type { SheetValues } from "../core/layout/workbook";
import type { InsertResult, Progress, SheetSource } from "./excel";
import { cannotSelect, reasonOf, sheetGone } from "./messages";
import { mergesOf } from "./wps-merges";
import { applyConditionalFormats } from "./wps-conditions";
import { applyValidations, fixValidations } from "./wps-validations";

export { bgr, resolvedStyles, unions } from "./wps-plan";

const XL = {
  center: -4108,
  left: -4131,
  right: -4152,
  top: -4160,
  bottom: -4107,
  continuous: 1,
  portrait: 1,
  landscape: 2,
  paperA4: 9,
} as const;

const H_ALIGN: Record<string, number> = { left: XL.left, center: XL.center, right: XL.right };
const V_ALIGN: Record<string, number> = { top: XL.top, middle: XL.center, bottom: XL.bottom };
const FONT_KEYS = new Set<keyof Style>(["bold", "fontSize", "fontColor"]);

/** The sheet's values and formulas as one rectangle from A1, padded with "" to `extent`. */
function sheetArray(
  plan: SheetPlan,
  extent?: { rows: number; columns: number }
): { range: string; rows: (string | number | boolean)[][] } {
  const rows = planArray(plan, formulaText, "");
  const height = Math.max(rows.length, extent?.rows ?? 0, 1);
  const width = Math.max(rows[0]?.length ?? 0, extent?.columns ?? 0, 1);
  const grid = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? "")
  );
  return { range: `A1:${cellName(height, width)}`, rows: grid };
}

/**
 * A sheet's ranges by address, each fetched once: formats, values, validations and conditional
 * formats often go to the same address (a summary's A1:K13 takes its alignment and its values).
 */
function rangesOf(sheet: Et.Worksheet): RangeOf {
  const ranges = new Map<string, Et.Range>();
  return (address) => {
    let range = ranges.get(address);
    if (!range) {
      range = sheet.Range(address);
      ranges.set(address, range);
    }
    return range;
  };
}

/**
 * Formats grouped by the address they go to: one Range() per address, and one Font / Interior /
 * Borders object per range however many of their properties are set.
 */
function applyStyles(rangeOf: RangeOf, styles: SheetPlan["styles"]): void {
  const byAddress = new Map<string, [keyof Style, unknown][]>();
  for (const { key, value, ranges } of resolvedStyles(styles).values()) {
    for (const address of unions(ranges))
      byAddress.set(address, [...(byAddress.get(address) ?? []), [key, value]]);
  }
  for (const [address, entries] of byAddress) {
    const range = rangeOf(address);
    const font = entries.some(([key]) => FONT_KEYS.has(key)) ? range.Font : null;
    for (const [key, value] of entries) {
      switch (key) {
        case "bold":
          font!.Bold = value as boolean;
          break;
        case "fontSize":
          font!.Size = value as number;
          break;
        case "fontColor":
          font!.Color = bgr(value as string);
          break;
        case "fill":
          range.Interior.Color = bgr(value as string);
          break;
        case "hAlign":
          range.HorizontalAlignment = H_ALIGN[value as string];
          break;
        case "vAlign":
          range.VerticalAlignment = V_ALIGN[value as string];
          break;
        case "wrap":
          range.WrapText = value as boolean;
          break;
        case "border":
          range.Borders.LineStyle = XL.continuous;
          break;
        case "numberFormat":
          range.NumberFormat = value as string;
          break;
      }
    }
  }
}

function applySizes(
  rangeOf: RangeOf,
  columnWidths: [number, number][],
  rowHeights: [number, number][]
): void {
  const widths = byEqual(columnWidths.map(([c, w]) => [`${columnName(c)}:${columnName(c)}`, w]));
  for (const [width, columns] of widths)
    for (const address of unions(columns)) rangeOf(address).ColumnWidth = width;
  const heights = byEqual(rowHeights.map(([row, h]) => [`${row}:${row}`, h]));
  for (const [height, rows] of heights)
    for (const address of unions(rows)) rangeOf(address).RowHeight = height;
}

/** The sheets of the active workbook, the number of them, and the last one to add after. */
interface Book {
  sheets: Et.Sheets;
  count: number;
  last: Et.Worksheet;
}

/** What every entry point says when WPS has no workbook open (Excel always has one). */
export const NO_WORKBOOK = "请先打开或新建一个工作簿";

/** The workbook to work in; with none open, an Error carrying NO_WORKBOOK, never a TypeError. */
function activeWorkbook(app: Et.Application): Et.Workbook {
  const workbook = app.ActiveWorkbook as Et.Workbook | null | undefined;
  if (!workbook) throw new Error(NO_WORKBOOK);
  return workbook;
}

function openBook(app: Et.Application): Book {
  const sheets = activeWorkbook(app).Worksheets;
  const count = sheets.Count;
  return { sheets, count, last: sheets.Item(count) as Et.Worksheet };
}

/**
 * The workbook's sheets and their names, read once: every sheet is fetched for its name, the last
 * of them is the one to add after, and Count is read once (a loop condition would read it again).
 */
function openBookWithNames(app: Et.Application): { book: Book; names: string[] } {
  const sheets = activeWorkbook(app).Worksheets;
  const count = sheets.Count;
  const names: string[] = [];
  let last: Et.Worksheet | undefined;
  for (let i = 1; i <= count; i++) {
    last = sheets.Item(i) as Et.Worksheet;
    names.push(last.Name);
  }
  return { book: { sheets, count, last: last! }, names };
}

/** Draws a plan on a new sheet at the end of the workbook, from scratch. */
function writeNew(app: Et.Application, book: Book, plan: SheetPlan): Et.Worksheet {
  const sheet = book.sheets.Add(null, book.last) as Et.Worksheet;
  book.count++;
  book.last = sheet;
  sheet.Name = plan.name;
  const font = sheet.Cells.Font;
  font.Name = plan.font.name;
  font.Size = plan.font.size;
  const rangeOf = rangesOf(sheet);
  applySizes(
    rangeOf,
    plan.columnWidths.map((w, i) => [i + 1, w]),
    Object.entries(plan.rowHeights).map(([row, h]) => [Number(row), h])
  );
  // Formats before values: a text format keeps "=100%" a text.
  applyStyles(rangeOf, plan.styles);
  const values = sheetArray(plan);
  rangeOf(values.range).Value2 = values.rows;
  for (const address of unions(plan.merges)) rangeOf(address).Merge();
  applyValidations(rangeOf, plan.validations);
  applyConditionalFormats(app, rangeOf, plan.conditionalFormats);
  const page = sheet.PageSetup;
  page.PrintArea = plan.print.area;
  page.Orientation = (
    plan.print.orientation === "portrait" ? XL.portrait : XL.landscape
  ) as Et.XlPageOrientation;
  page.PaperSize = XL.paperA4 as Et.XlPaperSize;
  page.Zoom = false;
  page.FitToPagesWide = 1;
  page.FitToPagesTall = false;
  return sheet;
}

/**
 * Draws a plan as a copy of a sheet already written: the copy brings formats, validations,
 * conditional formats and page setup; rows go in or out where the plans say (ranges stretch, as in
 * any spreadsheet), then sizes, validations, values, merges and print area are set where they
 * differ.
 */
function writeCopy(
  book: Book,
  template: Et.Worksheet,
  plan: SheetPlan,
  reuse: Reuse
): Et.Worksheet {
  template.Copy(undefined, book.last);
  const sheet = book.sheets.Item(++book.count) as Et.Worksheet;
  book.last = sheet;
  sheet.Name = plan.name;
  for (const address of unions(reuse.unmerge)) sheet.Range(address).UnMerge();
  const { at, count } = reuse.op;
  if (count > 0) sheet.Range(`${at}:${at + count - 1}`).Insert();
  if (count < 0) sheet.Range(`${at}:${at - count - 1}`).Delete();
  // Ranges fetched from here on: the rows have moved.
  const rangeOf = rangesOf(sheet);
  applySizes(rangeOf, reuse.columnWidths, reuse.rowHeights);
  fixValidations(rangeOf, reuse.validations);
  const values = sheetArray(plan, reuse.extent);
  rangeOf(values.range).Value2 = values.rows;
  for (const address of unions(reuse.merge)) rangeOf(address).Merge();
  if (reuse.printArea) sheet.PageSetup.PrintArea = reuse.printArea;
  return sheet;
}

/** Draws one plan on a new sheet at the end of the workbook. */
export function applyPlanWps(app: Et.Application, plan: SheetPlan): Et.Worksheet {
  return writeNew(app, openBook(app), plan);
}

export function sheetNamesWps(app: Et.Application): string[] {
  return openBookWithNames(app).names;
}

/**
 * Inserts the sheets of `plan` made from the names in use, so none is overwritten; alerts are
 * off while merging (WPS asks before merging cells that hold values). A sheet that looks like one
 * written before it is made as a copy of that one. Yields between sheets so that the pane can
 * show progress.
 */
export async function insertSheetsWps(
  app: Et.Application,
  plan: (taken: string[]) => SheetPlan[],
  onProgress?: Progress
): Promise<InsertResult> {
  const { book, names } = openBookWithNames(app);
  const plans = plan(names);
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    const written: { plan: SheetPlan; sheet: Et.Worksheet }[] = [];
    for (let i = 0; i < plans.length; i++) {
      const choice = chooseTemplate(
        written.map((w) => w.plan),
        plans[i]
      );
      const sheet = choice
        ? writeCopy(book, written[choice.index].sheet, plans[i], choice.reuse)
        : writeNew(app, book, plans[i]);
      written.push({ plan: plans[i], sheet });
      onProgress?.(i + 1, plans.length, plans[i].name);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    written[0]?.sheet.Activate();
  } finally {
    app.DisplayAlerts = alerts;
  }
  return { sheets: plans.map((p) => p.name) };
}

/** The values of a sheet from A1 to the end of its used range, empty cells as null. */
export function readSheetGridWps(app: Et.Application, name: string): Scalar[][] {
  const sheet = activeWorkbook(app).Worksheets.Item(name) as Et.Worksheet;
  const used = sheet.UsedRange;
  const rows = used.Row + used.Rows.Count - 1;
  const columns = used.Column + used.Columns.Count - 1;
  const values = sheet.Range(`A1:${cellName(rows, columns)}`).Value2 as unknown;
  const grid = Array.isArray(values) ? (values as unknown[][]) : [[values]];
  return grid.map((row) => row.map((v) => (v === "" || v === undefined ? null : (v as Scalar))));
}

/**
 * Inserts sheets planned from the values of other sheets (自评表 from project sheets): every sheet,
 * the active one, or these by name, each read with one whole-sheet Value2.
 */
export async function insertFromSheetsWps(
  app: Et.Application,
  source: SheetSource,
  plan: (sheets: SheetValues[], taken: string[]) => SheetPlan[],
  onProgress?: Progress
): Promise<InsertResult> {
  const names =
    source === "all"
      ? sheetNamesWps(app)
      : source === "active"
        ? [(app.ActiveSheet as Et.Worksheet).Name]
        : source;
  const sheets = names.map((name) => ({ name, grid: readSheetGridWps(app, name) }));
  return insertSheetsWps(app, (taken) => plan(sheets, taken), onProgress);
}

/** A used range as a grid from A1: the rows and columns before it (it need not start at A1) empty. */
function gridFromUsed(used: Et.Range): Scalar[][] {
  const top = used.Row;
  const left = used.Column;
  const values = used.Value2 as unknown;
  // One cell comes as a value, not as a 1×1 array; an empty sheet's used range is an empty A1.
  if (!Array.isArray(values) && (values === "" || values === undefined || values === null))
    return [];
  const rows = Array.isArray(values) ? (values as unknown[][]) : [[values]];
  const pad = Array<Scalar>(left - 1).fill(null);
  return [
    ...Array.from({ length: top - 1 }, () => [] as Scalar[]),
    ...rows.map((row) => [
      ...pad,
      ...row.map((v) => (v === "" || v === undefined ? null : (v as Scalar))),
    ]),
  ];
}

/**
 * Every sheet's name, values (A1 at [0][0], empty cells as null) and merged areas, for a review of
 * the whole workbook: one UsedRange.Value2 per sheet, and the merges found block by block over
 * its blank cells (wps-merges.ts). Nothing is written.
 */
export function readWorkbookWps(app: Et.Application): SheetValues[] {
  const sheets = activeWorkbook(app).Worksheets;
  const count = sheets.Count;
  const read: SheetValues[] = [];
  for (let i = 1; i <= count; i++) {
    const sheet = sheets.Item(i) as Et.Worksheet;
    const grid = gridFromUsed(sheet.UsedRange);
    read.push({ name: sheet.Name, grid, merges: mergesOf(sheet, grid) });
  }
  return read;
}

/**
 * Shows a cell: activates its sheet, then selects the cell (Range.Select fails on a sheet that is
 * not active). A sheet gone since it was read is said in Chinese; nothing in the workbook changes.
 */
export function selectCellWps(app: Et.Application, sheet: string, cell: string): void {
  const sheets = activeWorkbook(app).Worksheets;
  let worksheet: Et.Worksheet | null | undefined;
  try {
    worksheet = sheets.Item(sheet) as Et.Worksheet | null | undefined;
  } catch {
    worksheet = null;
  }
  if (!worksheet) throw new Error(cannotSelect(sheet, cell, sheetGone(sheet)));
  try {
    worksheet.Activate();
    worksheet.Range(cell).Select();
  } catch (error) {
    throw new Error(cannotSelect(sheet, cell, reasonOf(error)));
  }
}
