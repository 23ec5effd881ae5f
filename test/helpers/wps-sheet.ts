/**
 * What a sheet of the WPS fake holds, and what a spreadsheet does to it when rows go in or out or
 * the sheet is copied: cells (values, formulas, direct formats), merges, validations, conditional
 * formats (formulas kept as read from the first area's top-left cell), sizes and page setup. And a
 * snapshot of it cell by cell, to compare two ways of making the same sheet.
 */
import { MAX_COLUMN, MAX_ROW, moveRowRefs, shiftRelative } from "../../src/hosts/a1";
import { cellName, columnIndex, Scalar } from "../../src/core/layout/plan";

export interface Cell {
  value: Scalar;
  formula?: string;
  format: Record<string, unknown>;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseAreas(address: string): Area[] {
  return address.split(",").map((part) => {
    const [a, b = a] = part.replace(/\$/g, "").split(":");
    const point = (p: string, end: boolean) => {
      const m = /^([A-Z]*)(\d*)$/.exec(p.toUpperCase());
      if (!m) throw new Error(`bad address ${address}`);
      return {
        row: m[2] ? Number(m[2]) : end ? MAX_ROW : 1,
        column: m[1] ? columnIndex(m[1]) : end ? MAX_COLUMN : 1,
      };
    };
    const from = point(a, false);
    const to = point(b, true);
    const wholeColumn = /^[A-Z]+$/i.test(a);
    const wholeRow = /^\d+$/.test(a);
    return {
      top: wholeColumn ? 1 : from.row,
      left: wholeRow ? 1 : from.column,
      bottom: wholeColumn ? MAX_ROW : wholeRow ? Number(b) : to.row,
      right: wholeRow ? MAX_COLUMN : wholeColumn ? columnIndex(b) : to.column,
    };
  });
}

export function areaName(a: Area): string {
  const from = cellName(a.top, a.left);
  const to = cellName(a.bottom, a.right);
  return from === to ? from : `${from}:${to}`;
}

const inside = (a: Area, row: number, column: number) =>
  row >= a.top && row <= a.bottom && column >= a.left && column <= a.right;

/**
 * An area after rows were inserted before `at` (count > 0) or deleted from `at` on (count < 0), as
 * Excel moves it; null when every row of it was deleted.
 */
function moveArea(a: Area, at: number, count: number): Area | null {
  if (count > 0) {
    return {
      ...a,
      top: a.top >= at ? a.top + count : a.top,
      bottom: a.bottom >= at ? a.bottom + count : a.bottom,
    };
  }
  const last = at - count - 1;
  if (a.top >= at && a.bottom <= last) return null;
  const row = (r: number, end: boolean) => (r < at ? r : r > last ? r + count : end ? at - 1 : at);
  return { ...a, top: row(a.top, false), bottom: row(a.bottom, true) };
}

function moveAddress(address: string, at: number, count: number): string | null {
  const moved = parseAreas(address)
    .map((a) => moveArea(a, at, count))
    .filter((a): a is Area => a !== null);
  return moved.length > 0 ? moved.map(areaName).join(",") : null;
}

/** What is left of `a` once `b` is taken out: up to four areas (above, below, left, right). */
export function subtractArea(a: Area, b: Area): Area[] {
  if (b.top > a.bottom || b.bottom < a.top || b.left > a.right || b.right < a.left) return [a];
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const parts: Area[] = [
    { ...a, bottom: top - 1 },
    { ...a, top: bottom + 1 },
    { top, bottom, left: a.left, right: b.left - 1 },
    { top, bottom, left: b.right + 1, right: a.right },
  ];
  return parts.filter((p) => p.top <= p.bottom && p.left <= p.right);
}

export interface Validation {
  address: string;
  type: number;
  formula1?: string;
  input?: string;
  error?: string;
}

export interface Condition {
  address: string;
  /** The formula as the first area's top-left cell reads it. */
  formula: string;
  /** The formula as the caller typed it (read relative to the active cell). */
  typed: string;
  fill?: number;
  font?: number;
}

export class WpsSheet {
  cells = new Map<string, Cell>();
  merges: string[] = [];
  validations: Validation[] = [];
  conditions: Condition[] = [];
  columnWidths: Record<number, number> = {};
  rowHeights: Record<number, number> = {};
  page: Record<string, unknown> = {};
  font: Record<string, unknown> = {};
  active = false;
  activeCell = "A1";
  /** Where the panes are frozen (the active cell when FreezePanes was set), "" for none. */
  frozenAt = "";
  constructor(public name: string) {}

  cell(row: number, column: number): Cell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  at(address: string): Cell | undefined {
    const [area] = parseAreas(address);
    return this.cells.get(`${area.top},${area.left}`);
  }

  /** From the first used row and column to the last, as in a real sheet (not always from A1); A1 when empty. */
  used(): Area {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === null && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  }

  /** Worksheet.Copy: everything but the name. */
  copy(name: string): WpsSheet {
    const copy = new WpsSheet(name);
    for (const [key, cell] of this.cells)
      copy.cells.set(key, { ...cell, format: { ...cell.format } });
    copy.merges = [...this.merges];
    copy.validations = this.validations.map((v) => ({ ...v }));
    copy.conditions = this.conditions.map((c) => ({ ...c }));
    copy.columnWidths = { ...this.columnWidths };
    copy.rowHeights = { ...this.rowHeights };
    copy.page = { ...this.page };
    copy.font = { ...this.font };
    copy.activeCell = this.activeCell;
    return copy;
  }

  /**
   * Entire rows in (count > 0, before `at`) or out (count < 0): cells below move, inserted rows take
   * the formats and height of the row above, ranges across the change stretch or shrink, and
   * formulas of conditional formats follow the cells they point at.
   */
  moveRows(at: number, count: number): void {
    const last = at - count - 1;
    const cells = new Map<string, Cell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(",").map(Number);
      if (count < 0 && r >= at && r <= last) continue;
      cells.set(`${r >= at ? r + count : r},${c}`, cell);
      if (count > 0 && r === at - 1) {
        for (let i = 0; i < count; i++)
          cells.set(`${at + i},${c}`, { value: null, format: { ...cell.format } });
      }
    }
    this.cells = cells;
    this.merges = this.merges
      .map((m) => moveAddress(m, at, count))
      .filter((m): m is string => m !== null && m.includes(":"));
    this.validations = this.validations.flatMap((v) => {
      const address = moveAddress(v.address, at, count);
      return address ? [{ ...v, address }] : [];
    });
    this.conditions = this.conditions.flatMap((c) => {
      const [first] = parseAreas(c.address);
      const address = moveAddress(c.address, at, count);
      if (!address) return [];
      if (count < 0 && first.top >= at && first.top <= last)
        throw new Error("fake: a conditional format whose first row is deleted is not modelled");
      return [{ ...c, address, formula: moveRowRefs(c.formula, at, count) }];
    });
    const heights: Record<number, number> = {};
    for (const [row, h] of Object.entries(this.rowHeights)) {
      const r = Number(row);
      if (count < 0 && r >= at && r <= last) continue;
      heights[r >= at ? r + count : r] = h;
      if (count > 0 && r === at - 1) for (let i = 0; i < count; i++) heights[at + i] = h;
    }
    this.rowHeights = heights;
    if (typeof this.page.PrintArea === "string")
      this.page.PrintArea = moveAddress(this.page.PrintArea, at, count) ?? undefined;
  }

  /** Cell by cell what the sheet shows and does: for comparing two ways of making it. */
  snapshot(): unknown {
    const cells: Record<string, unknown> = {};
    const visit = (r: number, c: number) => {
      const cell = this.cells.get(`${r},${c}`);
      const merge = this.merges.find((m) => parseAreas(m).some((a) => inside(a, r, c)));
      const validation = [...this.validations]
        .reverse()
        .find((v) => parseAreas(v.address).some((a) => inside(a, r, c)));
      const conditions = this.conditions
        .filter((x) => parseAreas(x.address).some((a) => inside(a, r, c)))
        .map((x) => {
          const [first] = parseAreas(x.address);
          return `${shiftRelative(x.formula, r - first.top, c - first.left)} ${x.fill} ${x.font}`;
        });
      const entry = {
        ...(cell?.value !== null && cell?.value !== undefined ? { value: cell.value } : {}),
        ...(cell?.formula ? { formula: cell.formula } : {}),
        ...(cell && Object.keys(cell.format).length > 0 ? { format: cell.format } : {}),
        ...(merge ? { merge } : {}),
        ...(validation ? { validation: { ...validation, address: undefined } } : {}),
        ...(conditions.length > 0 ? { conditions } : {}),
      };
      if (Object.keys(entry).length > 0) cells[cellName(r, c)] = entry;
    };
    let bottom = 1;
    let right = 1;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    for (const address of [
      ...this.merges,
      ...this.validations.map((v) => v.address),
      ...this.conditions.map((x) => x.address),
    ]) {
      for (const a of parseAreas(address)) {
        bottom = Math.max(bottom, a.bottom);
        right = Math.max(right, a.right);
      }
    }
    for (let r = 1; r <= bottom; r++) for (let c = 1; c <= right; c++) visit(r, c);
    return {
      cells,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      page: this.page,
      font: this.font,
    };
  }
}
