/**
 * The one reader of money amounts (万元) for every caller: PT.PROGRESS, the importers, the pane's
 * forms and sheet read-back. What each caller accepts differs only in its sign policy, so that a
 * form learned once (`1,052.87`, `23万元`, full-width digits) is understood everywhere.
 */
import { readCell } from "./cell";
import { fail, ok, Outcome } from "./outcome";

/** `nonnegative`: budgets, spending, plans; `any`: differences and adjustments. */
export type SignPolicy = "nonnegative" | "any";

const AMOUNT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(?:万元|万)?$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** An amount in 万元 from text (`23.00`, `1,052.87`, `23万元`, `２３`), or null when it is not one. */
export function parseAmount(text: string): number | null {
  const folded = (PRINTABLE_ASCII.test(text) ? text : text.normalize("NFKC")).replace(/\s+/g, "");
  const match = AMOUNT.exec(folded);
  if (!match) return null;
  const value = Number(match[1].replace(/,/g, "")) + 0; // + 0 folds -0 into 0
  return Number.isFinite(value) ? value : null;
}

/**
 * An amount from a cell as a host hands it over (a number, text, empty), or a Chinese message
 * naming `label`. Empty gives null: the caller decides whether that is allowed.
 */
export function readAmount(
  raw: unknown,
  label: string,
  sign: SignPolicy = "nonnegative"
): Outcome<number | null> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(null);
  let value: number | null;
  if (cell.kind === "number") value = cell.value;
  else if (cell.kind === "text") {
    value = parseAmount(cell.text);
    if (value === null) return fail(`${label}“${cell.text}”不是金额`);
  } else return fail(`${label}应为数字`);
  if (sign === "nonnegative" && value < 0) return fail(`${label}不能为负数`);
  return ok(value);
}
