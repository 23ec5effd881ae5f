/** What an importer could not place: where (a line of text, or a cell) and why, in Chinese. */
export interface Diagnostic {
  /** 1-based line of the input text, when the input is text. */
  line?: number;
  /** A1 address (with sheet name) when the input is a table. */
  cell?: string;
  message: string;
}

export function where(d: Diagnostic): string {
  if (d.line !== undefined) return `第 ${d.line} 行`;
  if (d.cell !== undefined) return `单元格 ${d.cell}`;
  return "";
}
