/**
 * Ruling lines → tables, as pdfplumber's table.py: lines are snapped and joined, their crossings
 * found, and every crossing that closes a rectangle with its neighbours below and to the right
 * starts a cell. A merged cell is simply a larger rectangle; its spans come from the table's
 * column and row borders. A table cut by a page break has no rule along the cut, so each set of
 * connected rules is closed by its outline, and the cells closed only by it are marked open there.
 */
import { Box, Edge } from "./page";
import { PdfSettings } from "./settings";

export interface TableCell extends Box {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  /** Sides without a rule of their own: the table runs on over a page break there. */
  open: { top: boolean; bottom: boolean };
}

export interface RuledTable extends Box {
  /** Column borders, left to right, and row borders, top to bottom. */
  xs: number[];
  ys: number[];
  cells: TableCell[];
  /** Index into `cells` of the cell covering each grid position; undefined where no cell closes. */
  owner: (number | undefined)[][];
}

type Settings = Pick<
  PdfSettings,
  "snapTolerance" | "joinTolerance" | "edgeMinLength" | "intersectionTolerance" | "minTableCells"
>;

/** Moves lines of one orientation lying within `tolerance` of each other onto their mean position. */
export function snapEdges(edges: Edge[], tolerance: number): Edge[] {
  const out: Edge[] = [];
  for (const orientation of ["h", "v"] as const) {
    const sorted = edges.filter((e) => e.orientation === orientation).sort((a, b) => a.at - b.at);
    let cluster: Edge[] = [];
    const flush = () => {
      const at = cluster.reduce((sum, e) => sum + e.at, 0) / cluster.length;
      for (const e of cluster) out.push({ ...e, at });
      cluster = [];
    };
    for (const edge of sorted) {
      if (cluster.length > 0 && edge.at - cluster[cluster.length - 1].at > tolerance) flush();
      cluster.push(edge);
    }
    if (cluster.length > 0) flush();
  }
  return out;
}

/** Joins collinear pieces that overlap or leave gaps up to `tolerance`. */
export function joinEdges(edges: Edge[], tolerance: number): Edge[] {
  const lines = new Map<string, Edge[]>();
  for (const edge of edges) {
    const key = `${edge.orientation}${edge.at}`;
    const line = lines.get(key);
    if (line) line.push(edge);
    else lines.set(key, [edge]);
  }
  const out: Edge[] = [];
  for (const line of lines.values()) {
    line.sort((a, b) => a.from - b.from);
    let current = { ...line[0] };
    for (const edge of line.slice(1)) {
      if (edge.from <= current.to + tolerance) current.to = Math.max(current.to, edge.to);
      else {
        out.push(current);
        current = { ...edge };
      }
    }
    out.push(current);
  }
  return out;
}

export function mergeEdges(edges: Edge[], s: Settings): Edge[] {
  return joinEdges(snapEdges(edges, s.snapTolerance), s.joinTolerance).filter(
    (e) => e.to - e.from >= s.edgeMinLength
  );
}

function meet(h: Edge, v: Edge, tolerance: number): boolean {
  return (
    v.at >= h.from - tolerance &&
    v.at <= h.to + tolerance &&
    h.at >= v.from - tolerance &&
    h.at <= v.to + tolerance
  );
}

/** Sets of rules that touch each other, each with horizontal and vertical lines. */
export function connectedEdges(edges: Edge[], tolerance: number): Edge[][] {
  const parent = edges.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  edges.forEach((a, i) => {
    if (a.orientation !== "h") return;
    edges.forEach((b, j) => {
      if (b.orientation === "v" && meet(a, b, tolerance)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Edge[]>();
  edges.forEach((edge, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(edge);
    else groups.set(root, [edge]);
  });
  return [...groups.values()].filter(
    (g) => g.some((e) => e.orientation === "h") && g.some((e) => e.orientation === "v")
  );
}

function outline(edges: Edge[]): Edge[] {
  const xs = edges.flatMap((e) => (e.orientation === "h" ? [e.from, e.to] : [e.at]));
  const ys = edges.flatMap((e) => (e.orientation === "v" ? [e.from, e.to] : [e.at]));
  const [x0, x1, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  return [
    { orientation: "h", at: top, from: x0, to: x1 },
    { orientation: "h", at: bottom, from: x0, to: x1 },
    { orientation: "v", at: x0, from: top, to: bottom },
    { orientation: "v", at: x1, from: top, to: bottom },
  ];
}

interface Crossing {
  x: number;
  y: number;
  h: Set<number>;
  v: Set<number>;
}

/** Rectangles closed by rules: for each crossing, the nearest crossings below and right that close one. */
function cellsOf(edges: Edge[], tolerance: number): Box[] {
  const crossings = new Map<string, Crossing>();
  edges.forEach((h, i) => {
    if (h.orientation !== "h") return;
    edges.forEach((v, j) => {
      if (v.orientation !== "v" || !meet(h, v, tolerance)) return;
      const key = `${v.at}|${h.at}`;
      const found = crossings.get(key) ?? { x: v.at, y: h.at, h: new Set(), v: new Set() };
      found.h.add(i);
      found.v.add(j);
      crossings.set(key, found);
    });
  });
  const byX = new Map<number, Crossing[]>();
  const byY = new Map<number, Crossing[]>();
  for (const c of crossings.values()) {
    byX.set(c.x, (byX.get(c.x) ?? []).concat(c));
    byY.set(c.y, (byY.get(c.y) ?? []).concat(c));
  }
  for (const list of byX.values()) list.sort((a, b) => a.y - b.y);
  for (const list of byY.values()) list.sort((a, b) => a.x - b.x);
  const share = (a: Set<number>, b: Set<number>) => {
    for (const i of a) if (b.has(i)) return true;
    return false;
  };
  const cells: Box[] = [];
  for (const corner of crossings.values()) {
    const below = byX.get(corner.x)!.filter((c) => c.y > corner.y && share(c.v, corner.v));
    const right = byY.get(corner.y)!.filter((c) => c.x > corner.x && share(c.h, corner.h));
    search: for (const b of below) {
      for (const r of right) {
        const far = crossings.get(`${r.x}|${b.y}`);
        if (far && share(far.v, r.v) && share(far.h, b.h)) {
          cells.push({ x0: corner.x, top: corner.y, x1: r.x, bottom: b.y });
          break search;
        }
      }
    }
  }
  return cells;
}

/** Whether real rules at `y` cover the span from x0 to x1. */
function ruled(rules: Edge[], y: number, x0: number, x1: number, s: Settings): boolean {
  return rules.some(
    (e) =>
      e.orientation === "h" &&
      Math.abs(e.at - y) <= s.snapTolerance &&
      e.from <= x0 + s.joinTolerance &&
      e.to >= x1 - s.joinTolerance
  );
}

function tableOf(rules: Edge[], s: Settings): RuledTable | null {
  const boxes = cellsOf(mergeEdges([...rules, ...outline(rules)], s), s.intersectionTolerance);
  if (boxes.length < s.minTableCells) return null;
  const xs = [...new Set(boxes.flatMap((b) => [b.x0, b.x1]))].sort((a, b) => a - b);
  const ys = [...new Set(boxes.flatMap((b) => [b.top, b.bottom]))].sort((a, b) => a - b);
  const owner: (number | undefined)[][] = Array.from({ length: ys.length - 1 }, () =>
    Array<number | undefined>(xs.length - 1).fill(undefined)
  );
  const cells = boxes
    .sort((a, b) => a.top - b.top || a.x0 - b.x0)
    .map((box, index): TableCell => {
      const row = ys.indexOf(box.top);
      const column = xs.indexOf(box.x0);
      const rowSpan = ys.indexOf(box.bottom) - row;
      const columnSpan = xs.indexOf(box.x1) - column;
      for (let r = row; r < row + rowSpan; r++)
        for (let c = column; c < column + columnSpan; c++) owner[r][c] ??= index;
      return {
        ...box,
        row,
        column,
        rowSpan,
        columnSpan,
        open: {
          top: !ruled(rules, box.top, box.x0, box.x1, s),
          bottom: !ruled(rules, box.bottom, box.x0, box.x1, s),
        },
      };
    });
  return {
    x0: xs[0],
    x1: xs[xs.length - 1],
    top: ys[0],
    bottom: ys[ys.length - 1],
    xs,
    ys,
    cells,
    owner,
  };
}

/**
 * Adds to each set of rules the vertical lines that meet no rule but run exactly from its top to
 * its bottom: the sides of a merged cell cut at both ends by page breaks (a 一级指标 cell spanning
 * a whole page), which have no horizontal rule of their own on that page.
 */
function attachLoneSides(groups: Edge[][], merged: Edge[], s: Settings): void {
  const grouped = new Set(groups.flat());
  const lone = merged.filter((e) => e.orientation === "v" && !grouped.has(e));
  for (const group of groups) {
    const ys = group.flatMap((e) => (e.orientation === "v" ? [e.from, e.to] : [e.at]));
    const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
    for (const side of lone)
      if (
        Math.abs(side.from - top) <= s.snapTolerance &&
        Math.abs(side.to - bottom) <= s.snapTolerance
      ) {
        group.push({ ...side, from: top, to: bottom });
        grouped.add(side);
      }
  }
}

/** The ruled tables of one page, top to bottom. */
export function findTables(edges: Edge[], s: Settings): RuledTable[] {
  const merged = mergeEdges(edges, s);
  const groups = connectedEdges(merged, s.intersectionTolerance);
  attachLoneSides(groups, merged, s);
  return groups
    .map((group) => tableOf(group, s))
    .filter((t): t is RuledTable => t !== null)
    .sort((a, b) => a.top - b.top || a.x0 - b.x0);
}
