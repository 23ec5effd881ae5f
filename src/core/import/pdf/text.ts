/**
 * Glyphs → lines → text. Glyphs whose centres are level make a line; a gap makes a space only
 * where a space belongs (between Latin words, not inside Chinese); inside a cell, a line that the
 * next line's first word would have overflowed was wrapped by the printer and is joined back,
 * while a shorter one ended where its writer pressed Enter and keeps its line break.
 */
import { Box, centerY, Glyph, isWide, isWordChar } from "./page";
import { PdfSettings } from "./settings";

export interface TextLine extends Box {
  glyphs: Glyph[];
  /** Largest font size on the line, points. */
  size: number;
}

/** A piece of a line set apart by a wide gap: a column of text outside tables. */
export interface Chunk extends Box {
  text: string;
}

type Settings = Pick<
  PdfSettings,
  "lineTolerance" | "spaceGap" | "cjkSpaceGap" | "columnGap" | "cellPadding" | "maxCellPadding"
>;

function boxOf(glyphs: Glyph[]): Box {
  return {
    x0: Math.min(...glyphs.map((g) => g.x0)),
    x1: Math.max(...glyphs.map((g) => g.x1)),
    top: Math.min(...glyphs.map((g) => g.top)),
    bottom: Math.max(...glyphs.map((g) => g.bottom)),
  };
}

function lineOf(glyphs: Glyph[]): TextLine {
  const sorted = glyphs.slice().sort((a, b) => a.x0 - b.x0);
  return { ...boxOf(sorted), glyphs: sorted, size: Math.max(...sorted.map((g) => g.size)) };
}

/** Groups glyphs into lines, top to bottom, each left to right. */
export function groupLines(glyphs: Glyph[], s: Settings): TextLine[] {
  const sorted = glyphs.slice().sort((a, b) => centerY(a) - centerY(b) || a.x0 - b.x0);
  const lines: TextLine[] = [];
  let current: Glyph[] = [];
  let level = 0;
  for (const glyph of sorted) {
    if (current.length > 0 && centerY(glyph) - level > s.lineTolerance * glyph.size) {
      lines.push(lineOf(current));
      current = [];
    }
    if (current.length === 0) level = centerY(glyph);
    current.push(glyph);
  }
  if (current.length > 0) lines.push(lineOf(current));
  return lines;
}

/** Whether the gap between two neighbouring glyphs is a space. */
function spaced(a: Glyph, b: Glyph, s: Settings): boolean {
  const em = Math.max(a.size, b.size);
  const gap = b.x0 - a.x1;
  return isWide(a.text) && isWide(b.text) ? gap > s.cjkSpaceGap * em : gap > s.spaceGap * em;
}

/** The text of glyphs in reading order (one line), with spaces where the gaps are spaces. */
export function textOf(glyphs: Glyph[], s: Settings): string {
  let text = "";
  glyphs.forEach((glyph, i) => {
    if (i > 0 && spaced(glyphs[i - 1], glyph, s)) text += " ";
    text += glyph.text;
  });
  return text;
}

function split(line: TextLine, apart: (a: Glyph, b: Glyph) => boolean, s: Settings): Chunk[] {
  const pieces: Glyph[][] = [];
  line.glyphs.forEach((glyph, i) => {
    if (i === 0 || apart(line.glyphs[i - 1], glyph)) pieces.push([glyph]);
    else pieces[pieces.length - 1].push(glyph);
  });
  return pieces.map((glyphs) => ({ ...boxOf(glyphs), text: textOf(glyphs, s) }));
}

/** Splits a line at gaps wider than the column gap. */
export function chunksOf(line: TextLine, s: Settings): Chunk[] {
  return split(line, (a, b) => b.x0 - a.x1 > s.columnGap * Math.max(a.size, b.size), s);
}

/** Splits a line at its spaces. */
export function wordsOf(line: TextLine, s: Settings): Chunk[] {
  return split(line, (a, b) => spaced(a, b, s), s);
}

const OPENING = /^[（(「『“‘《〈【[]$/;
const CLOSING = /^[，。、；：？！）)」』”’》〉】\]%,.;:?!]$/;

/**
 * How wide the first unbreakable piece of a line is: a Latin word, or a character with the
 * punctuation that may not be parted from it (an opening bracket before it, closing marks after).
 */
function firstPieceWidth(line: TextLine): number {
  const g = line.glyphs;
  let end = 0;
  if (OPENING.test(g[0].text) && g.length > 1) end = 1;
  if (isWordChar(g[end].text)) while (end + 1 < g.length && isWordChar(g[end + 1].text)) end++;
  while (end + 1 < g.length && CLOSING.test(g[end + 1].text)) end++;
  return g[end].x1 - g[0].x0;
}

/** Whether the printer wrapped `line` because the room for text in its cell (`inner` wide) was full. */
export function wrapped(line: TextLine, next: TextLine, inner: number): boolean {
  return line.x1 - line.x0 + firstPieceWidth(next) > inner;
}

/**
 * The room for text in a cell `width` wide: less its padding, which producers choose (LibreOffice
 * and iText little, Chrome a few points, Word 5.4 pt a side). Seen as the gap left of the lines
 * when the cell's left border `x0` is known: a side at least half of `cellPadding`, at most
 * `maxCellPadding` (centred short lines leave wider gaps that are no padding).
 */
function innerWidth(lines: TextLine[], width: number, s: Settings, x0?: number): number {
  if (x0 === undefined || lines.length === 0) return width - s.cellPadding;
  const gap = Math.min(...lines.map((l) => l.x0 - x0));
  return width - Math.max(s.cellPadding, 2 * Math.min(Math.max(gap, 0), s.maxCellPadding));
}

/**
 * Joins the lines of a cell as the cell's text: wrapped lines rejoined, line breaks kept. With the
 * cell's left border `x0` the padding is measured (innerWidth), else taken as `cellPadding`.
 */
export function cellText(lines: TextLine[], width: number, s: Settings, x0?: number): string {
  const inner = innerWidth(lines, width, s, x0);
  let text = "";
  lines.forEach((line, i) => {
    const part = textOf(line.glyphs, s);
    if (i === 0) {
      text = part;
      return;
    }
    const before = lines[i - 1];
    if (!wrapped(before, line, inner)) {
      text += `\n${part}`;
      return;
    }
    // Latin words wrap at spaces, which the break swallowed; a word longer than the line is cut
    // anywhere, and such a word fills its line from the start up to the last character that fits.
    const last = before.glyphs[before.glyphs.length - 1];
    const first = line.glyphs[0];
    const cutWord =
      !textOf(before.glyphs, s).includes(" ") &&
      before.x1 - before.x0 + (first.x1 - first.x0) > inner;
    text += isWordChar(last.text) && isWordChar(first.text) && !cutWord ? ` ${part}` : part;
  });
  return text;
}
