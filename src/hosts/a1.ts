/**
 * A1 references inside formula text, for the WPS host: conditional-format formulas are read by the
 * VBA-style object model relative to the active cell, so the host re-bases them; and rows moved by
 * an insert or a delete move the references that point at them. Strings and sheet names in quotes
 * are left alone; function names such as LOG10( are not references.
 */

export const MAX_ROW = 1048576;
export const MAX_COLUMN = 16384;

export interface Ref {
  column: number;
  row: number;
  absoluteColumn: boolean;
  absoluteRow: boolean;
}

// A cell reference not glued to a name, a number, a function call or a qualified name (PT.CHECK).
const REF =
  /(?<![A-Za-z0-9_.$\u00C0-\uFFFF])(\$?)([A-Za-z]{1,3})(\$?)([1-9]\d{0,6})(?![A-Za-z0-9_(\u00C0-\uFFFF])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let name = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
}

function refText(ref: Ref): string {
  return `${ref.absoluteColumn ? "$" : ""}${columnLetters(ref.column)}${ref.absoluteRow ? "$" : ""}${ref.row}`;
}

/**
 * Rewrites every cell reference outside quoted text with `map` (a reference, or text to put in its
 * place); a reference `map` turns into null becomes #REF!, as in a spreadsheet whose referenced row
 * was deleted.
 */
export function mapRefs(formula: string, map: (ref: Ref) => Ref | string | null): string {
  // Split into quoted parts ("text", 'sheet name') and the rest; only the rest holds references.
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (whole, c$: string, letters: string, r$: string, digits: string) => {
            const column = columnNumber(letters);
            const row = Number(digits);
            if (column > MAX_COLUMN || row > MAX_ROW) return whole;
            const mapped = map({
              column,
              row,
              absoluteColumn: c$ === "$",
              absoluteRow: r$ === "$",
            });
            if (typeof mapped === "string") return mapped;
            return mapped ? refText(mapped) : "#REF!";
          })
    )
    .join("");
}

const wrap = (n: number, size: number) => ((((n - 1) % size) + size) % size) + 1;

/**
 * Moves the relative parts of every reference by rows and columns, wrapping round the sheet edge as
 * spreadsheets do for formulas anchored at another cell: the formula for one anchor as seen from
 * another anchor.
 */
export function shiftRelative(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapRefs(formula, (ref) => ({
    ...ref,
    row: ref.absoluteRow ? ref.row : wrap(ref.row + rows, MAX_ROW),
    column: ref.absoluteColumn ? ref.column : wrap(ref.column + columns, MAX_COLUMN),
  }));
}

/**
 * The formula in R1C1 form as the cell at row/column reads it: relative parts as offsets, so that
 * two cells doing the same thing read the same, wherever they are.
 */
export function relativeForm(formula: string, row: number, column: number): string {
  return mapRefs(
    formula,
    (ref) =>
      `R${ref.absoluteRow ? ref.row : `[${ref.row - row}]`}C${ref.absoluteColumn ? ref.column : `[${ref.column - column}]`}`
  );
}

/**
 * The same rule with fewer relative parts: over a range one row high a relative row reads the
 * same row from every cell, so it may as well be absolute (and likewise for one column wide).
 * Such a formula no longer depends on where it is read from in that direction.
 */
export function pinSingleSpans(formula: string, oneRow: boolean, oneColumn: boolean): string {
  if (!oneRow && !oneColumn) return formula;
  return mapRefs(formula, (ref) => ({
    ...ref,
    absoluteRow: ref.absoluteRow || oneRow,
    absoluteColumn: ref.absoluteColumn || oneColumn,
  }));
}

/** Whether a formula has any relative part, i.e. depends on where it is anchored. */
export function hasRelativeRefs(formula: string): boolean {
  let relative = false;
  mapRefs(formula, (ref) => {
    if (!ref.absoluteRow || !ref.absoluteColumn) relative = true;
    return ref;
  });
  return relative;
}

/**
 * References after rows were inserted (count > 0, before row `at`) or deleted (count < 0, rows
 * at … at-count-1): what a spreadsheet does to every formula that points at moved rows.
 */
export function moveRowRefs(formula: string, at: number, count: number): string {
  return mapRefs(formula, (ref) => {
    if (ref.row < at) return ref;
    if (count < 0 && ref.row < at - count) return null;
    return { ...ref, row: ref.row + count };
  });
}
