/**
 * The merged areas of a WPS sheet, found block by block rather than cell by cell: the object
 * model tells merges only through Range.MergeCells (true when every cell of the range is merged,
 * false when none is, null for a mix) and Range.MergeArea (the merge holding a range's first
 * cell, asked of one cell). Only blank cells can be covered by a merge (a merge's value sits in
 * its top-left cell), and only they need telling apart, so the blocks asked about are each row's
 * runs of blank cells: a run with no merge costs two calls; in a run with merges the walk asks
 * the first cell's merge and skips its width, and cells inside a merge found already (a merge
 * down several rows) cost nothing. Reading only.
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

/**
 * Merged areas covering blank cells of the sheet, as A1 ranges ("A5:C5"); `grid` is the sheet's
 * values from A1 (blank as null), as read from its used range.
 */
export function mergesOf(sheet: Et.Worksheet, grid: unknown[][]): string[] {
  const found = new Map<string, Area>();
  const holding = (row: number, col: number) => {
    for (const m of found.values())
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return null;
  };
  /** One row's run of blank cells, left to right: a merge found lets the walk skip its width. */
  const scanRun = (row: number, from: number, to: number): void => {
    let c = from;
    while (c <= to) {
      const known = holding(row, c);
      if (known) {
        c = known.right + 1;
        continue;
      }
      const rest = sheet.Range(address({ top: row, left: c, bottom: row, right: to }));
      const merged = rest.MergeCells as unknown;
      if (merged === false) return;
      // The merge holding the run's first cell, if any (MergeArea answers for the first cell).
      const first =
        merged === true || c === to
          ? rest
          : sheet.Range(address({ top: row, left: c, bottom: row, right: c }));
      const area = areaOf(first.MergeArea.Address());
      if (area && (area.bottom > area.top || area.right > area.left)) {
        found.set(address(area), area);
        c = area.right + 1;
      } else c++;
    }
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
      scanRun(r + 1, start + 1, c);
    }
  });
  return [...found.keys()];
}
