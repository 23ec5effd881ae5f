/**
 * The 审核 cell beside each indicator row's live check (column I, outside the print area): the
 * row's first review finding by PT.REVIEW, coloured by severity. Where the add-in is absent the cell
 * keeps a built-in formula for what one can express (empty cells), and otherwise the finding at
 * writing time, shown only while the row still holds what was written.
 */
import { INDICATOR_COLUMNS, IndicatorRow } from "../model";
import { IndicatorColumn, Problem, SEVERITY_WORDS } from "../problem";
import { renderMessage } from "../review/rule";
import { findingText, reviewRow, rowOfCells } from "../review/review";
import { emptyCellTests, indicatorEmpty } from "../review/rules/indicator-empty";
import type { ConditionalFormat, FormulaCell } from "./plan";

export const REVIEW_HEADER = "审核";

/** Excel keeps at most 255 characters in one text constant of a formula. */
const MAX_LITERAL = 255;

const literal = (text: string): string | null =>
  text.length > MAX_LITERAL ? null : `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;

/** What the empty-cell checks show, as PT.REVIEW shows it (the same for every row). */
let emptyMessages: Record<string, string> | null = null;
function emptyMessage(messageId: string): string {
  emptyMessages ??= Object.fromEntries(
    Object.entries(indicatorEmpty.meta.messages).map(([id, text]) => [
      id,
      `${SEVERITY_WORDS[indicatorEmpty.meta.severity]}：${renderMessage(text)}`,
    ])
  );
  return emptyMessages[messageId];
}

/**
 * The finding at writing time that no built-in formula expresses, shown while the row's cells
 * still hold what was written (a cell too long for a formula's text is left out of the test).
 */
function writtenFinding(
  row: IndicatorRow,
  found: Problem[],
  cells: Record<IndicatorColumn, string>
): string | null {
  const finding = found.find((p) => p.rule !== `review/${indicatorEmpty.meta.id}`);
  if (!finding) return '""';
  const shown = literal(findingText(finding));
  if (shown === null) return null;
  const unchanged = INDICATOR_COLUMNS.flatMap((column) => {
    const written = literal(row[column]);
    return written === null ? [] : [`${cells[column]}=${written}`];
  });
  return unchanged.length === 0 ? shown : `IF(AND(${unchanged.join(",")}),${shown},"")`;
}

/**
 * The review cell of one indicator row; `cells` are the addresses PT.REVIEW reads (merged 一级 and
 * 二级 cells by their first row). `row` is undefined for the blank row of an empty table.
 */
export function reviewCell(
  row: IndicatorRow | undefined,
  cells: Record<IndicatorColumn, string>
): FormulaCell {
  const args = INDICATOR_COLUMNS.map((c) => cells[c]);
  // What PT.REVIEW will see in the cells as written.
  const seen = row ? rowOfCells(INDICATOR_COLUMNS.map((c) => row[c])) : null;
  const found = seen ? reviewRow(seen) : [];
  const cell: FormulaCell = {
    formula: `PT.REVIEW(${args.join(",")})`,
    value: findingText(found[0]),
  };
  const fallback = row ? writtenFinding(row, found, cells) : '""';
  if (fallback === null) return cell; // too long for a formula: the value at writing time
  const standalone = emptyCellTests(cells).reduceRight(
    (otherwise, { test, messageId }) => `IF(${test},"${emptyMessage(messageId)}",${otherwise})`,
    fallback
  );
  return { ...cell, standalone: `IF(LEN(${args.join("&")})=0,"",${standalone})` };
}

/** Colours of the review cells: errors as 未达标, warnings as 待评价. */
export function reviewFormats(
  range: string,
  topLeft: string,
  colours: { error: [string, string]; warning: [string, string] }
): ConditionalFormat[] {
  return (["error", "warning"] as const).map((severity) => ({
    range,
    formula: `LEFT(${topLeft},${SEVERITY_WORDS[severity].length})="${SEVERITY_WORDS[severity]}"`,
    fill: colours[severity][0],
    fontColor: colours[severity][1],
  }));
}
