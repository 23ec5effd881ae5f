/**
 * Reading one indicator row whose column widths are unknown, by reconciliation: the row's pieces
 * are cut into the table's cells (三级指标, 描述, 指标值, 依据) every way the text allows, and a way
 * is kept only if laying its cells out again gives the row's lines back (the order extraction puts
 * them in: block.ts, by-line.ts), every cell can be what its column holds (cells.ts), and each
 * wrapped cell wraps like a cell of one width (its full lines alike, its last no longer). The ways
 * left are ranked by evidence (a target in 指标值, a basis phrase in 依据, 描述 repeating 三级指标);
 * a row is read only when one way ranks first alone. Otherwise the caller keeps its text as it was
 * and reports it: a row is read right or reported, never shifted.
 */
import { isBasisText } from "../../basis";
import {
  basisFit,
  isMarkedTarget,
  isWhole,
  mustJoin,
  mustSplit,
  nameFit,
  readsAsTarget,
  sameWords,
  valueFit,
} from "./cells";
import { isWide, textWidth } from "./lines";
import { TEXT_IMPORT_SETTINGS } from "./settings";

/** The cells of an indicator row that the text holds (一级 / 二级 come from labels). */
export type CellColumn = "level3" | "description" | "value" | "basis";

export interface RowPiece {
  text: string;
  /** Index of its line within the row. */
  line: number;
  /** Spaces before it on its line (0 at the line's start). */
  gap: number;
  /** Column where it starts, when the text keeps its layout. */
  x?: number;
}

/** What the document tells of its columns: the full width of wrapped cells, the widest single line. */
export interface ColumnWidths {
  full: Partial<Record<CellColumn, number>>;
  widest: Partial<Record<CellColumn, number>>;
}

export const NO_WIDTHS: ColumnWidths = { full: {}, widest: {} };

export interface Reading {
  cells: Record<CellColumn, string>;
  /** Printed width of each line of each cell, for learning the table's column widths. */
  lines: Partial<Record<CellColumn, number[]>>;
  /** Evidence, most telling first: how well 指标值 and 依据 fit (cells.ts), 描述 = 三级指标. */
  score: number[];
}

export type RowVerdict =
  | { kind: "read"; reading: Reading }
  /** Several readings rank first alike; `score` is theirs. */
  | { kind: "ambiguous"; count: number; score: number[] }
  | { kind: "none" };

export const scoreOf = (v: RowVerdict): number[] =>
  v.kind === "read" ? v.reading.score : v.kind === "ambiguous" ? v.score : [];

const { shortLine, measure } = TEXT_IMPORT_SETTINGS;

/** Closing punctuation that a line may not open with (避头尾): the line before breaks early. */
const CLOSING = new Set([..."，。、；：！？）」』”’》〉】,.;:!?)%"]);

/** Whether a line may be a character short of full: the next opens with, or carries down, punctuation. */
function mayBreakEarly(next: string): boolean {
  const chars = [...next.replace(/ /g, "")];
  return CLOSING.has(chars[0] ?? "") || CLOSING.has(chars[1] ?? "");
}

/**
 * Whether a cell's lines wrap like one cell of a column: its full lines alike (one may break a
 * character early for punctuation), its last no longer; of the width the table told, if it did.
 */
export function wrapsLikeOneCell(
  lines: readonly string[],
  column: CellColumn,
  known: ColumnWidths = NO_WIDTHS
): boolean {
  const widths = lines.map(textWidth);
  const slack = (i: number) => measure + (mayBreakEarly(lines[i + 1]) ? shortLine : 0);
  const full = known.full[column];
  if (full !== undefined) {
    if (widths.some((w) => w > full + measure)) return false;
    return widths.slice(0, -1).every((w, i) => w >= full - slack(i));
  }
  if (widths.length === 1) return true;
  const body = widths.slice(0, -1);
  const top = Math.max(...body);
  if (body.some((w, i) => top - w > slack(i))) return false;
  if (widths[widths.length - 1] > top + measure) return false;
  const widest = known.widest[column];
  return widest === undefined || top >= widest - measure;
}

export function fits(column: CellColumn, text: string): number {
  switch (column) {
    case "value":
      return valueFit(text);
    case "basis":
      return basisFit(text);
    default:
      return nameFit(text);
  }
}

/**
 * Whether a piece may stand in a column: a comparison or a percentage as a word of its own belongs
 * in 指标值 only, and a 指标值 of several words holds no basis phrase.
 */
export function pieceAllowed(column: CellColumn, text: string, first: boolean): boolean {
  if (column !== "value") return !isMarkedTarget(text);
  return first || !isBasisText(text);
}

/** Whether a whole cell may stand in its column; `pieces` are its words. */
export function cellAllowed(column: CellColumn, text: string, pieces: readonly string[]): boolean {
  if (!isWhole(text)) return false;
  // A 指标值 of several words that holds a target but does not read as one ran two cells together.
  if (column === "value" && pieces.length > 1 && !readsAsTarget(text))
    if (pieces.some(isMarkedTarget)) return false;
  return fits(column, text) > 0;
}

export type Cut = "must" | "never" | "may";

/** What the whole text is like, as far as reading rows goes. */
export interface TextTraits {
  /** Spaces between the words of cells (copied from some viewers): a space may be inside a cell. */
  spacedWords: boolean;
}

export const PLAIN_TEXT: TextTraits = { spacedWords: false };

/** What each gap between two pieces allows: always a cut, never a cut, or either. */
export function cutRules(pieces: readonly RowPiece[], traits: TextTraits = PLAIN_TEXT): Cut[] {
  const cut: Cut[] = [];
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i];
    const b = pieces[i + 1];
    if (a.line !== b.line) cut.push("may");
    else if (b.gap >= TEXT_IMPORT_SETTINGS.layoutGap) cut.push("must");
    // Chinese is written without spaces: unless the text spaces its words, one between two
    // characters is where one cell ends and the next begins.
    else if (!traits.spacedWords && isWide(a.text[a.text.length - 1]) && isWide(b.text[0]))
      cut.push("must");
    else if (mustJoin(a.text, b.text)) cut.push("never");
    else cut.push(mustSplit(a.text, b.text) ? "must" : "may");
  }
  return cut;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Collects the readings of a row and keeps those that rank first. */
export class Ranking {
  private best: Reading | null = null;
  private count = 0;
  private texts = new Set<string>();
  seen = 0;

  get full(): boolean {
    return this.seen > TEXT_IMPORT_SETTINGS.maxCandidates;
  }

  add(cells: Partial<Record<CellColumn, string>>, lines: Partial<Record<CellColumn, number[]>>) {
    this.seen++;
    const score = [
      cells.value !== undefined ? fits("value", cells.value) : 0,
      cells.basis !== undefined ? fits("basis", cells.basis) : 0,
      // 描述 that repeats its 三级指标 word for word, as tables often do; nothing weaker counts.
      cells.description !== undefined && sameWords(cells.level3 ?? "", cells.description) ? 1 : 0,
    ];
    const key = JSON.stringify(cells);
    const order = this.best ? compare(score, this.best.score) : 1;
    if (order > 0) {
      this.best = {
        cells: { level3: "", description: "", value: "", basis: "", ...cells },
        lines,
        score,
      };
      this.count = 1;
      this.texts = new Set([key]);
    } else if (order === 0 && !this.texts.has(key)) {
      this.count++;
      this.texts.add(key);
    } else if (
      order === 0 &&
      this.best &&
      JSON.stringify(lines) !== JSON.stringify(this.best.lines)
    )
      // The same cells laid out two ways (三级指标 = 描述): which column wrapped is unknown.
      this.best.lines = {};
  }

  verdict(): RowVerdict {
    if (!this.best) return { kind: "none" };
    if (this.full) return { kind: "ambiguous", count: this.seen, score: this.best.score };
    if (this.count > 1) return { kind: "ambiguous", count: this.count, score: this.best.score };
    return { kind: "read", reading: this.best };
  }
}
