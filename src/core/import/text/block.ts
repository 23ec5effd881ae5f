/**
 * Rows in block order, as text-block extraction gives them (the seed): each cell's lines together,
 * cells in column order; cells that are one line each share one line, a wrapped cell has its lines
 * to itself. A row's pieces are cut into cells in that order every way the text allows, and each
 * way is checked and ranked by reconcile.ts.
 */
import { valueFit } from "./cells";
import type { Piece } from "./lines";
import { joinPieces, textWidth } from "./lines";
import {
  CellColumn,
  Reading,
  scoreOf,
  cellAllowed,
  ColumnWidths,
  cutRules,
  NO_WIDTHS,
  pieceAllowed,
  Ranking,
  RowPiece,
  RowVerdict,
  TextTraits,
  PLAIN_TEXT,
  wrapsLikeOneCell,
} from "./reconcile";
import { TEXT_IMPORT_SETTINGS } from "./settings";

interface Cell {
  /** Index of its last piece. */
  end: number;
  text: string;
  widths: number[];
}

/** Rows already read: documents repeat rows (the same wage rows in three projects). Bounded. */
const readRows = new Map<string, RowVerdict>();
const MAX_READ_ROWS = 2048;

/** Reads one row from its pieces in reading order; `columns` are the table's cells in order. */
export function readBlockRow(
  pieces: readonly RowPiece[],
  columns: readonly CellColumn[],
  known: ColumnWidths = NO_WIDTHS,
  traits: TextTraits = PLAIN_TEXT
): RowVerdict {
  let key = `${columns.join()}|${JSON.stringify(known)}|${traits.spacedWords}`;
  for (const p of pieces) key += `|${p.line}:${p.gap}:${p.text}`;
  let verdict = readRows.get(key);
  if (!verdict) {
    if (readRows.size >= MAX_READ_ROWS) readRows.clear();
    verdict = readAnew(pieces, columns, known, traits);
    readRows.set(key, verdict);
  }
  return verdict;
}

function readAnew(
  pieces: readonly RowPiece[],
  columns: readonly CellColumn[],
  known: ColumnWidths,
  traits: TextTraits
): RowVerdict {
  const n = pieces.length;
  if (n < columns.length || columns.length === 0) return { kind: "none" };
  const cut = cutRules(pieces, traits);

  // The cells each column could hold from each start: computed once, then combined.
  const options = new Map<number, Cell[]>();
  const cellsFrom = (column: number, start: number): Cell[] => {
    const key = column * (n + 1) + start;
    let found = options.get(key);
    if (found) return found;
    found = [];
    const name = columns[column];
    const lastColumn = column === columns.length - 1;
    let text = "";
    let lineText = "";
    const texts: string[] = [];
    const words: string[] = [];
    for (let end = start; end < n; end++) {
      const piece = pieces[end];
      const newLine = end > start && pieces[end - 1].line !== piece.line;
      if (end > start && cut[end - 1] === "must") break;
      if (!pieceAllowed(name, piece.text, end === start)) break;
      words.push(piece.text);
      if (newLine) {
        texts.push(lineText);
        lineText = piece.text;
      } else lineText = joinPieces(lineText, piece.text, true);
      text = joinPieces(text, piece.text, !newLine);
      const remaining = n - end - 1;
      if (lastColumn ? remaining > 0 : remaining < columns.length - column - 1) continue;
      if (!lastColumn && cut[end] === "never") continue;
      const cellLines = [...texts, lineText];
      if (!wrapsLikeOneCell(cellLines, name, known)) continue;
      if (cellAllowed(name, text, words))
        found.push({ end, text, widths: cellLines.map(textWidth) });
    }
    options.set(key, found);
    return found;
  };

  const ranking = new Ranking();
  const chosen: Cell[] = [];
  const sameLine = (end: number) => end + 1 < n && pieces[end].line === pieces[end + 1].line;
  const visit = (column: number, start: number): void => {
    if (ranking.full) return;
    const before = column > 0 ? chosen[column - 1] : null;
    for (const cell of cellsFrom(column, start)) {
      // Cells of one line each share their line; a wrapped cell has its lines to itself.
      if (before) {
        const single = before.widths.length === 1 && cell.widths.length === 1;
        if (single !== sameLine(before.end)) continue;
      }
      chosen[column] = cell;
      if (column < columns.length - 1) visit(column + 1, cell.end + 1);
      else {
        const cells: Partial<Record<CellColumn, string>> = {};
        const lines: Partial<Record<CellColumn, number[]>> = {};
        columns.forEach((c, i) => {
          cells[c] = chosen[i].text;
          lines[c] = chosen[i].widths;
        });
        ranking.add(cells, lines);
      }
    }
  };
  visit(0, 0);
  return ranking.verdict();
}

/** 指标值 evidence each row needs when a group is read as several rows (cells.ts valueFit). */
const MIN_SPLIT_VALUE_FIT = 2;

export interface BlockRead {
  verdict: RowVerdict;
  /** The rows, when the group reads one way only. */
  rows: Reading[] | null;
}

/**
 * Reads the content under one 二级 name as one row or as several in turn (a 二级 cell merged over
 * rows). It is read only when exactly one split into rows works and each of its rows reads one way.
 */
export function readBlockGroup(
  lines: readonly Piece[][],
  columns: readonly CellColumn[],
  known: ColumnWidths,
  traits: TextTraits = PLAIN_TEXT
): BlockRead {
  const verdicts = new Map<string, RowVerdict>();
  const verdict = (from: number, to: number): RowVerdict => {
    const key = `${from}:${to}`;
    let v = verdicts.get(key);
    if (!v) {
      const pieces = lines
        .slice(from, to)
        .flatMap((line, i) => line.map((p) => ({ text: p.text, line: i, gap: p.gap })));
      v = readBlockRow(pieces, columns, known, traits);
      verdicts.set(key, v);
    }
    return v;
  };
  const whole = verdict(0, lines.length);
  const pieceCount = lines.reduce((n, l) => n + l.length, 0);
  const single = (): BlockRead => ({
    verdict: whole,
    rows: whole.kind === "read" ? [whole.reading] : null,
  });
  // Each row of a split needs its own 指标值: without two words that could be one, it has none.
  const values = lines.reduce(
    (n, l) => n + l.filter((p) => valueFit(p.text) >= MIN_SPLIT_VALUE_FIT).length,
    0
  );
  if (pieceCount < 2 * columns.length || lines.length < 2 || values < 2) return single();

  // Splits into two or more rows: ways[i] counts the ways lines 0..i split (capped at 2).
  const ways: { count: number; rows: Reading[] | null; unsure: boolean }[] = [
    { count: 1, rows: [], unsure: false },
  ];
  for (let to = 1; to <= lines.length; to++) {
    const here = { count: 0, rows: null as Reading[] | null, unsure: false };
    for (let from = Math.max(0, to - TEXT_IMPORT_SETTINGS.maxRowLines); from < to; from++) {
      const before = ways[from];
      if (before.count === 0 || (from === 0 && to === lines.length)) continue;
      const v = verdict(from, to);
      // A row of its own needs a 指标值 that reads as one, not merely text in that column.
      if (v.kind === "none" || scoreOf(v)[0] < MIN_SPLIT_VALUE_FIT) continue;
      here.count = Math.min(2, here.count + before.count);
      here.unsure = here.unsure || before.unsure || v.kind === "ambiguous";
      if (v.kind === "read" && before.rows) here.rows = [...before.rows, v.reading];
    }
    ways.push(here);
  }
  const split = ways[lines.length];
  const wholeWorks = whole.kind !== "none";
  if (split.count === 0) return single();
  if (!wholeWorks && split.count === 1 && !split.unsure && split.rows)
    return { verdict: { kind: "read", reading: split.rows[0] }, rows: split.rows };
  return {
    verdict: {
      kind: "ambiguous",
      count: (wholeWorks ? 1 : 0) + split.count,
      score: scoreOf(whole),
    },
    rows: null,
  };
}
