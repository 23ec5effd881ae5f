/**
 * The first stage of reading a published document: text lines, each with its place in the source
 * and its pieces (the runs of text between spaces, with where they start and how wide the gap
 * before them was). Every later stage works on these, so that text from a PDF viewer, from
 * `pdftotext` with or without `-layout`, and lines that the PDF importer rebuilt from positions
 * all share one path.
 */
import type { SourcePlace } from "../../problem";

/** A line of text and where it is in the source (a line number, or a page and height). */
export interface PlacedLine {
  text: string;
  place: SourcePlace;
}

export interface Piece {
  text: string;
  /** Column of its first character in the source line: a position when the text keeps its layout. */
  x: number;
  /** Spaces between it and the piece before (0 for the first piece of a line). */
  gap: number;
}

export interface TextLine extends PlacedLine {
  pieces: Piece[];
}

/** Page numbers and footers that extraction leaves between lines: `- 2 -`, `— 3 —`, `第 2 页 共 9 页`, `2/9`. */
export const PAGE_FOOTER =
  /^([-—–－]+\s*\d+\s*[-—–－]+|第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** Printed width of text: CJK and full-width characters 1, ASCII ½ (how a table's column fills). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code < 0x80 || (code >= 0xff61 && code <= 0xff9f) ? 0.5 : 1;
  }
  return width;
}

/** Whether a character is CJK text or full-width punctuation (wraps and joins without spaces). */
export function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2e80 && !(code >= 0xff61 && code <= 0xff9f);
}

/**
 * Joins two pieces of one cell. On one line the source's space stays, except between two wide
 * characters (text copied from some viewers puts spaces between words); across a wrap nothing is
 * put between, except between two Latin words.
 */
export function joinPieces(a: string, b: string, sameLine: boolean): string {
  if (a === "") return b;
  if (b === "") return a;
  const last = a[a.length - 1];
  const first = b[0];
  if (sameLine) return isWide(last) && isWide(first) ? a + b : `${a} ${b}`;
  return /[A-Za-z]/.test(last) && /[A-Za-z]/.test(first) ? `${a} ${b}` : a + b;
}

const isSpace = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;

/** Splits one line into pieces, keeping where each starts. */
export function piecesOf(raw: string): Piece[] {
  const pieces: Piece[] = [];
  let end = 0;
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    if (i >= raw.length) break;
    const x = i;
    while (i < raw.length && !isSpace(raw.charCodeAt(i))) i++;
    pieces.push({ text: raw.slice(x, i), x, gap: pieces.length === 0 ? 0 : x - end });
    end = i;
  }
  return pieces;
}

/** A line's pieces and text, or null for a blank line or a page footer. */
function textLine(raw: string, place: SourcePlace): TextLine | null {
  const pieces = piecesOf(raw);
  if (pieces.length === 0) return null;
  const text = pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join(" ");
  return PAGE_FOOTER.test(text) ? null : { text, place, pieces };
}

/** Lines of placed text with their pieces; blank lines and page footers dropped. */
export function placedTextLines(lines: readonly PlacedLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const read = textLine(typeof line.text === "string" ? line.text : "", line.place);
    if (read) out.push(read);
  }
  return out;
}

/** The lines of a text (form feeds of `pdftotext` are page breaks), numbered from 1. */
export function textLines(text: string): TextLine[] {
  const source = typeof text === "string" ? text : "";
  const out: TextLine[] = [];
  source
    .replace(/\r\n?|\f/g, "\n")
    .split("\n")
    .forEach((raw, i) => {
      const read = textLine(raw, { line: i + 1 });
      if (read) out.push(read);
    });
  return out;
}

/** The place that covers several lines: the first, with `lastLine` when they are numbered. */
export function spanPlace(first: SourcePlace, last: SourcePlace): SourcePlace {
  if (first.line !== undefined && last.line !== undefined && last.line !== first.line)
    return { ...first, lastLine: last.line };
  return { ...first };
}

/** Orders places as the source runs: by line, or by page and height. */
export function byPlace(a: SourcePlace, b: SourcePlace): number {
  if (a.line !== undefined && b.line !== undefined) return a.line - b.line;
  return (a.page ?? 0) - (b.page ?? 0) || (a.y ?? 0) - (b.y ?? 0);
}

/** A numbered item's opening: `（一）`, `(2)`, `1.`, `2、`, `3．`; null when the text is not numbered. */
export function numberedItem(text: string): { rest: string } | null {
  const match = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.．、](?!\d))\s*/.exec(text);
  return match ? { rest: text.slice(match[0].length) } : null;
}

/** Lines of prose with at least this many characters tell whether a text spaces its words. */
const PROSE_LENGTH = 8;
/** So many prose lines tell it well enough. */
const PROSE_SAMPLE = 200;

/**
 * Whether a text puts spaces between the words of Chinese prose, as text copied from some PDF
 * viewers does: most of its prose lines hold two or more spaces between characters. Chinese is
 * otherwise written without spaces, so a space in a table row is where a cell ends.
 */
export function spacesWords(lines: readonly TextLine[]): boolean {
  let prose = 0;
  let spaced = 0;
  for (const line of lines) {
    if (prose >= PROSE_SAMPLE) break;
    let wide = 0;
    for (const ch of line.text) if (isWide(ch)) wide++;
    if (wide < PROSE_LENGTH) continue;
    prose++;
    let gaps = 0;
    for (let i = 1; i < line.pieces.length; i++) {
      const before = line.pieces[i - 1].text;
      if (isWide(before[before.length - 1]) && isWide(line.pieces[i].text[0])) gaps++;
    }
    if (gaps >= 2) spaced++;
  }
  return prose > 0 && spaced * 2 >= prose;
}
