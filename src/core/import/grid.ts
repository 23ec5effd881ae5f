/**
 * A sheet-shaped grid of cells as the cell readers see it (the table importer and the form reader):
 * A1 at [0][0], a merged cell's value in its top-left cell and null elsewhere, as ExcelJS and Excel
 * read merged cells; merge lookups when the source knows its merges (an .xlsx, a PDF's cell spans);
 * cell addresses for problems; and a record of the cells a reader used, so that whatever it could
 * not place is reported with its cell instead of dropped.
 */
import { cellName, parseRange, Scalar } from "../layout/plan";
import type { Problem } from "../problem";
import { remembered } from "../remember";

const keyOf = remembered((text) =>
  text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[:：]+$/, "")
);

/** Labels and header names compared as written, whatever the spacing and full-width forms. */
export function labelKey(value: Scalar | undefined): string {
  return value === null || value === undefined ? "" : keyOf(String(value));
}

/** A cell's text as written, without surrounding spaces; null and undefined give "". */
export function cellText(value: Scalar | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

interface Place {
  row: number;
  column: number;
}

export class CellGrid {
  readonly sheet: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Whether the source said which cells are merged; without it, an empty cell may be a merge's. */
  readonly knowsMerges: boolean;
  private readonly cells: Scalar[][];
  /** "row,column" of a cell a merge covers (not its top-left) → the merge's top-left cell. */
  private readonly covered = new Map<string, Place>();
  /** "row,column" of a merge's top-left cell → its last cell. */
  private readonly spans = new Map<string, Place>();
  private readonly used = new Set<string>();
  /** filled() by row, as the grid never changes. */
  private readonly filledRows: number[][] = [];

  constructor(grid: unknown, sheet = "", merges?: readonly string[]) {
    this.sheet = sheet;
    this.cells = Array.isArray(grid)
      ? grid.map((row) => (Array.isArray(row) ? row.map(scalar) : []))
      : [];
    this.rowCount = this.cells.length;
    this.columnCount = Math.max(0, ...this.cells.map((row) => row.length));
    this.knowsMerges = Array.isArray(merges);
    for (const merge of merges ?? []) this.addMerge(merge);
  }

  private addMerge(range: string): void {
    let from: Place;
    let to: Place;
    try {
      const parsed = parseRange(range);
      from = { row: parsed.from.row - 1, column: parsed.from.column - 1 };
      to = { row: parsed.to.row - 1, column: parsed.to.column - 1 };
    } catch {
      return; // a range we cannot read is no merge
    }
    this.spans.set(`${from.row},${from.column}`, to);
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++)
        if (r !== from.row || c !== from.column) this.covered.set(`${r},${c}`, from);
  }

  value(row: number, column: number): Scalar {
    return this.cells[row]?.[column] ?? null;
  }

  text(row: number, column: number): string {
    return cellText(this.value(row, column));
  }

  key(row: number, column: number): string {
    return labelKey(this.value(row, column));
  }

  /** The top-left cell of the merge covering this cell, when the cell is covered by one. */
  mergedFrom(row: number, column: number): Place | null {
    return this.covered.get(`${row},${column}`) ?? null;
  }

  /** The last cell of the merge this cell heads (the cell itself when it heads none). */
  spanEnd(row: number, column: number): Place {
    return this.spans.get(`${row},${column}`) ?? { row, column };
  }

  isEmptyRow(row: number): boolean {
    return this.filled(row).length === 0;
  }

  /** The non-empty cells of a row, left to right. */
  filled(row: number): number[] {
    let found = this.filledRows[row];
    if (!found) {
      found = [];
      (this.cells[row] ?? []).forEach((v, c) => {
        if (cellText(v) !== "") found.push(c);
      });
      this.filledRows[row] = found;
    }
    return found;
  }

  /** Records that a reader has taken this cell's value (or recognised it as layout). */
  use(row: number, column: number): void {
    this.used.add(`${row},${column}`);
  }

  useRow(row: number): void {
    for (const c of this.filled(row)) this.use(row, c);
  }

  isUsed(row: number, column: number): boolean {
    return this.used.has(`${row},${column}`);
  }

  /** The place of a cell in problems: the sheet (when named) and the A1 address. */
  address(row: number, column: number): Pick<Problem, "sheet" | "cell"> {
    return { ...(this.sheet ? { sheet: this.sheet } : {}), cell: cellName(row + 1, column + 1) };
  }

  /** Non-empty cells in rows [from, to) that no reader has used, top to bottom, left to right. */
  unused(from: number, to: number): Place[] {
    const found: Place[] = [];
    for (let r = Math.max(0, from); r < Math.min(to, this.rowCount); r++)
      for (const c of this.filled(r)) if (!this.isUsed(r, c)) found.push({ row: r, column: c });
    return found;
  }
}

function scalar(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return String(value);
}
