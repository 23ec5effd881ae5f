/**
 * A SheetPlan is everything a host needs to draw one sheet: values and formulas in 2-D blocks,
 * merges, styles, validations, conditional formats and print setup. Hosts (Excel, WPS, ExcelJS)
 * apply it and nothing else decides what a sheet looks like.
 */

export type Scalar = string | number | boolean | null;

/** A formula cell: `formula` without the leading "=". */
export interface FormulaCell {
  formula: string;
  /** What the formula gives for the model as it stands (written where formulas are not evaluated). */
  value: Scalar;
  /**
   * A formula of built-in functions only, for files opened where the add-in is absent; when
   * missing, such files get `value`.
   */
  standalone?: string;
}

export type PlanCell = Scalar | FormulaCell;

export function isFormula(cell: PlanCell): cell is FormulaCell {
  return cell !== null && typeof cell === "object";
}

/** A rectangle of cells written in one 2-D assignment. */
export interface Block {
  /** Top-left cell, e.g. "A1". */
  at: string;
  rows: PlanCell[][];
}

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

export interface Style {
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  /** Fill colour as #RRGGBB. */
  fill?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin borders around and inside the range. */
  border?: boolean;
  numberFormat?: string;
}

export interface StyledRange {
  range: string;
  style: Style;
}

export type Validation =
  | { range: string; kind: "list"; items: string[]; prompt: string }
  | {
      range: string;
      kind: "decimal";
      min: number;
      prompt: string;
      error: string;
      /** Title of the prompt and the error box; 金额 when not given. */
      title?: string;
    };

/** A custom conditional format: `formula` is written for the range's top-left cell. */
export interface ConditionalFormat {
  range: string;
  formula: string;
  fill: string;
  fontColor: string;
}

export type SheetKind =
  "project" | "overview" | "summary" | "selfeval" | "monitor" | "review" | "flat";

export interface SheetPlan {
  name: string;
  kind: SheetKind;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  /** Styles are applied before values (text format keeps "=100%" a text) and before merges. */
  styles: StyledRange[];
  blocks: Block[];
  merges: string[];
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  print: { area: string; orientation: "portrait" | "landscape" };
  /** Font of the whole sheet. */
  font: { name: string; size: number };
}

export const TEXT_FORMAT = "@";
export const MONEY_FORMAT = "0.00";

/** Column letters from a 1-based index: 1 → A, 27 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function columnIndex(name: string): number {
  let index = 0;
  for (const ch of name.toUpperCase()) index = index * 26 + ch.charCodeAt(0) - 64;
  return index;
}

export function cellName(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

export function rangeName(
  row: number,
  column: number,
  lastRow: number,
  lastColumn: number
): string {
  const from = cellName(row, column);
  const to = cellName(lastRow, lastColumn);
  return from === to ? from : `${from}:${to}`;
}

export interface CellRef {
  row: number;
  column: number;
}

export function parseCell(name: string): CellRef {
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(name);
  if (!match) throw new Error(`not a cell: ${name}`);
  return { row: Number(match[2]), column: columnIndex(match[1]) };
}

export function parseRange(range: string): { from: CellRef; to: CellRef } {
  const [a, b] = range.split(":");
  return { from: parseCell(a), to: parseCell(b ?? a) };
}

/** The range a block covers. */
export function blockRange(block: Block): string {
  const { row, column } = parseCell(block.at);
  const width = Math.max(...block.rows.map((r) => r.length));
  return rangeName(row, column, row + block.rows.length - 1, column + width - 1);
}

/** Quotes a sheet name for formulas: '1.城镇建设工作经费'!A1. */
export function sheetRef(name: string, cell: string): string {
  return `'${name.replace(/'/g, "''")}'!${cell}`;
}

/** What a host types into a cell: "=…" for a formula, "" for nothing. */
export function formulaText(cell: PlanCell | undefined): string | number | boolean {
  if (cell === undefined || cell === null) return "";
  return isFormula(cell) ? `=${cell.formula}` : cell;
}

/** The rectangle of values a plan writes: rows and columns from A1. */
export function planExtent(plan: SheetPlan): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const block of plan.blocks) {
    const { to } = parseRange(blockRange(block));
    rows = Math.max(rows, to.row);
    columns = Math.max(columns, to.column);
  }
  return { rows, columns };
}

/** The plan's blocks as one rectangle from A1 ([0][0]), each cell shown by `show`. */
export function planArray<T>(plan: SheetPlan, show: (cell: PlanCell) => T, empty: T): T[][] {
  const { rows, columns } = planExtent(plan);
  const grid: T[][] = Array.from({ length: rows }, () => Array<T>(columns).fill(empty));
  for (const block of plan.blocks) {
    const { row, column } = parseCell(block.at);
    block.rows.forEach((cells, i) =>
      cells.forEach((cell, j) => (grid[row - 1 + i][column - 1 + j] = show(cell)))
    );
  }
  return grid;
}

/**
 * The values a host shows for a plan (formulas as their current value), A1 at [0][0]: what
 * reading the sheet back sees before anyone has typed in it.
 */
export function planGrid(plan: SheetPlan): Scalar[][] {
  return planArray<Scalar>(plan, (cell) => (isFormula(cell) ? cell.value : cell), null);
}
