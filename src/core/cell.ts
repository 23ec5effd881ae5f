/**
 * Cell values as hosts hand them to functions: Excel passes numbers, strings, booleans and null
 * for an empty cell; WPS may pass a Date or a 1×1 array. One reader so every function agrees.
 */
import { serialFromDate } from "./dates";

export type CellValue =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "invalid" };

export function readCell(raw: unknown): CellValue {
  let value = raw;
  while (Array.isArray(value) && value.length === 1) value = value[0];
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? { kind: "empty" } : { kind: "text", text };
  }
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return { kind: "number", value: serialFromDate(value) };
  return { kind: "invalid" };
}

export function isEmptyCell(raw: unknown): boolean {
  return readCell(raw).kind === "empty";
}
