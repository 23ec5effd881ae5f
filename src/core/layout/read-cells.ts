/** Small readers of sheet cells shared by the read-back of the year-after sheets. */
import { readAmount } from "../amount";
import { Problem } from "../problem";
import { Scalar } from "./plan";

/** A cell as trimmed text, "" when empty. */
export const cellText = (v: Scalar | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

/** An amount from a cell, or null with a problem at `cell` when it is not one. */
export function amount(v: Scalar | undefined, cell: string, problems: Problem[]): number | null {
  const read = readAmount(v, "", "any");
  if (read.ok) return read.value;
  problems.push({ rule: "read/amount", severity: "error", cell, message: read.error });
  return null;
}

/** The first row (0-based, from `from`) whose cell in `column` reads `label`, or -1. */
export function findRow(grid: Scalar[][], column: number, label: string, from = 0): number {
  for (let r = from; r < grid.length; r++) if (cellText(grid[r]?.[column]) === label) return r;
  return -1;
}

/** Goal lines as numbered() wrote them, or as other forms number them (1、 （1） 目标1：), without numbers. */
export function unnumbered(goals: string): string[] {
  return goals
    .split(/\n+/)
    .map((line) =>
      line.trim().replace(/^(\d+[.、．]|[(（]\d+[)）]|目标[\d一二三四五六七八九十]+[:：])\s*/, "")
    )
    .filter((line) => line !== "");
}
