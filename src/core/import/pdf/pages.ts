/**
 * The pages → the document as one sequence of blocks: a table that runs on over a page break
 * joins its predecessor, with a repeated header dropped and cells cut by the break put back
 * together, and what happened is noted with its page.
 */
import { Problem } from "../../problem";
import { clip, PdfBlock, PdfCell, PdfLayout, PdfLine, PdfTable, readPage } from "./document";
import { PdfPage } from "./page";
import { PdfSettings } from "./settings";

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

/** Column borders of both parts, those within `tolerance` of each other counted once. */
function unionBorders(a: number[], b: number[], tolerance: number): number[] {
  const all = [...a, ...b].sort((x, y) => x - y);
  return all.filter((x, i) => i === 0 || x - all[i - 1] > tolerance);
}

function reindex(cells: PdfCell[], xs: number[], tolerance: number, rowOffset: number): PdfCell[] {
  const index = (x: number) => xs.findIndex((b) => near(b, x, tolerance));
  return cells.map((cell) => {
    const column = index(cell.x0);
    return { ...cell, row: cell.row + rowOffset, column, columnSpan: index(cell.x1) - column };
  });
}

const rowKey = (cells: PdfCell[], row: number) =>
  cells
    .filter((c) => c.row === row)
    .map((c) => `${c.column}:${c.columnSpan}:${c.text}`)
    .join("|");

/** `next`, which starts the page after `table` ends, as the rest of `table`. */
function joinTable(table: PdfTable, next: PdfTable, s: PdfSettings, problems: Problem[]): PdfTable {
  const t = s.continuationTolerance;
  const xs = unionBorders(table.xs, next.xs, t);
  const before = reindex(table.cells, xs, t, 0);
  let after = reindex(next.cells, xs, t, table.rowCount);
  let rowCount = table.rowCount + next.rowCount;
  // A header printed again at the top of the page: the same cells as a row already read.
  const header = rowKey(after, table.rowCount);
  const first = after.filter((c) => c.row === table.rowCount);
  const single = first.every((c) => c.rowSpan === 1) && first.some((c) => c.text !== "");
  const rows = Array.from({ length: table.rowCount }, (_, r) => r);
  if (single && header !== "" && rows.some((r) => rowKey(before, r) === header)) {
    after = after.filter((c) => c.row !== table.rowCount).map((c) => ({ ...c, row: c.row - 1 }));
    rowCount--;
    problems.push({
      rule: "import/pdf-continued",
      severity: "info",
      ...next.place,
      message: "表格跨页，续页重复的表头已略去",
    });
  }
  // A cell cut by the page break: open at the bottom of one part and at the top of the next.
  const cells: PdfCell[] = [];
  const used = new Set<PdfCell>();
  for (const cell of before) {
    const rest =
      cell.open.bottom && cell.row + cell.rowSpan === table.rowCount
        ? after.find(
            (c) =>
              !used.has(c) &&
              c.open.top &&
              c.row === table.rowCount &&
              c.column === cell.column &&
              c.columnSpan === cell.columnSpan
          )
        : undefined;
    if (!rest) {
      cells.push(cell);
      continue;
    }
    used.add(rest);
    cells.push({
      ...cell,
      rowSpan: cell.rowSpan + rest.rowSpan,
      text: cell.text + rest.text,
      place: cell.text === "" ? rest.place : cell.place,
      open: { top: cell.open.top, bottom: rest.open.bottom },
    });
  }
  cells.push(...after.filter((c) => !used.has(c)));
  return { ruled: table.ruled, xs, rowCount, cells, place: table.place, end: next.end };
}

function continues(table: PdfTable, next: PdfTable, s: PdfSettings): boolean {
  const t = s.continuationTolerance;
  return (
    table.ruled === next.ruled &&
    near(table.xs[0], next.xs[0], t) &&
    near(table.xs[table.xs.length - 1], next.xs[next.xs.length - 1], t)
  );
}

/** Whether `line`, outside `table` beyond its open side (`below` or above), is the cut-off part of a cell there. */
function cutOff(table: PdfTable, line: PdfLine, below: boolean, s: PdfSettings): boolean {
  const t = s.continuationTolerance;
  const beyond = below ? line.top >= table.end.bottom - t : line.bottom <= table.place.y + t;
  return (
    beyond &&
    table.cells.some(
      (c) =>
        (below
          ? c.open.bottom && c.row + c.rowSpan === table.rowCount
          : c.open.top && c.row === 0) &&
        line.x0 >= c.x0 - t &&
        line.x1 <= c.x1 + t
    )
  );
}

/**
 * Tables one below the other on a page, with nothing between them but a gap of up to `stackGap`
 * and the same outer borders, are one table: a form printed as a header block and an indicator
 * table (Word and web pages make them two tables) is one project, as when ruled as one.
 */
function stackTables(blocks: PdfBlock[], s: PdfSettings, problems: Problem[]): PdfBlock[] {
  const out: PdfBlock[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.kind === "table" && last?.kind === "table") {
      const [above, below] = [last.table, block.table];
      const gap = below.place.y - above.end.bottom;
      if (
        above.end.page === below.place.page &&
        gap >= -s.continuationTolerance &&
        gap <= s.stackGap &&
        continues(above, below, s)
      ) {
        problems.push({
          rule: "import/pdf-stacked",
          severity: "info",
          ...below.place,
          message: "上下相接、左右边线对齐的两张表格按一张表格读取（如表头信息表与指标表）",
        });
        out[out.length - 1] = { kind: "table", table: joinTable(above, below, s, problems) };
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

/**
 * All pages as one sequence of blocks; a table running on over a page break is one table. A
 * spreadsheet prints a merged cell cut by a page break whole on both pages, clipped to each
 * page's part: the text that falls outside the part is invisible there, and is dropped.
 */
export function readLayout(pages: PdfPage[], s: PdfSettings): PdfLayout {
  const problems: Problem[] = [];
  const blocks: PdfBlock[] = [];
  for (const page of pages) {
    const read = readPage(page, s);
    problems.push(...read.problems);
    read.blocks = stackTables(read.blocks, s, problems);
    let last = blocks.length - 1;
    while (last >= 0 && blocks[last].kind !== "table") last--;
    const first = read.blocks.findIndex((b) => b.kind === "table");
    const table = last >= 0 ? (blocks[last] as { table: PdfTable }).table : null;
    const next = first >= 0 ? (read.blocks[first] as { table: PdfTable }).table : null;
    const dropped = [
      ...blocks
        .slice(last + 1)
        .map(
          (b) =>
            table &&
            b.kind === "line" &&
            b.line.page === page.number - 1 &&
            cutOff(table, b.line, true, s)
        ),
      ...read.blocks
        .slice(0, first)
        .map((b) => next && b.kind === "line" && cutOff(next, b.line, false, s)),
    ];
    if (
      table &&
      next &&
      table.end.page === page.number - 1 &&
      dropped.every(Boolean) &&
      continues(table, next, s)
    ) {
      for (const b of [...blocks.slice(last + 1), ...read.blocks.slice(0, first)])
        if (b.kind === "line")
          problems.push({
            rule: "import/pdf-continued",
            severity: "info",
            page: b.line.page,
            x: b.line.x0,
            y: b.line.top,
            message: `“${clip(b.line.text)}”是跨页合并单元格在本页边界外（不可见）的部分，已按另一页读取`,
          });
      problems.push({
        rule: "import/pdf-continued",
        severity: "info",
        ...next.place,
        message: `第 ${page.number} 页开头的表格接续上一页的表格`,
      });
      blocks.splice(last, blocks.length - last, {
        kind: "table",
        table: joinTable(table, next, s, problems),
      });
      blocks.push(...read.blocks.slice(first + 1));
    } else blocks.push(...read.blocks);
  }
  return { blocks, problems };
}
