/**
 * The tolerances of the published-text importer, in one place with their reasons (as pdfplumber's
 * TableSettings). Widths are in printed characters: a CJK character 1, an ASCII character ½.
 */
export interface TextImportSettings {
  /** Spaces that always separate two cells: text that keeps its layout (`pdftotext -layout`). */
  layoutGap: number;
  /** How much narrower than its column a full line of a wrapped cell may be: a line breaks one
   * character early to keep punctuation off the next line's start (避头尾). */
  shortLine: number;
  /** How far a measured width may be off: ASCII and digits are only about half a character wide. */
  measure: number;
  /** A 二级指标 name wrapped over lines (社会效益指 / 标) is looked for this many lines ahead. */
  labelWrapLines: number;
  /** A unit longer than this, after a number without a comparison sign, is prose, not a unit. */
  maxBareUnitLength: number;
  /** Candidate readings of one row beyond which the row is reported rather than read. */
  maxCandidates: number;
  /** Lines one indicator row may span (a long 三级指标 wraps over many narrow lines). */
  maxRowLines: number;
  /** Lines of a row read in line order, where every cell's line count is tried: beyond, reported. */
  maxLineRowLines: number;
  /** Columns by which a wrapped cell's lines may be out of line in text that keeps its layout. */
  alignTolerance: number;
}

export const TEXT_IMPORT_SETTINGS: Readonly<TextImportSettings> = Object.freeze({
  layoutGap: 2,
  shortLine: 1,
  measure: 0.5,
  labelWrapLines: 3,
  maxBareUnitLength: 4,
  maxCandidates: 20_000,
  maxRowLines: 24,
  maxLineRowLines: 8,
  alignTolerance: 2,
});
