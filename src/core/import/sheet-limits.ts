/**
 * What every container reader does to the sheets it hands over, in one place: sheets cut to the
 * size a 绩效目标表 can have (a million-row sheet is read in bounded memory, with a message), and
 * merged ranges repaired as WPS-made files need (ranges that overlap an earlier one, or run past
 * the sheet, are dropped or clipped and reported, never a failed read).
 */
import { rangeName } from "../layout/plan";
import type { SheetValues } from "../layout/workbook";
import type { Problem } from "../problem";

/** Past these a sheet is cut: a department's whole flat export is a few thousand rows. */
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;
export const MAX_SHEETS = 200;

export interface Span {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const overlaps = (a: Span, b: Span) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export const spanName = (s: Span) => rangeName(s.top + 1, s.left + 1, s.bottom + 1, s.right + 1);

function repaired(sheet: string, message: string): Problem {
  return { rule: "import/merge-repaired", severity: "warning", sheet, message };
}

/**
 * Merges as A1 ranges, clipped to `rows` × `columns` and with each range that overlaps an earlier
 * one dropped (the earlier one is the one Excel and WPS show); what changed is reported.
 */
export function repairMerges(
  sheet: string,
  spans: readonly Span[],
  rows: number,
  columns: number
): { merges: string[]; problems: Problem[] } {
  const kept: Span[] = [];
  const problems: Problem[] = [];
  for (const span of spans) {
    if (span.top >= rows || span.left >= columns || span.top < 0 || span.left < 0) {
      problems.push(repaired(sheet, `合并区域 ${spanName(span)} 在表格范围之外，已忽略`));
      continue;
    }
    const clipped = {
      ...span,
      bottom: Math.min(span.bottom, rows - 1),
      right: Math.min(span.right, columns - 1),
    };
    if (clipped.bottom !== span.bottom || clipped.right !== span.right)
      problems.push(
        repaired(sheet, `合并区域 ${spanName(span)} 超出表格范围，按 ${spanName(clipped)} 读取`)
      );
    const earlier = kept.find((k) => overlaps(k, clipped));
    if (earlier) {
      problems.push(
        repaired(
          sheet,
          `合并区域 ${spanName(clipped)} 与 ${spanName(earlier)} 重叠（WPS 保存的文件常有此情况），已按 ${spanName(earlier)} 读取`
        )
      );
      continue;
    }
    if (clipped.bottom > clipped.top || clipped.right > clipped.left) kept.push(clipped);
  }
  return { merges: kept.map(spanName), problems };
}

/**
 * A sheet cut to MAX_ROWS × MAX_COLUMNS, with a message when anything was cut. `size` is the
 * source's own size when the reader has already stopped at the limits.
 */
export function cutSheet(
  sheet: SheetValues,
  size = { rows: sheet.grid.length, columns: sheet.grid.reduce((n, r) => Math.max(n, r.length), 0) }
): { sheet: SheetValues; problems: Problem[] } {
  const tooTall = size.rows > MAX_ROWS;
  const tooWide = size.columns > MAX_COLUMNS;
  if (!tooTall && !tooWide) return { sheet, problems: [] };
  const grid = sheet.grid
    .slice(0, MAX_ROWS)
    .map((row) => (row.length > MAX_COLUMNS ? row.slice(0, MAX_COLUMNS) : row));
  return {
    sheet: { ...sheet, grid },
    problems: [sheetCut(sheet.name, tooTall && tooWide ? "both" : tooTall ? "rows" : "columns")],
  };
}

/** The message for a sheet cut to the limits. */
export function sheetCut(name: string, what: "rows" | "columns" | "both"): Problem {
  const kept = [
    what !== "columns" && `前 ${MAX_ROWS} 行`,
    what !== "rows" && `前 ${MAX_COLUMNS} 列`,
  ].filter(Boolean);
  return {
    rule: "import/sheet-cut",
    severity: "warning",
    sheet: name,
    message: `工作表“${name}”过大，只读取了${kept.join("、")}；绩效目标表不会这么大，请检查是否选错了文件`,
  };
}
