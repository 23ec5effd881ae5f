/**
 * A host's recalculation, small, for the fakes: sums of cell references and numbers (=A1+B1) and
 * PT.* calls with literal arguments (numbers, "text", DATE(y,m,d)), answered by the PT functions
 * as the host would call them (a date as its serial day number). Anything else reads #NAME?.
 * The fakes recalculate synchronously, so PT.REVIEW has its rules from the start (Excel loads them
 * on the first PT.REVIEW, WPS at registration).
 */
import { Scalar } from "../../src/core/layout/plan";
import { reviewRowCells } from "../../src/core/review/review";
import { PT, supplyReviewRules } from "../../src/functions/functions";

supplyReviewRules(reviewRowCells);

const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

function literals(text: string): unknown[] {
  const args: unknown[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|DATE\((\d+),(\d+),(\d+)\)|(-?[\d.]+))\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (m = pattern.exec(text))) {
    if (m[1] !== undefined) args.push(m[1].replace(/""/g, '"'));
    else if (m[2] !== undefined) args.push(serial(Number(m[2]), Number(m[3]), Number(m[4])));
    else args.push(Number(m[5]));
  }
  return args;
}

/** The value a formula shows; `cell` reads a cell's value by its A1 address. */
export function recalc(formula: string, cell: (address: string) => Scalar): Scalar {
  const call = /^=PT\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (call) {
    const fn = (PT as Record<string, (...args: unknown[]) => unknown>)[call[1]];
    if (!fn) return "#NAME?";
    try {
      return fn(...literals(call[2])) as Scalar;
    } catch {
      return "#VALUE!";
    }
  }
  const terms = formula.slice(1).split("+");
  if (!formula.startsWith("=") || terms.some((t) => !/^([A-Z]+\d+|\d+(\.\d+)?)$/.test(t)))
    return "#NAME?";
  return terms.reduce<number>((sum, t) => {
    if (/^\d/.test(t)) return sum + Number(t);
    return sum + Number(cell(t) ?? 0);
  }, 0);
}
