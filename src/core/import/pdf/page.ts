/**
 * What the PDF reader knows of a page once pdf.js is done with it: glyphs with their boxes and the
 * ruling lines (edges), in points from the page's top-left corner. Everything after this stage is
 * pure geometry over these records, so it is tested with hand-made pages.
 */

export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** One character as printed. */
export interface Glyph extends Box {
  text: string;
  /** Font size in points: the unit of the tolerances given in ems. */
  size: number;
}

/** A horizontal (`h`, at y = `at`) or vertical (`v`, at x = `at`) ruling line from `from` to `to`. */
export interface Edge {
  orientation: "h" | "v";
  at: number;
  from: number;
  to: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  glyphs: Glyph[];
  edges: Edge[];
  /** Pictures painted on the page (a scan is one per page), when known. */
  images?: number;
}

/** Chinese, Japanese and Korean characters and full-width forms, which take a whole em and join without spaces. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/** Letters and digits of Latin text, between which a line break or a gap means a space. */
export function isWordChar(ch: string): boolean {
  return /^[A-Za-z0-9\u00c0-\u024f]$/.test(ch);
}

/**
 * Splits a run of text printed from `x0` over `width` into glyphs. pdf.js gives runs, not glyphs:
 * the width is shared out as a font does, a whole em to wide characters and half to the others,
 * which is close enough to place each character in its cell. Spaces are dropped: gaps make them.
 */
export function glyphsOfRun(
  text: string,
  x0: number,
  width: number,
  top: number,
  bottom: number,
  size: number
): Glyph[] {
  const chars = Array.from(text);
  const weights = chars.map((ch) => (isWide(ch) ? 1 : 0.5));
  const total = weights.reduce((a, b) => a + b, 0);
  const glyphs: Glyph[] = [];
  let x = x0;
  chars.forEach((ch, i) => {
    const advance = total > 0 ? (width * weights[i]) / total : 0;
    if (ch.trim() !== "") glyphs.push({ text: ch, x0: x, x1: x + advance, top, bottom, size });
    x += advance;
  });
  return glyphs;
}

export const centerX = (b: Box) => (b.x0 + b.x1) / 2;
export const centerY = (b: Box) => (b.top + b.bottom) / 2;

export function contains(box: Box, x: number, y: number): boolean {
  return x >= box.x0 && x <= box.x1 && y >= box.top && y <= box.bottom;
}
