/**
 * The WPS 表格 host: applies sheet plans through the synchronous, VBA-like ET object model. Every
 * property access and call crosses a bridge, so it writes the whole sheet as one 2-D array and
 * groups formatting by value over multi-area ranges ("A1:F1,B3:C3"). Enum values are numeric
 * constants: the Et.* enums are declarations only and may be absent at run time.
 */
import {
  cellName,
  columnName,
  formulaText,
  parseRange,
  planArray,
  Scalar,
  SheetPlan,
  Style,
} from "../core/layout/plan";
import type { SheetValues } from "../core/layout/workbook";
import type { InsertResult, Progress, SheetSource } from "./excel";

const XL = {
  center: -4108,
  left: -4131,
  right: -4152,
  top: -4160,
  bottom: -4107,
  continuous: 1,
  validateList: 3,
  validateDecimal: 2,
  alertStop: 1,
  greaterEqual: 7,
  expression: 2,
  portrait: 1,
  landscape: 2,
  paperA4: 9,
} as const;

const H_ALIGN: Record<string, number> = { left: XL.left, center: XL.center, right: XL.right };
const V_ALIGN: Record<string, number> = { top: XL.top, middle: XL.center, bottom: XL.bottom };

/** WPS (like VBA) takes colours as BGR integers: #RRGGBB → 0xBBGGRR. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** Joins addresses into multi-area ranges, each under the 255 characters an address may have. */
export function unions(addresses: string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > 255) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) out.push(current);
  return out;
}

type StyleKey = keyof Style;

/**
 * The styles as they end up on each cell (later entries win), grouped by property and value into
 * rectangles: one bridge call per distinct value rather than one per styled range.
 */
export function resolvedStyles(
  styles: SheetPlan["styles"]
): Map<string, { key: StyleKey; value: unknown; ranges: string[] }> {
  const cells = new Map<string, Partial<Style>>();
  for (const { range, style } of styles) {
    const { from, to } = parseRange(range);
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.column; c <= to.column; c++) {
        const key = `${r},${c}`;
        cells.set(key, { ...cells.get(key), ...style });
      }
    }
  }
  // Per property and value: row runs of cells, then equal runs stacked into rectangles.
  const byValue = new Map<string, { key: StyleKey; value: unknown; cells: [number, number][] }>();
  for (const [position, style] of cells) {
    const [r, c] = position.split(",").map(Number);
    for (const [key, value] of Object.entries(style) as [StyleKey, unknown][]) {
      if (value === undefined || value === false) continue;
      const id = `${key}=${JSON.stringify(value)}`;
      const group = byValue.get(id) ?? { key, value, cells: [] };
      group.cells.push([r, c]);
      byValue.set(id, group);
    }
  }
  const result = new Map<string, { key: StyleKey; value: unknown; ranges: string[] }>();
  for (const [id, group] of byValue)
    result.set(id, { key: group.key, value: group.value, ranges: rectangles(group.cells) });
  return result;
}

function rectangles(cells: [number, number][]): string[] {
  const rows = new Map<number, number[]>();
  for (const [r, c] of cells) rows.set(r, [...(rows.get(r) ?? []), c]);
  const runs: { row: number; from: number; to: number }[] = [];
  for (const [row, columns] of [...rows].sort((a, b) => a[0] - b[0])) {
    columns.sort((a, b) => a - b);
    let from = columns[0];
    for (let i = 1; i <= columns.length; i++) {
      if (columns[i] !== columns[i - 1] + 1) {
        runs.push({ row, from, to: columns[i - 1] });
        from = columns[i];
      }
    }
  }
  const open: { top: number; bottom: number; from: number; to: number }[] = [];
  for (const run of runs) {
    const above = open.find(
      (o) => o.bottom === run.row - 1 && o.from === run.from && o.to === run.to
    );
    if (above) above.bottom = run.row;
    else open.push({ top: run.row, bottom: run.row, from: run.from, to: run.to });
  }
  return open.map((o) =>
    o.top === o.bottom && o.from === o.to
      ? cellName(o.top, o.from)
      : `${cellName(o.top, o.from)}:${cellName(o.bottom, o.to)}`
  );
}

/** The whole sheet as one rectangle of values and formulas, A1 at [0][0]. */
function sheetArray(plan: SheetPlan): { range: string; rows: (string | number | boolean)[][] } {
  const rows = planArray(plan, formulaText, "");
  return { range: `A1:${cellName(rows.length, rows[0]?.length ?? 1)}`, rows };
}

function applyStyle(sheet: Et.Worksheet, key: StyleKey, value: unknown, address: string): void {
  const range = sheet.Range(address);
  switch (key) {
    case "bold":
      range.Font.Bold = value as boolean;
      break;
    case "fontSize":
      range.Font.Size = value as number;
      break;
    case "fontColor":
      range.Font.Color = bgr(value as string);
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

/** Groups keys by equal values: { 12: ["A:A", "D:D"] }. */
function byEqual<T>(entries: [string, T][]): Map<T, string[]> {
  const groups = new Map<T, string[]>();
  for (const [address, value] of entries)
    groups.set(value, [...(groups.get(value) ?? []), address]);
  return groups;
}

/** Draws one plan on a new sheet at the end of the workbook. */
export function applyPlanWps(app: Et.Application, plan: SheetPlan): Et.Worksheet {
  const sheets = app.ActiveWorkbook.Worksheets;
  const sheet = sheets.Add(null, sheets.Item(sheets.Count)) as Et.Worksheet;
  sheet.Name = plan.name;
  const font = sheet.Cells.Font;
  font.Name = plan.font.name;
  font.Size = plan.font.size;

  const widths = byEqual(
    plan.columnWidths.map((w, i) => [`${columnName(i + 1)}:${columnName(i + 1)}`, w])
  );
  for (const [width, columns] of widths)
    for (const address of unions(columns)) sheet.Range(address).ColumnWidth = width;
  const heights = byEqual(Object.entries(plan.rowHeights).map(([row, h]) => [`${row}:${row}`, h]));
  for (const [height, rows] of heights)
    for (const address of unions(rows)) sheet.Range(address).RowHeight = height;

  // Formats before values: a text format keeps "=100%" a text.
  for (const { key, value, ranges } of resolvedStyles(plan.styles).values()) {
    for (const address of unions(ranges)) applyStyle(sheet, key, value, address);
  }
  const values = sheetArray(plan);
  sheet.Range(values.range).Value2 = values.rows;
  for (const address of unions(plan.merges)) sheet.Range(address).Merge();

  const rules = byEqual(
    plan.validations.map((v) => [v.range, JSON.stringify({ ...v, range: undefined })])
  );
  for (const [rule, ranges] of rules) {
    const v = JSON.parse(rule) as SheetPlan["validations"][number];
    for (const address of unions(ranges)) {
      const validation = sheet.Range(address).Validation;
      if (v.kind === "list")
        validation.Add(XL.validateList, XL.alertStop, undefined, v.items.join(","));
      else {
        validation.Add(XL.validateDecimal, XL.alertStop, XL.greaterEqual, String(v.min));
        validation.ErrorMessage = v.error;
      }
      validation.InputMessage = v.prompt;
    }
  }
  const formatsByRange = new Map<string, SheetPlan["conditionalFormats"]>();
  for (const cf of plan.conditionalFormats)
    formatsByRange.set(cf.range, [...(formatsByRange.get(cf.range) ?? []), cf]);
  for (const [address, formats] of formatsByRange) {
    const conditions = sheet.Range(address).FormatConditions;
    for (const cf of formats) {
      const condition = conditions.Add(
        XL.expression,
        undefined,
        `=${cf.formula}`
      ) as Et.FormatCondition;
      condition.Interior.Color = bgr(cf.fill);
      condition.Font.Color = bgr(cf.fontColor);
    }
  }
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

export function sheetNamesWps(app: Et.Application): string[] {
  const sheets = app.ActiveWorkbook.Worksheets;
  const names: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) names.push((sheets.Item(i) as Et.Worksheet).Name);
  return names;
}

/**
 * Inserts the sheets of `plan` made from the names in use, so none is overwritten; alerts are
 * off while merging (WPS asks before merging cells that hold values). Yields between sheets so
 * that the pane can show progress.
 */
export async function insertSheetsWps(
  app: Et.Application,
  plan: (taken: string[]) => SheetPlan[],
  onProgress?: Progress
): Promise<InsertResult> {
  const plans = plan(sheetNamesWps(app));
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    let first: Et.Worksheet | null = null;
    for (let i = 0; i < plans.length; i++) {
      const sheet = applyPlanWps(app, plans[i]);
      first = first ?? sheet;
      onProgress?.(i + 1, plans.length, plans[i].name);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    first?.Activate();
  } finally {
    app.DisplayAlerts = alerts;
  }
  return { sheets: plans.map((p) => p.name) };
}

/** The values of a sheet from A1 to the end of its used range, empty cells as null. */
export function readSheetGridWps(app: Et.Application, name: string): Scalar[][] {
  const sheet = app.ActiveWorkbook.Worksheets.Item(name) as Et.Worksheet;
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
