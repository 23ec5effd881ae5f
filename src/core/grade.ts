/**
 * The grade of a self-evaluation total (PT.GRADE, DESIGN §4): 优 ≥ 90, 良 80–89.99, 中 60–79.99,
 * 差 < 60. The bands are a table, read by the function and by the built-in formula of the sheet.
 */
import { readCell } from "./cell";
import { fail, ok, Outcome } from "./outcome";
import type { Parameter } from "./score";
import { normalizeText } from "./target";

export type Grade = "优" | "良" | "中" | "差";

/** From the highest band down: a total gets the first grade whose minimum it reaches. */
export const GRADE_BANDS: readonly { grade: Grade; min: number }[] = [
  { grade: "优", min: 90 },
  { grade: "良", min: 80 },
  { grade: "中", min: 60 },
  { grade: "差", min: 0 },
];

export const TOTAL_RANGE: readonly [min: number, max: number] = [0, 100];

export const GRADE_PARAMETERS: readonly Parameter[] = [
  { name: "total", label: "总分", kind: "number", min: TOTAL_RANGE[0], max: TOTAL_RANGE[1] },
];
const [TOTAL] = GRADE_PARAMETERS;

/** Totals are sums of scores with two decimals: a float sum may miss a band edge by 1e-14. */
export const GRADE_TOLERANCE = 1e-9;

/** The grade of a total, "" for an empty cell, or a Chinese message. */
export function gradeOf(raw: unknown): Outcome<Grade | ""> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok("");
  let total: number | null = null;
  if (cell.kind === "number") total = cell.value;
  else if (cell.kind === "text") {
    const folded = normalizeText(cell.text);
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(folded)) total = Number(folded);
  }
  if (total === null) return fail(`${TOTAL.label}应为数字`);
  const [min, max] = [TOTAL.min as number, TOTAL.max as number];
  if (total < min - GRADE_TOLERANCE || total > max + GRADE_TOLERANCE)
    return fail(`${TOTAL.label}应在 ${min} 到 ${max} 之间`);
  const band = GRADE_BANDS.find((b) => total >= b.min - GRADE_TOLERANCE);
  return ok((band ?? GRADE_BANDS[GRADE_BANDS.length - 1]).grade);
}
