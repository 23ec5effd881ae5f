/**
 * Where the project forms lie on a grid: one sheet may hold several one below the other (a
 * multi-project PDF reduced to one grid). A form starts at the row of its 项目名称 (or 项目编码)
 * label, taking in the title rows just above it, and ends where the next form starts.
 */
import { headerField } from "./columns";
import { CellGrid } from "./grid";
import { cellLabel } from "./labels";
import { findIndicatorHeader } from "./table";

/** Rows above a form's first label that may hold its title, year line and unit line. */
const PREAMBLE_ROWS = 4;
/** A title or unit row holds at most this many filled cells. */
const PREAMBLE_CELLS = 2;

export interface Region {
  /** 0-based first row, the row of its first 项目名称 / 项目编码 label, and the row after its last. */
  start: number;
  anchor: number;
  end: number;
}

/**
 * Blank, a row of one or two texts that are neither labels nor indicator names, or a row that
 * opens with a label of the form other than its name or code (预算部门 above 项目支出名称).
 */
function isPreambleRow(grid: CellGrid, row: number): boolean {
  const filled = grid.filled(row);
  const kind = filled.length > 0 ? cellLabel(grid.text(row, filled[0]))?.label.kind : undefined;
  if (kind !== undefined && kind !== "name" && kind !== "code") return true;
  return (
    filled.length <= PREAMBLE_CELLS &&
    filled.every((c) => !cellLabel(grid.text(row, c)) && headerField(grid.text(row, c)) === null)
  );
}

/**
 * The forms of a grid, top to bottom. A second 项目名称 (or 项目编码), or one after an indicator
 * header, starts a new form; everything above the first form belongs to it.
 */
export function regionsOf(grid: CellGrid): Region[] {
  const regions: (Region & { name: boolean; code: boolean })[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const kinds = grid.filled(r).map((c) => cellLabel(grid.text(r, c))?.label.kind);
    const name = kinds.includes("name");
    const code = kinds.includes("code");
    if (!name && !code) continue;
    const current = regions[regions.length - 1];
    const fresh =
      !current ||
      findIndicatorHeader(grid, current.anchor, r) !== null ||
      (name && current.name) ||
      (code && !name && current.code);
    if (fresh) regions.push({ start: r, anchor: r, end: grid.rowCount, name, code });
    else {
      current.name ||= name;
      current.code ||= code;
    }
  }
  regions.forEach((region, k) => {
    if (k === 0) {
      region.start = 0;
      return;
    }
    const floor = regions[k - 1].anchor + 1;
    let start = region.anchor;
    while (
      start - 1 >= floor &&
      region.anchor - (start - 1) <= PREAMBLE_ROWS &&
      isPreambleRow(grid, start - 1)
    )
      start--;
    region.start = start;
    regions[k - 1].end = start;
  });
  return regions.map(({ start, anchor, end }) => ({ start, anchor, end }));
}
