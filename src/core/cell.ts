/**
 * The core's one reader of a cell value: numbers, strings, booleans and null (or undefined) for an
 * empty cell, as Excel's custom functions, Excel's range values, ExcelJS and the pane hand them
 * over. Host conventions beyond these (WPS's omitted-argument marker, ranges as 1×1 arrays, Date
 * objects) are the argument adapter's job (src/functions/adapter.ts), not the core's.
 */

export type CellValue =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "invalid" };

export function readCell(value: unknown): CellValue {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? { kind: "empty" } : { kind: "text", text };
  }
  return { kind: "invalid" };
}

export function isEmptyCell(raw: unknown): boolean {
  return readCell(raw).kind === "empty";
}
