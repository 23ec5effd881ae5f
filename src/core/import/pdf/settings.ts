/**
 * Every tolerance of the PDF reader in one place, with its default (as pdfplumber's TableSettings):
 * distances in points (1/72 inch) or, where they scale with the text, in ems of the font size.
 * Settings are checked once, when they are made, so the stages can trust them.
 */

export interface PdfSettings {
  /** Ruling lines closer than this (points) are one line: double borders, a fill beside a border. */
  snapTolerance: number;
  /** Collinear pieces of a line with gaps up to this (points) are one line. */
  joinTolerance: number;
  /** Shorter lines (points) are not rules: underlines of a glyph, dots. */
  edgeMinLength: number;
  /** How near a line's end must come to another line to meet it (points). */
  intersectionTolerance: number;
  /** A set of connected rules makes a table only when it has at least this many cells. */
  minTableCells: number;
  /** Glyphs whose centres differ by up to this (ems) stand on one line. */
  lineTolerance: number;
  /** A gap wider than this (ems) between Latin letters or digits is a space. */
  spaceGap: number;
  /** Between two Chinese characters only a gap wider than this (ems) is a space. */
  cjkSpaceGap: number;
  /** Outside tables, a gap wider than this (ems) separates pieces of a line set in columns. */
  columnGap: number;
  /**
   * A wrapped line is one that the next line's first word would have overflowed; this (points)
   * is the cell's inner padding taken off its width before that test.
   */
  cellPadding: number;
  /** A cell's padding, measured left of its text, is taken as at most this (points) a side. */
  maxCellPadding: number;
  /** Glyphs reaching past their cell's border by more than this (points) are reported as overflowing. */
  overflowTolerance: number;
  /** Lines directly above a table (at most this many) are its heading: title and unit line. */
  maxHeadingLines: number;
  /** …when each is no further than this (ems of its font) from what is below it. */
  headingGap: number;
  /** A table's columns match the next page's table when their borders differ by up to this (points). */
  continuationTolerance: number;
  /** Two tables with the same outer borders, one below the other with a gap up to this (points), are one. */
  stackGap: number;
  /** Without rules: a column is a left edge shared by at least this many words (pdfplumber's min_words_vertical). */
  minWordsVertical: number;
  /** Without rules: words whose left edges differ by up to this (points) are one column. */
  alignTolerance: number;
  /** Without rules: at least this many consecutive lines in columns make a table. */
  minUnruledRows: number;
  /** Without rules: lines further apart than this (ems) are not rows of one table. */
  unruledRowGap: number;
  /** Pages read at most: a longer file is cut there, with a message (a bound on time and memory). */
  maxPages: number;
}

export const DEFAULT_PDF_SETTINGS: Readonly<PdfSettings> = Object.freeze({
  snapTolerance: 3,
  joinTolerance: 3,
  edgeMinLength: 3,
  intersectionTolerance: 3,
  minTableCells: 2,
  lineTolerance: 0.5,
  spaceGap: 0.2,
  cjkSpaceGap: 1,
  columnGap: 1.5,
  cellPadding: 2,
  maxCellPadding: 6,
  overflowTolerance: 2,
  maxHeadingLines: 2,
  headingGap: 3,
  continuationTolerance: 3,
  stackGap: 36,
  minWordsVertical: 3,
  alignTolerance: 3,
  minUnruledRows: 3,
  unruledRowGap: 1.5,
  maxPages: 300,
});

/** Whole numbers among the settings; the rest are non-negative reals. */
const COUNTS: (keyof PdfSettings)[] = [
  "minTableCells",
  "maxHeadingLines",
  "minWordsVertical",
  "minUnruledRows",
  "maxPages",
];

/** The defaults with `overrides`; throws on a setting that is not a non-negative number (a caller's bug). */
export function pdfSettings(overrides: Partial<PdfSettings> = {}): PdfSettings {
  const settings = { ...DEFAULT_PDF_SETTINGS, ...overrides };
  for (const [key, value] of Object.entries(settings) as [keyof PdfSettings, number][]) {
    if (!(key in DEFAULT_PDF_SETTINGS)) throw new Error(`未知的 PDF 读取设置：${key}`);
    const whole = COUNTS.includes(key);
    if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value))
      throw new Error(`PDF 读取设置 ${key} 应为不小于 0 的数，而不是 ${String(value)}`);
    if (whole && !Number.isInteger(value)) throw new Error(`PDF 读取设置 ${key} 应为整数`);
  }
  return settings;
}
