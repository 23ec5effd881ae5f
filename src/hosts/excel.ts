/**
 * The Excel host (Office.js): applies sheet plans in one Excel.run with everything queued before a
 * sync, block-wise (one 2-D assignment per block). One sync reads the sheet names in use, so that
 * no sheet is overwritten; one more writes every sheet of the batch. For the review it selects a
 * cell, writing nothing (the whole workbook is read in excel-read.ts). Requires ExcelApi 1.9.
 */
import {
  blockRange,
  columnName,
  formulaText,
  isFormula,
  parseRange,
  Scalar,
  SheetPlan,
  Style,
} from "../core/layout/plan";
import type { SheetValues } from "../core/layout/workbook";
import { gridFromA1 } from "./excel-read";
import { cannotSelect, reasonOf, sheetGone } from "./messages";

// Reading the whole workbook (batched under Excel on the web's response limit) is its own module.
export { readWorkbook } from "./excel-read";

/** Excel.run, or a stand-in with the same shape (tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface InsertResult {
  /** The names the new sheets got, in order. */
  sheets: string[];
}

export type Progress = (done: number, total: number, sheet: string) => void;

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** Excel column widths are in points; a character of the default font is about 7 pixels. */
export function pointsFromCharacters(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function dimensions(range: string): { rows: number; columns: number } {
  const { from, to } = parseRange(range);
  return { rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}

function filled<T>(range: string, value: T): T[][] {
  const { rows, columns } = dimensions(range);
  return Array.from({ length: rows }, () => Array(columns).fill(value));
}

function formatOf(style: Style): Excel.Interfaces.RangeFormatUpdateData {
  const format: Excel.Interfaces.RangeFormatUpdateData = {};
  if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    format.font = {
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: style.fontColor }),
    };
  }
  if (style.fill) format.fill = { color: style.fill };
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  return format;
}

/** A1 to the far corner of everything the plan writes, for the sheet font. */
function usedArea(plan: SheetPlan): string {
  let rows = 1;
  let columns = 1;
  for (const range of [...plan.blocks.map(blockRange), ...plan.styles.map((s) => s.range)]) {
    const { to } = parseRange(range);
    rows = Math.max(rows, to.row);
    columns = Math.max(columns, to.column);
  }
  return `A1:${columnName(columns)}${rows}`;
}

/** Consecutive rows of equal height as one range ("11:16"), so calls do not grow with rows. */
function rowRuns(heights: Record<number, number>): [string, number][] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: [number, number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1 && last[2] === heights[row]) last[1] = row;
    else runs.push([row, row, heights[row]]);
  }
  return runs.map(([from, to, height]) => [`${from}:${to}`, height]);
}

/** Queues one plan on a new sheet. Nothing is read, so nothing needs a sync. */
export function queuePlan(context: Excel.RequestContext, plan: SheetPlan): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(plan.name);
  const whole = sheet.getRange(usedArea(plan));
  whole.format.font.set({ name: plan.font.name, size: plan.font.size });

  plan.columnWidths.forEach((width, i) => {
    const column = columnName(i + 1);
    sheet.getRange(`${column}:${column}`).format.columnWidth = pointsFromCharacters(width);
  });
  for (const [rows, height] of rowRuns(plan.rowHeights))
    sheet.getRange(rows).format.rowHeight = height;
  // Formats before values: a text format keeps "=100%" a text and "989001" a code.
  for (const { range, style } of plan.styles) {
    const target = sheet.getRange(range);
    const format = formatOf(style);
    if (Object.keys(format).length > 0) target.format.set(format);
    if (style.numberFormat) target.numberFormat = filled(range, style.numberFormat);
    if (style.border)
      for (const edge of EDGES) target.format.borders.getItem(edge).style = "Continuous";
  }
  for (const block of plan.blocks) {
    const target = sheet.getRange(blockRange(block));
    const width = Math.max(...block.rows.map((r) => r.length));
    const rows = block.rows.map((r) => Array.from({ length: width }, (_, c) => formulaText(r[c])));
    if (block.rows.some((r) => r.some((c) => isFormula(c)))) target.formulas = rows;
    else target.values = rows;
  }
  for (const merge of plan.merges) sheet.getRange(merge).merge(false);
  for (const v of plan.validations) {
    const validation = sheet.getRange(v.range).dataValidation;
    if (v.kind === "list") {
      validation.rule = { list: { inCellDropDown: true, source: v.items.join(",") } };
      validation.prompt = { showPrompt: true, title: "请选择", message: v.prompt };
    } else {
      validation.rule = { decimal: { formula1: v.min, operator: "GreaterThanOrEqualTo" } };
      validation.prompt = { showPrompt: true, title: v.title ?? "金额", message: v.prompt };
      validation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: `${v.title ?? "金额"}有误`,
        message: v.error,
      };
    }
  }
  for (const cf of plan.conditionalFormats) {
    const format = sheet.getRange(cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.fill.color = cf.fill;
    format.custom.format.font.color = cf.fontColor;
  }
  sheet.pageLayout.setPrintArea(plan.print.area);
  sheet.pageLayout.set({
    orientation: plan.print.orientation === "portrait" ? "Portrait" : "Landscape",
    paperSize: "A4",
    centerHorizontally: true,
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });
  return sheet;
}

/** Queues every plan on a new sheet, shows the first; the caller syncs. */
function queuePlans(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  onProgress?: Progress
): InsertResult {
  let first: Excel.Worksheet | null = null;
  plans.forEach((p, i) => {
    const sheet = queuePlan(context, p);
    first = first ?? sheet;
    onProgress?.(i + 1, plans.length, p.name);
  });
  if (first) (first as Excel.Worksheet).activate();
  return { sheets: plans.map((p) => p.name) };
}

/**
 * Inserts sheets made by `plan` from the names already in use: two syncs in all, whatever the
 * number of sheets. The user's sheets and cells are never touched; the first new sheet is shown.
 */
export async function insertSheets(
  run: ExcelRun,
  plan: (taken: string[]) => SheetPlan[],
  onProgress?: Progress
): Promise<InsertResult> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const result = queuePlans(context, plan(worksheets.items.map((s) => s.name)), onProgress);
    await context.sync();
    return result;
  });
}

/** Which sheets a plan is made from: every sheet, the active one, or these by name. */
export type SheetSource = "all" | "active" | string[];

/** A used range as a grid from A1, or [] for none. */
function usedGrid(used: Excel.Range): Scalar[][] {
  return used.isNullObject ? [] : gridFromA1(used.values, used.rowIndex, used.columnIndex);
}

/**
 * Inserts sheets planned from the values of other sheets (自评表 from project sheets). One sync
 * reads the names in use and the source sheets' values, one more writes every new sheet: two in
 * all, three when `source` is "all", whose sheets are known only after the first.
 */
export async function insertFromSheets(
  run: ExcelRun,
  source: SheetSource,
  plan: (sheets: SheetValues[], taken: string[]) => SheetPlan[],
  onProgress?: Progress
): Promise<InsertResult> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    let targets: Excel.Worksheet[];
    if (source === "all") {
      await context.sync();
      targets = worksheets.items;
    } else if (source === "active") targets = [worksheets.getActiveWorksheet()];
    else targets = source.map((name) => worksheets.getItem(name));
    const used = targets.map((sheet) => {
      if (source !== "all") sheet.load("name");
      return sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
    });
    await context.sync();
    const sheets = targets.map((sheet, i) => ({ name: sheet.name, grid: usedGrid(used[i]) }));
    const result = queuePlans(
      context,
      plan(
        sheets,
        worksheets.items.map((s) => s.name)
      ),
      onProgress
    );
    await context.sync();
    return result;
  });
}

/** The values of a sheet (A1 at [0][0], empty cells as null), for the layout to read back: one sync. */
export async function readSheetGrid(run: ExcelRun, name: string): Promise<Scalar[][]> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getRange("A1").getBoundingRect(sheet.getUsedRange(true));
    used.load("values");
    await context.sync();
    return used.values.map((row) => row.map((v) => (v === "" ? null : (v as Scalar))));
  });
}

/** Names of the sheets in the workbook: one sync. */
export async function sheetNames(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    return worksheets.items.map((s) => s.name);
  });
}

/**
 * Shows a cell: activates its sheet and selects the cell, in one sync. A sheet gone since it was
 * read (deleted, renamed) is said in Chinese; nothing in the workbook changes.
 */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  try {
    await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  } catch (error) {
    const notFound = (error as { code?: unknown } | null)?.code === "ItemNotFound";
    throw new Error(cannotSelect(sheet, cell, notFound ? sheetGone(sheet) : reasonOf(error)));
  }
}
