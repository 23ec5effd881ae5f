/**
 * Rows in line order, as a PDF viewer copies a table or `pdftotext -layout` prints it: top to
 * bottom, the pieces at one height on one line in column order, so a wrapped cell's lines are
 * spread over the row's lines among other cells' lines. The cells of a row sit centred (or at the
 * top, or the bottom) of it, so a row's line structure follows from how many lines each cell has:
 * for every choice of line counts that lays out into exactly the row's lines, each line's pieces
 * are cut among the cells that have a line there, and each way is checked and ranked by
 * reconcile.ts. Rows themselves are found around their 二级 names, which sit in their row alike.
 */
import type { Piece } from "./lines";
import { joinPieces, textWidth } from "./lines";
import {
  CellColumn,
  cellAllowed,
  ColumnWidths,
  cutRules,
  NO_WIDTHS,
  pieceAllowed,
  Ranking,
  RowVerdict,
  TextTraits,
  PLAIN_TEXT,
  wrapsLikeOneCell,
} from "./reconcile";
import { TEXT_IMPORT_SETTINGS } from "./settings";

export type Alignment = "center" | "top" | "bottom";
/**
 * The alignments rows are shared out under. Only centred (how these tables print): tried on a
 * centred table, top and bottom share lines out wrongly, and a wrong share can still read by chance.
 */
export const ALIGNMENTS: readonly Alignment[] = ["center"];

export interface LineRow {
  /** Each line's content pieces; a line may have none (a 二级 name's own line). */
  lines: Piece[][];
  /** Lines of the row that its 二级 name stands on (none when the name is merged elsewhere). */
  labelLines: number[];
}

function offset(alignment: Alignment, height: number, lines: number): number {
  return alignment === "center" ? (height - lines) / 2 : alignment === "top" ? 0 : height - lines;
}

/** Every way of giving `count` cells k lines each, k from 1 to `max`. */
function* lineCounts(count: number, max: number): Generator<number[]> {
  const k = new Array<number>(count).fill(1);
  for (;;) {
    yield k;
    let i = count - 1;
    while (i >= 0 && k[i] === max) k[i--] = 1;
    if (i < 0) return;
    k[i]++;
  }
}

/** Ways to cut a line's pieces into `groups` runs, as the gaps allow: the ends of the runs. */
function cutsOf(pieces: Piece[], groups: number, traits: TextTraits): number[][] {
  const cut = cutRules(
    pieces.map((p) => ({ text: p.text, line: 0, gap: p.gap })),
    traits
  );
  const out: number[][] = [];
  const walk = (start: number, left: number, ends: number[]) => {
    if (left === 1) {
      for (let i = start; i < pieces.length - 1; i++) if (cut[i] === "must") return;
      out.push([...ends, pieces.length - 1]);
      return;
    }
    for (let end = start; end <= pieces.length - left; end++) {
      if (cut[end] !== "never") walk(end + 1, left - 1, [...ends, end]);
      if (cut[end] === "must") return;
    }
  };
  if (groups >= 1 && groups <= pieces.length) walk(0, groups, []);
  return out;
}

/** Whether the lines of a cell line up: same start, same centre or same end (within tolerance). */
function aligned(spans: { x: number; end: number }[]): boolean {
  const tolerance = TEXT_IMPORT_SETTINGS.alignTolerance;
  const close = (values: number[]) => Math.max(...values) - Math.min(...values) <= tolerance;
  return (
    close(spans.map((s) => s.x)) ||
    close(spans.map((s) => (s.x + s.end) / 2)) ||
    close(spans.map((s) => s.end))
  );
}

interface CellLine {
  text: string;
  words: string[];
  x: number;
  end: number;
}

/**
 * Reads one row in line order under one alignment. `laidOut`: the pieces' positions are columns
 * of the page (`-layout`), so a cell's lines must line up.
 */
export function readLineRow(
  row: LineRow,
  columns: readonly CellColumn[],
  alignment: Alignment,
  known: ColumnWidths = NO_WIDTHS,
  laidOut = false,
  traits: TextTraits = PLAIN_TEXT
): RowVerdict {
  const n = row.lines.length;
  const ranking = new Ranking();
  if (n === 0 || n > TEXT_IMPORT_SETTINGS.maxLineRowLines) return ranking.verdict();
  const label = row.labelLines.length;
  // The ways to cut each line among g cells, worked out once per line and count.
  const cutMemo = row.lines.map(() => new Map<number, number[][]>());
  const cutsFor = (i: number, groups: number): number[][] => {
    const pieces = row.lines[i];
    if (pieces.length === 0) return groups === 0 ? [[]] : [];
    let ways = cutMemo[i].get(groups);
    if (!ways) {
      ways = cutsOf(pieces, groups, traits);
      cutMemo[i].set(groups, ways);
    }
    return ways;
  };
  for (const k of lineCounts(columns.length, n)) {
    if (ranking.full) break;
    const height = Math.max(label, ...k);
    // Heights in half lines: cell lines stand at `start + 2j`; the row must have n of them.
    const start = (lines: number) => Math.round(2 * offset(alignment, height, lines));
    let levels = 0;
    const mark = (lines: number) => {
      for (let j = 0; j < lines; j++) levels |= 1 << (start(lines) + 2 * j);
    };
    k.forEach(mark);
    mark(label);
    if (bitCount(levels) !== n) continue;
    const lineAt = (level: number) => bitCount(levels & ((1 << level) - 1));
    if (row.labelLines.some((line, j) => lineAt(start(label) + 2 * j) !== line)) continue;
    // Which cells have a line on each of the row's lines, in column order.
    const onLine: number[][] = row.lines.map(() => []);
    k.forEach((lines, c) => {
      for (let j = 0; j < lines; j++) onLine[lineAt(start(lines) + 2 * j)].push(c);
    });
    const cuts = onLine.map((cells, i) => cutsFor(i, cells.length));
    if (cuts.some((c) => c.length === 0)) continue;
    read(row, columns, onLine, cuts, known, laidOut, ranking);
  }
  return ranking.verdict();
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
}

/** Tries every cut of every line among its cells; adds each consistent reading to the ranking. */
function read(
  row: LineRow,
  columns: readonly CellColumn[],
  onLine: number[][],
  cuts: number[][][],
  known: ColumnWidths,
  laidOut: boolean,
  ranking: Ranking
): void {
  const cells: CellLine[][] = columns.map(() => []);
  const visit = (i: number): void => {
    if (ranking.full) return;
    if (i === row.lines.length) {
      // On a page, columns do not overlap: each cell starts left of every cell after it.
      if (laidOut)
        for (let c = 1; c < columns.length; c++)
          if (Math.max(...cells[c - 1].map((l) => l.x)) >= Math.min(...cells[c].map((l) => l.x)))
            return;
      const texts: Partial<Record<CellColumn, string>> = {};
      const widths: Partial<Record<CellColumn, number[]>> = {};
      for (let c = 0; c < columns.length; c++) {
        const lines = cells[c];
        const text = lines.reduce((t, l) => joinPieces(t, l.text, false), "");
        if (
          !cellAllowed(
            columns[c],
            text,
            lines.flatMap((l) => l.words)
          )
        )
          return;
        texts[columns[c]] = text;
        widths[columns[c]] = lines.map((l) => textWidth(l.text));
      }
      ranking.add(texts, widths);
      return;
    }
    const pieces = row.lines[i];
    for (const ends of cuts[i]) {
      let start = 0;
      let ok = true;
      const added: number[] = [];
      for (let g = 0; g < ends.length && ok; g++) {
        const c = onLine[i][g];
        const group = pieces.slice(start, ends[g] + 1);
        start = ends[g] + 1;
        const column = columns[c];
        const first = cells[c].length === 0;
        ok = group.every((p, w) => pieceAllowed(column, p.text, first && w === 0));
        if (!ok) break;
        const last = group[group.length - 1];
        cells[c].push({
          text: group.reduce((t, p) => joinPieces(t, p.text, true), ""),
          words: group.map((p) => p.text),
          x: group[0].x,
          end: last.x + last.text.length,
        });
        added.push(c);
        ok =
          wrapsLikeOneCell(
            cells[c].map((l) => l.text),
            column,
            known
          ) &&
          (!laidOut || aligned(cells[c]));
      }
      if (ok) visit(i + 1);
      for (const c of added) cells[c].pop();
    }
  };
  visit(0);
}
