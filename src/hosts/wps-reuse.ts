/**
 * Reuse in the WPS host: when a sheet already written looks like the next one up to inserted or
 * deleted rows, the host copies it and fixes only what differs (values, merges, sizes, print area)
 * instead of formatting from scratch. Most of a project sheet's bridge calls are the same formats,
 * validations and conditional formats as the project sheet before it, shifted by its length.
 *
 * "Looks like" is decided exactly: the copy, moved as a spreadsheet moves ranges and formulas when
 * rows go in or out, must show every cell as the plan would (style and conditional formats as the
 * cell reads them); validations that differ are deleted and added on the copy, cell by cell. Rows are only inserted where no range starts or ends next to the new
 * rows, so every spreadsheet reads the insertion the same way.
 */
import { moveRowRefs, relativeForm } from "./a1";
import { byEqual, eachCell, key, unions } from "./wps-plan";
import { validationCells, validationFix, ValidationFix } from "./wps-validations";
import { cellName, parseRange, planExtent, SheetPlan, Style } from "../core/layout/plan";

const STYLE_KEYS: (keyof Style)[] = [
  "bold",
  "fontSize",
  "fontColor",
  "fill",
  "hAlign",
  "vAlign",
  "wrap",
  "border",
  "numberFormat",
];

/** Rows inserted before row `at` (count > 0) or deleted from row `at` on (count < 0). */
export interface RowOp {
  at: number;
  count: number;
}

const NO_OP: RowOp = { at: 1, count: 0 };

/**
 * Where a range lands after the row operation, as a spreadsheet moves it: below → shifted, across
 * the inserted rows → stretched; null when it starts among deleted rows (not followed here).
 */
export function moveRange(range: string, op: RowOp): string | null {
  const { from, to } = parseRange(range);
  const rows = moveSpan(from.row, to.row, op);
  if (!rows) return null;
  const a = cellName(rows[0], from.column);
  const b = cellName(rows[1], to.column);
  return a === b ? a : `${a}:${b}`;
}

function moveSpan(top: number, bottom: number, op: RowOp): [number, number] | null {
  const { at, count } = op;
  if (count > 0) return [top >= at ? top + count : top, bottom >= at ? bottom + count : bottom];
  if (count === 0) return [top, bottom];
  const last = at - count - 1;
  if (top >= at && top <= last) return null;
  return [
    top > last ? top + count : top,
    bottom > last ? bottom + count : bottom >= at ? at - 1 : bottom,
  ];
}

/** The top and bottom rows of the ranges whose edges decide how a row operation is read. */
const edgeCache = new WeakMap<SheetPlan, [top: number, bottom: number][]>();

function edges(plan: SheetPlan): [number, number][] {
  let found = edgeCache.get(plan);
  if (!found) {
    found = [
      ...plan.styles.map((s) => s.range),
      ...plan.validations.map((v) => v.range),
      ...plan.conditionalFormats.map((c) => c.range),
      plan.print.area,
    ].map((range) => {
      const { from, to } = parseRange(range);
      return [from.row, to.row];
    });
    edgeCache.set(plan, found);
  }
  return found;
}

/**
 * Inserting: no range has an edge between the row above the new rows and the first of them (there
 * "formats from above" and "the range stretches" would disagree). Deleting: no range starts among
 * the deleted rows.
 */
function clean(ranges: [number, number][], op: RowOp): boolean {
  return ranges.every(([top, bottom]) => {
    if (op.count > 0) {
      const spansAbove = top <= op.at - 1 && bottom >= op.at - 1;
      const spansBelow = top <= op.at && bottom >= op.at;
      return spansAbove === spansBelow;
    }
    return !(top >= op.at && top <= op.at - op.count - 1);
  });
}

/**
 * Cell by cell, what a sheet made from `plan` (moved by `op`) holds apart from values, merges,
 * sizes and validations (fixed on the copy where they differ), formulas in R1C1 form; null when a
 * range cannot be followed through `op`.
 */
function looks(plan: SheetPlan, op: RowOp): Map<string, string> | null {
  const cells = new Map<string, string>();
  const add = (position: string, what: string) => {
    const before = cells.get(position);
    cells.set(position, before === undefined ? what : `${before}|${what}`);
  };
  const styles = new Map<string, Partial<Style>>();
  for (const { range, style } of plan.styles) {
    const moved = moveRange(range, op);
    if (moved === null) return null;
    eachCell(moved, (r, c) => {
      const k = key(r, c);
      styles.set(k, Object.assign(styles.get(k) ?? {}, style));
    });
  }
  for (const [position, style] of styles) {
    const text = STYLE_KEYS.map((k) => (style[k] === false ? "" : (style[k] ?? ""))).join(",");
    if (text.replace(/,/g, "") !== "") add(position, `style ${text}`);
  }
  for (const cf of plan.conditionalFormats) {
    const moved = moveRange(cf.range, op);
    if (moved === null) return null;
    const formula = op.count === 0 ? cf.formula : moveRowRefs(cf.formula, op.at, op.count);
    // Relative parts as offsets read the same from every cell of the range.
    const { from } = parseRange(moved);
    const what = `cf ${relativeForm(formula, from.row, from.column)} ${cf.fill} ${cf.fontColor}`;
    eachCell(moved, (r, c) => add(key(r, c), what));
  }
  return cells;
}

function same(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [position, what] of a) if (b.get(position) !== what) return false;
  return true;
}

/**
 * A plan's looks and, row by row, a fingerprint of them that does not depend on the row number
 * (nor on absolute rows in formulas, which move with inserted rows): the fingerprints only choose
 * where to try; the exact test compares the moved looks.
 */
interface Looks {
  cells: Map<string, string>;
  rows: Map<number, string>;
}

const cache = new WeakMap<SheetPlan, Looks>();

/** An absolute row in a formula's R1C1 form (relative ones are R[n]). */
const ABSOLUTE_ROW = /R\d+(?=C)/g;

function looksOf(plan: SheetPlan): Looks {
  let found = cache.get(plan);
  if (!found) {
    const cells = looks(plan, NO_OP)!;
    const byRow = new Map<number, string[]>();
    for (const [position, what] of cells) {
      const [r, c] = position.split(",").map(Number);
      // Absolute rows masked: a total row's "$F$19" is "$F$20" once a row goes in above it.
      byRow.set(r, [...(byRow.get(r) ?? []), `${c}:${what.replace(ABSOLUTE_ROW, "R#")}`]);
    }
    const rows = new Map([...byRow].map(([r, list]) => [r, list.sort().join("\n")]));
    found = { cells, rows };
    cache.set(plan, found);
  }
  return found;
}

/** Quick test before the exact one: do the rows line up once moved? */
function rowsLineUp(from: Looks, to: Looks, op: RowOp, rows: number): boolean {
  for (let r = 1; r <= rows; r++) {
    let source = r;
    if (op.count > 0 && r >= op.at) source = r < op.at + op.count ? op.at - 1 : r - op.count;
    if (op.count < 0 && r >= op.at) source = r - op.count;
    if ((from.rows.get(source) ?? "") !== (to.rows.get(r) ?? "")) return false;
  }
  return true;
}

/** How to turn a copy of one written sheet into the next plan. */
export interface Reuse {
  op: RowOp;
  /** Merges of the copy to undo before the row operation (its own addresses). */
  unmerge: string[];
  /** Merges to make after the values are written. */
  merge: string[];
  columnWidths: [column: number, width: number][];
  rowHeights: [row: number, height: number][];
  /** Validations of the copy to delete and of the plan to add, where the two differ. */
  validations: ValidationFix;
  /** The print area, when the moved one is not the plan's. */
  printArea: string | null;
  /** The rectangle of values to write: the plan's, grown to clear what the copy held beyond it. */
  extent: { rows: number; columns: number };
  /** Bridge calls this costs beyond the copy itself, to choose the cheapest template. */
  cost: number;
}

/** What `fixes` needs of a plan, parsed once. */
interface Shape {
  extent: { rows: number; columns: number };
  heights: [row: number, height: number][];
  merges: { text: string; top: number; bottom: number; left: number; right: number }[];
  mergeSet: Set<string>;
}

const shapeCache = new WeakMap<SheetPlan, Shape>();

function shapeOf(plan: SheetPlan): Shape {
  let found = shapeCache.get(plan);
  if (!found) {
    found = {
      extent: planExtent(plan),
      heights: Object.entries(plan.rowHeights).map(([row, h]) => [Number(row), h]),
      merges: plan.merges.map((text) => {
        const { from, to } = parseRange(text);
        return { text, top: from.row, bottom: to.row, left: from.column, right: to.column };
      }),
      mergeSet: new Set(plan.merges),
    };
    shapeCache.set(plan, found);
  }
  return found;
}

/** Everything but the looks: what to fix after the copy, or null when sizes cannot be matched. */
function fixes(from: SheetPlan, to: SheetPlan, op: RowOp): Reuse | null {
  // Sizes the copy has but the plan leaves at the default cannot be undone cheaply: no reuse.
  if (from.columnWidths.length > to.columnWidths.length) return null;
  const columnWidths = to.columnWidths
    .map((w, i): [number, number] => [i + 1, w])
    .filter(([c, w]) => from.columnWidths[c - 1] !== w);
  const a = shapeOf(from);
  const b = shapeOf(to);
  const heights = new Map<number, number>();
  const inserted = (row: number) => op.count > 0 && row >= op.at && row < op.at + op.count;
  for (const [r, height] of a.heights) {
    if (op.count < 0 && r >= op.at && r < op.at - op.count) continue;
    heights.set(op.count === 0 || r < op.at ? r : r + op.count, height);
  }
  for (const row of heights.keys()) if (to.rowHeights[row] === undefined) return null;
  // Rows inserted below a row of set height may take that height: the plan must set theirs.
  if (op.count > 0 && from.rowHeights[op.at - 1] !== undefined) {
    for (let r = op.at; r < op.at + op.count; r++) if (to.rowHeights[r] === undefined) return null;
  }
  // Inserted rows may or may not take the height of the row above: set them either way.
  const rowHeights = b.heights.filter(([row, h]) => inserted(row) || heights.get(row) !== h);

  const kept = new Set<string>();
  const unmerge: string[] = [];
  for (const m of a.merges) {
    const rows = moveSpan(m.top, m.bottom, op);
    const moved = rows && `${cellName(rows[0], m.left)}:${cellName(rows[1], m.right)}`;
    if (moved && b.mergeSet.has(moved)) kept.add(moved);
    else unmerge.push(m.text);
  }
  const merge = to.merges.filter((m) => !kept.has(m));
  const have = validationCells(from, (range) => moveRange(range, op));
  if (!have) return null;
  const validations = validationFix(have, validationCells(to)!, to);
  const printArea = moveRange(from.print.area, op) === to.print.area ? null : to.print.area;
  const extent = {
    rows: Math.max(b.extent.rows, a.extent.rows + op.count),
    columns: Math.max(a.extent.columns, b.extent.columns),
  };
  const cost =
    (op.count !== 0 ? 2 : 0) +
    2 * unions(unmerge).length +
    2 * unions(merge).length +
    2 * byEqual(rowHeights).size +
    2 * byEqual(columnWidths).size +
    (printArea ? 2 : 0) +
    validations.cost;
  return { op, unmerge, merge, columnWidths, rowHeights, validations, printArea, extent, cost };
}

/** Sheets tried as templates: the most recent of the same kind (any of them would do). */
const RECENT_TEMPLATES = 5;

/**
 * The cheapest way to make `plan` from a copy of one of the sheets already written (their plans in
 * `written`), or null when none matches and the sheet is written from scratch. A copy of the same
 * length is tried first; rows go in or out of the most recent sheets only, and only inside runs of
 * rows that look alike, so that choosing costs far less than the calls it saves.
 */
export function chooseTemplate(
  written: SheetPlan[],
  plan: SheetPlan
): { index: number; reuse: Reuse } | null {
  const wanted = looksOf(plan);
  const rows = shapeOf(plan).extent.rows;
  const fonts = JSON.stringify(plan.font);
  const kin = written
    .map((from, index) => ({ from, index }))
    .filter(
      ({ from }) =>
        from.kind === plan.kind &&
        from.print.orientation === plan.print.orientation &&
        JSON.stringify(from.font) === fonts
    );
  const recent = kin.slice(-RECENT_TEMPLATES);
  const best = (candidates: { index: number; reuse: Reuse }[]) => {
    candidates.sort((a, b) => a.reuse.cost - b.reuse.cost);
    // The exact test, cheapest first: the moved copy must look like the plan in every cell.
    for (const candidate of candidates) {
      const moved = looks(written[candidate.index], candidate.reuse.op);
      if (moved && same(moved, wanted.cells)) return candidate;
    }
    return null;
  };
  const candidates = (list: typeof kin, sameLength: boolean) =>
    list.flatMap(({ from, index }) => {
      const have = looksOf(from);
      const length = shapeOf(from).extent.rows;
      const count = rows - length;
      if ((count === 0) !== sameLength) return [];
      const maxRow = Math.max(rows, length);
      const found: { index: number; reuse: Reuse }[] = [];
      for (const at of count === 0 ? [1] : runs(have, length, count)) {
        const op = { at, count };
        if (!rowsLineUp(have, wanted, op, maxRow)) continue;
        if (count !== 0 && !clean(edges(from), op)) continue;
        const reuse = fixes(from, plan, op);
        if (reuse) found.push({ index, reuse });
      }
      return found;
    });
  return best(candidates(recent, true)) ?? best(candidates(recent, false)) ?? null;
}

/**
 * Where rows may go in or out: inserted rows copy the row above, so it must look like the row
 * below it; deleted rows must look like the row above them.
 */
function runs(have: Looks, length: number, count: number): number[] {
  const row = (r: number) => have.rows.get(r) ?? "";
  const found: number[] = [];
  for (let at = 2; at <= length; at++) {
    if (count > 0 && row(at - 1) === row(at)) found.push(at);
    if (count < 0 && at - count - 1 <= length) {
      let alike = true;
      for (let r = at; r <= at - count - 1 && alike; r++) alike = row(r) === row(at - 1);
      if (alike) found.push(at);
    }
  }
  return found;
}
