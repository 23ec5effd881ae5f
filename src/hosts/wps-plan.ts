/**
 * The WPS host's arithmetic on sheet plans, without the ET object model: styles resolved per cell
 * and grouped into as few ranges as possible (every bridge call costs), and the extent of a plan.
 */
import { cellName, parseRange, SheetPlan, Style } from "../core/layout/plan";

/** A sheet's Range by address (wps.ts fetches each address once per sheet). */
export type RangeOf = (address: string) => Et.Range;

/** WPS (like VBA) takes colours as BGR integers: #RRGGBB → 0xBBGGRR. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** An address may hold at most 255 characters. */
const MAX_ADDRESS = 255;

/** Joins addresses into multi-area ranges, each under the 255 characters an address may have. */
export function unions(addresses: string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > MAX_ADDRESS) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) out.push(current);
  return out;
}

/** Groups keys by equal values: { 12: ["A:A", "D:D"] }. */
export function byEqual<K, T>(entries: [K, T][]): Map<T, K[]> {
  const groups = new Map<T, K[]>();
  for (const [key, value] of entries) groups.set(value, [...(groups.get(value) ?? []), key]);
  return groups;
}

type StyleKey = keyof Style;
export const key = (row: number, column: number) => `${row},${column}`;

export function eachCell(range: string, visit: (row: number, column: number) => void): void {
  const { from, to } = parseRange(range);
  for (let r = from.row; r <= to.row; r++)
    for (let c = from.column; c <= to.column; c++) visit(r, c);
}

/** The style each cell ends with (later entries win), by "row,column". */
export function cellStyles(styles: SheetPlan["styles"]): Map<string, Partial<Style>> {
  const cells = new Map<string, Partial<Style>>();
  for (const { range, style } of styles)
    eachCell(range, (r, c) => cells.set(key(r, c), { ...cells.get(key(r, c)), ...style }));
  return cells;
}

/** Cells as rectangles: row runs first, then equal runs stacked. */
export function rectangles(cells: [number, number][]): string[] {
  const rows = new Map<number, number[]>();
  for (const [r, c] of cells) rows.set(r, [...(rows.get(r) ?? []), c]);
  const runs: { row: number; from: number; to: number }[] = [];
  for (const [row, columns] of [...rows].sort((a, b) => a[0] - b[0])) {
    columns.sort((a, b) => a - b);
    let from = columns[0];
    for (let i = 1; i <= columns.length; i++) {
      if (columns[i] !== columns[i - 1] + 1) {
        runs.push({ row, from, to: columns[i - 1] });
        from = columns[i];
      }
    }
  }
  const open: { top: number; bottom: number; from: number; to: number }[] = [];
  for (const run of runs) {
    const above = open.find(
      (o) => o.bottom === run.row - 1 && o.from === run.from && o.to === run.to
    );
    if (above) above.bottom = run.row;
    else open.push({ top: run.row, bottom: run.row, from: run.from, to: run.to });
  }
  return open.map((o) =>
    o.top === o.bottom && o.from === o.to
      ? cellName(o.top, o.from)
      : `${cellName(o.top, o.from)}:${cellName(o.bottom, o.to)}`
  );
}

/**
 * The styles as they end up on each cell, grouped by property and value into rectangles: one
 * bridge call per distinct value rather than one per styled range.
 */
export function resolvedStyles(
  styles: SheetPlan["styles"]
): Map<string, { key: StyleKey; value: unknown; ranges: string[] }> {
  const byValue = new Map<string, { key: StyleKey; value: unknown; cells: [number, number][] }>();
  for (const [position, style] of cellStyles(styles)) {
    const [r, c] = position.split(",").map(Number);
    for (const [k, value] of Object.entries(style) as [StyleKey, unknown][]) {
      if (value === undefined || value === false) continue;
      const id = `${k}=${JSON.stringify(value)}`;
      const group = byValue.get(id) ?? { key: k, value, cells: [] };
      group.cells.push([r, c]);
      byValue.set(id, group);
    }
  }
  const result = new Map<string, { key: StyleKey; value: unknown; ranges: string[] }>();
  for (const [id, group] of byValue)
    result.set(id, { key: group.key, value: group.value, ranges: rectangles(group.cells) });
  return result;
}
