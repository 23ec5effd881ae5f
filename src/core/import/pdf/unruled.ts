/**
 * Tables printed without rules: imaginary rules from how the words line up (pdfplumber's
 * words_to_edges_v), so that such tables go through the same cell builder as ruled ones. A column
 * starts where the left edges of enough words, one per line, fall together; each line is a row.
 * Without rules a cell wrapped over two lines cannot be told from two rows: the caller says so.
 */
import { Edge } from "./page";
import { PdfSettings } from "./settings";
import { TextLine, wordsOf } from "./text";

type Settings = Pick<
  PdfSettings,
  | "minWordsVertical"
  | "alignTolerance"
  | "minUnruledRows"
  | "unruledRowGap"
  | "lineTolerance"
  | "spaceGap"
  | "cjkSpaceGap"
  | "columnGap"
  | "cellPadding"
  | "maxCellPadding"
>;

export interface UnruledTable {
  /** The lines (indices into the lines given) the table is made of. */
  lines: number[];
  /** Imaginary rules around its rows and columns. */
  edges: Edge[];
}

/** Left edges of columns: clusters of word starts from at least `minWordsVertical` different lines. */
function columnStarts(lines: TextLine[], s: Settings): number[] {
  const starts = lines
    .flatMap((line, i) => wordsOf(line, s).map((word) => ({ x: word.x0, line: i })))
    .sort((a, b) => a.x - b.x);
  const columns: number[] = [];
  let cluster: typeof starts = [];
  const flush = () => {
    if (new Set(cluster.map((c) => c.line)).size >= s.minWordsVertical) columns.push(cluster[0].x);
    cluster = [];
  };
  for (const start of starts) {
    if (cluster.length > 0 && start.x - cluster[cluster.length - 1].x > s.alignTolerance) flush();
    cluster.push(start);
  }
  if (cluster.length > 0) flush();
  return columns;
}

function tableOf(lines: TextLine[], first: number, s: Settings): UnruledTable | null {
  const columns = columnStarts(lines, s);
  if (columns.length < 2) return null;
  const margin = s.alignTolerance / 2;
  const left = Math.min(columns[0], ...lines.map((l) => l.x0)) - margin;
  const right = Math.max(...lines.map((l) => l.x1)) + margin;
  const rows = [lines[0].top - margin];
  for (let i = 1; i < lines.length; i++) rows.push((lines[i - 1].bottom + lines[i].top) / 2);
  rows.push(lines[lines.length - 1].bottom + margin);
  const top = rows[0];
  const bottom = rows[rows.length - 1];
  const xs = [left, ...columns.slice(1).map((x) => x - margin), right];
  return {
    lines: lines.map((_, i) => first + i),
    edges: [
      ...xs.map((at): Edge => ({ orientation: "v", at, from: top, to: bottom })),
      ...rows.map((at): Edge => ({ orientation: "h", at, from: left, to: right })),
    ],
  };
}

/**
 * Tables among the lines of a page (outside ruled tables, top to bottom): runs of at least
 * `minUnruledRows` close lines, starting and ending with lines of several words, whose words
 * line up in columns.
 */
export function unruledTables(lines: TextLine[], s: Settings): UnruledTable[] {
  const tables: UnruledTable[] = [];
  let run: number[] = [];
  const flush = () => {
    // A line of one word may be a cell wrapped from the row above, inside a run, not at its end.
    while (run.length > 0 && wordsOf(lines[run[run.length - 1]], s).length < 2) run.pop();
    if (run.length >= s.minUnruledRows) {
      const table = tableOf(
        run.map((i) => lines[i]),
        run[0],
        s
      );
      if (table) tables.push(table);
    }
    run = [];
  };
  lines.forEach((line, i) => {
    const several = wordsOf(line, s).length >= 2;
    const last = run.length > 0 ? lines[run[run.length - 1]] : null;
    if (last && line.top - last.bottom > s.unruledRowGap * line.size) flush();
    if (several || run.length > 0) run.push(i);
  });
  flush();
  return tables;
}
