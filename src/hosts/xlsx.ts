/**
 * The .xlsx host (ExcelJS): a SheetPlan as a file, for the preview download, the command line
 * and tests; and a worksheet read back as a grid of values (with its merges) for the readers.
 */
import ExcelJS from "exceljs";
import {
  Block,
  blockRange,
  isFormula,
  parseCell,
  parseRange,
  PlanCell,
  Scalar,
  SheetPlan,
  Style,
} from "../core/layout/plan";
import type { SheetValues } from "../core/layout/workbook";

export interface XlsxOptions {
  /**
   * For use where the add-in is absent (the default): PT.* formulas become their values or their
   * built-in equivalents, so no cell shows #NAME?. With false, PT.* formulas are written as such.
   */
  standalone?: boolean;
  /**
   * The zip's entries stored, not compressed: for a caller that compresses them faster itself
   * (the command line, with Node's zlib: src/cli/zip.ts).
   */
  stored?: boolean;
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function forEachCell(range: string, visit: (row: number, column: number) => void): void {
  const { from, to } = parseRange(range);
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.column; c <= to.column; c++) visit(r, c);
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** A plan style folded onto a cell's style so far: font and alignment merge, the rest replace. */
function applyStyle(cell: Partial<ExcelJS.Style>, style: Style): void {
  if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: { argb: argb(style.fontColor) } }),
    };
  }
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.hAlign || style.vAlign || style.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.hAlign && { horizontal: style.hAlign }),
      ...(style.vAlign && { vertical: style.vAlign }),
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
    };
  }
  if (style.border) cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

/**
 * Every styled cell's style ("row,column" → style): the sheet font on every cell the plan touches,
 * then the plan's styles in order. Cells whose styles are equal get one and the same object, which
 * ExcelJS recognises when writing (its styles are deduplicated by object before by content), so
 * a department workbook's thousands of cells cost a few hundred style lookups.
 */
function cellStyles(plan: SheetPlan): Map<string, Partial<ExcelJS.Style>> {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const used = [...plan.blocks.map(blockRange), ...plan.styles.map((s) => s.range)];
  for (const range of used)
    forEachCell(range, (r, c) => {
      const key = `${r},${c}`;
      if (!styles.has(key))
        styles.set(key, { font: { name: plan.font.name, size: plan.font.size } });
    });
  for (const { range, style } of plan.styles)
    forEachCell(range, (r, c) => applyStyle(styles.get(`${r},${c}`)!, style));
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, style] of styles) {
    const content = JSON.stringify(style);
    const same = shared.get(content);
    if (same) styles.set(key, same);
    else shared.set(content, style);
  }
  return styles;
}

function cellValue(cell: PlanCell, standalone: boolean): ExcelJS.CellValue {
  if (!isFormula(cell)) return cell;
  const result = cell.value === null ? undefined : cell.value;
  if (!standalone) return { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
  if (cell.standalone) return { formula: cell.standalone, result } as ExcelJS.CellFormulaValue;
  return cell.value;
}

function writeBlock(sheet: ExcelJS.Worksheet, block: Block, standalone: boolean): void {
  const { row, column } = parseCell(block.at);
  block.rows.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      if (cell === null) return;
      sheet.getCell(row + i, column + j).value = cellValue(cell, standalone);
    })
  );
}

/** Draws one plan on a new worksheet: fonts and styles, then values, merges, rules, print setup. */
export function drawPlan(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  options: XlsxOptions = {}
): ExcelJS.Worksheet {
  const standalone = options.standalone ?? true;
  const sheet = workbook.addWorksheet(plan.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(plan.rowHeights))
    sheet.getRow(Number(row)).height = height;

  for (const [key, style] of cellStyles(plan)) {
    const [row, column] = key.split(",").map(Number);
    sheet.getCell(row, column).style = style;
  }
  for (const block of plan.blocks) writeBlock(sheet, block, standalone);
  for (const merge of plan.merges) sheet.mergeCells(merge);

  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of plan.validations) {
    validations.add(
      v.range,
      v.kind === "list"
        ? {
            type: "list",
            allowBlank: true,
            formulae: [`"${v.items.join(",")}"`],
            showInputMessage: true,
            prompt: v.prompt,
          }
        : {
            type: "decimal",
            operator: "greaterThanOrEqual",
            allowBlank: true,
            formulae: [v.min],
            showInputMessage: true,
            prompt: v.prompt,
            showErrorMessage: true,
            errorStyle: "stop",
            error: v.error,
          }
    );
  }
  plan.conditionalFormats.forEach((cf, i) =>
    sheet.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
            font: { color: { argb: argb(cf.fontColor) } },
          },
        },
      ],
    })
  );
  // ExcelJS puts "$" before each end of the area; the rows need one too (A$1:F$16 → $A$1:$F$16),
  // or LibreOffice ignores the print area.
  sheet.pageSetup.printArea = plan.print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  return sheet;
}

/** A workbook of the given plans. */
export function workbookOf(plans: SheetPlan[], options: XlsxOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "绩效目标表助手";
  workbook.created = new Date(0);
  for (const plan of plans) drawPlan(workbook, plan, options);
  return workbook;
}

/** The .xlsx bytes of the given plans. */
export async function writeXlsx(
  plans: SheetPlan[],
  options: XlsxOptions = {}
): Promise<Uint8Array> {
  const buffer = await workbookOf(plans, options).xlsx.writeBuffer(
    options.stored ? { zip: { compression: "STORE" } } : undefined
  );
  return new Uint8Array(buffer as ArrayBuffer);
}

function scalarOf(value: ExcelJS.CellValue): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.toISOString();
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null || typeof result === "object"
      ? null
      : (result as Scalar);
  }
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return null;
}

/** The values of a worksheet as a grid (A1 at [0][0]); merged cells other than the first read as empty. */
export function readGrid(sheet: ExcelJS.Worksheet): Scalar[][] {
  const grid: Scalar[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: Scalar[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = sheet.getCell(r, c);
      row.push(cell.isMerged && cell.master !== cell ? null : scalarOf(cell.value));
    }
    grid.push(row);
  }
  return grid;
}

/** The merged ranges of a worksheet (A1:F1 …), so that readers can tell a merged cell from a blank one. */
export function readMerges(sheet: ExcelJS.Worksheet): string[] {
  const merges = (sheet.model as { merges?: unknown }).merges;
  return Array.isArray(merges) ? merges.filter((m): m is string => typeof m === "string") : [];
}

/** A worksheet as the importers take it: its name, its values and its merged ranges. */
export function readSheetValues(sheet: ExcelJS.Worksheet): SheetValues {
  return { name: sheet.name, grid: readGrid(sheet), merges: readMerges(sheet) };
}

/**
 * Parts of a worksheet that reading values and merges never needs; skipping them makes a
 * department workbook load in about two thirds of the time (`pt review` reads hundreds).
 */
const NOT_VALUES = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
];

/** A workbook from .xlsx bytes; with `valuesOnly`, just what readGrid needs (values and merges). */
export async function readXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: { valuesOnly?: boolean } = {}
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes as ArrayBuffer,
    (options.valuesOnly ? { ignoreNodes: NOT_VALUES } : {}) as Parameters<
      typeof workbook.xlsx.load
    >[1]
  );
  return workbook;
}
