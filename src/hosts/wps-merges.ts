/**
 * The merged areas of a WPS sheet, found block by block rather than cell by cell: the object
 * model tells merges only through Range.MergeCells (true when every cell of the range is merged,
 * false when none is, null for a mix) and Range.MergeArea (the merge holding a range's first
 * cell). Only blank cells can be covered by a merge (a merge's value sits in its top-left cell),
 * and only they need telling apart, so the blocks asked about are each row's runs of blank cells
 * not inside a merge found already: a run with no merge costs two calls; a mixed run is halved
 * until its parts are unmerged or one merge. Reading only.
 */
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const A = 65;
function column(n: number): string {
  let name = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(A + ((c - 1) % 26)) + name;
  return name;
}

const address = (a: Area) => `${column(a.left)}${a.top}:${column(a.right)}${a.bottom}`;

/** "$A$5:$C$5" (or "$A$5") as an area. */
function areaOf(text: string): Area | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(String(text).trim());
  if (!m) return null;
  const index = (name: string) =>
    [...name.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - A + 1, 0);
  const [top, left] = [Number(m[2]), index(m[1])];
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? index(m[3]) : left };
}

const covers = (outer: Area, inner: Area) =>
  outer.top <= inner.top &&
  outer.left <= inner.left &&
  outer.bottom >= inner.bottom &&
  outer.right >= inner.right;

/** The two halves of an area: by rows while it has more than one, else by columns. */
function halves(a: Area): [Area, Area] {
  if (a.bottom > a.top) {
    const mid = Math.floor((a.top + a.bottom) / 2);
    return [
      { ...a, bottom: mid },
      { ...a, top: mid + 1 },
    ];
  }
  const mid = Math.floor((a.left + a.right) / 2);
  return [
    { ...a, right: mid },
    { ...a, left: mid + 1 },
  ];
}

/**
 * Merged areas covering blank cells of the sheet, as A1 ranges ("A5:C5"); `grid` is the sheet's
 * values from A1 (blank as null), as read from its used range.
 */
export function mergesOf(sheet: Et.Worksheet, grid: unknown[][]): string[] {
  const found = new Map<string, Area>();
  const scan = (block: Area): void => {
    // Inside a merge already found: nothing more to learn here.
    for (const m of found.values()) if (covers(m, block)) return;
    const range = sheet.Range(address(block));
    const merged = range.MergeCells as unknown;
    if (merged === false) return;
    const single = block.top === block.bottom && block.left === block.right;
    if (merged === true || single) {
      const area = areaOf(String(range.MergeArea.Address));
      if (area && (area.bottom > area.top || area.right > area.left)) {
        found.set(address(area), area);
        if (covers(area, block)) return;
      }
      if (single) return;
    }
    for (const half of halves(block)) scan(half);
  };
  const width = Math.max(0, ...grid.map((row) => row.length));
  grid.forEach((row, r) => {
    // An empty row of the grid is above the used range: nothing there.
    if (row.length === 0) return;
    for (let c = 0; c < width;) {
      if (row[c] !== null && row[c] !== undefined) {
        c++;
        continue;
      }
      const start = c;
      while (c < width && (row[c] === null || row[c] === undefined)) c++;
      scan({ top: r + 1, left: start + 1, bottom: r + 1, right: c });
    }
  });
  return [...found.keys()];
}
