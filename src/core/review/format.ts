/**
 * Output formats of a review, as plain functions from results to text (ESLint's formatters):
 * one line per finding `文件 工作表!单元格 [错误] 说明`, or records for JSON.
 */
import { Problem, SEVERITY_WORDS } from "../problem";
import type { ReviewResult } from "./result";

export interface FindingRecord {
  file: string;
  /** The sheet's name; null for a note on a line of an input text. */
  sheet: string | null;
  /** A1 address on the sheet; null when the finding concerns no single cell. */
  cell: string | null;
  /** 1-based line of an input text, for what its reader could not read. */
  line?: number;
  severity: "error" | "warning";
  rule: string;
  message: string;
}

function record(file: string, p: Problem): FindingRecord | null {
  if (p.severity !== "error" && p.severity !== "warning") return null;
  return {
    file,
    sheet: p.sheet ?? null,
    cell: p.cell ?? null,
    ...(p.line !== undefined && { line: p.line }),
    severity: p.severity,
    rule: p.rule,
    message: p.message,
  };
}

/** A file's records: what its reader noted, then the rules' findings in sheet order. */
export function findingRecords(file: string, result: ReviewResult): FindingRecord[] {
  return [...result.notes, ...result.findings]
    .map((p) => record(file, p))
    .filter((r): r is FindingRecord => r !== null);
}

/** `文件 工作表!单元格 [错误] 说明` (or `第 N 行` for a line of an input text). */
export function formatRecord(r: FindingRecord): string {
  const place =
    r.sheet !== null && r.cell !== null
      ? `${r.sheet}!${r.cell}`
      : r.line !== undefined
        ? `第 ${r.line} 行`
        : (r.sheet ?? "");
  return `${r.file}${place ? ` ${place}` : ""} [${SEVERITY_WORDS[r.severity]}] ${r.message}`;
}

export function formatText(records: readonly FindingRecord[]): string {
  return records.map((r) => `${formatRecord(r)}\n`).join("");
}

export function formatJson(records: readonly FindingRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
