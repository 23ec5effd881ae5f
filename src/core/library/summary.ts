/**
 * What the 指标库 holds, in words for docs/indicator-library.md: the counts against the issue's
 * goals, tables and rows by kind, provinces and years, written between two markers of the page by
 * scripts/build-library.ts (and checked by the data test), so that no figure there is typed.
 */
import { countLibrary, LIBRARY_GOALS } from "./check";
import { LIBRARY_KINDS } from "./kinds";
import type { LibraryTable } from "./types";

export const SUMMARY_START = "<!-- 指标库统计：由 scripts/build-library.ts 生成，勿手改 -->";
export const SUMMARY_END = "<!-- 指标库统计结束 -->";

function tally(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The generated section (markers included). */
export function librarySummary(tables: readonly LibraryTable[], entries: number): string {
  const c = countLibrary(tables);
  const years = tables
    .map((t) => t.year)
    .filter((y) => /^\d{4}$/.test(y))
    .sort();
  const byKind = LIBRARY_KINDS.map((kind) => {
    const of = tables.filter((t) => t.kind === kind);
    return `| ${kind} | ${of.length} | ${of.reduce((s, t) => s + t.rows.length, 0)} |`;
  });
  const provinces = tally(tables.map((t) => t.province)).map(([p, n]) => `${p} ${n}`);
  const forms = tally(tables.map((t) => t.form)).map(([f, n]) => `${f} ${n}`);
  return [
    SUMMARY_START,
    "",
    "| | 现有 | 要求 |",
    "|---|---|---|",
    `| 指标行 | ${c.rows}（定量 ${c.quantitative}、定性 ${c.qualitative}） | ≥${LIBRARY_GOALS.rows} |`,
    `| 公开表 | ${c.tables} | ≥${LIBRARY_GOALS.tables} |`,
    `| 省份 | ${c.provinces} | ≥${LIBRARY_GOALS.provinces} |`,
    `| 项目类别 | ${c.kinds} | ${LIBRARY_GOALS.kinds} |`,
    `| 归并后的指标（类别、一级、二级、三级相同者为一条） | ${entries} | |`,
    "",
    "| 类别 | 表 | 指标行 |",
    "|---|---|---|",
    ...byKind,
    "",
    `省份（表数）：${provinces.join("，")}。`,
    "",
    `年度：${years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : "无"}` +
      `（${tables.length - years.length} 张表年度未知）；表种：${forms.join("，")}。`,
    "",
    SUMMARY_END,
  ].join("\n");
}

/** The page with its generated section replaced (the page as it is when it has no markers). */
export function withSummary(page: string, summary: string): string {
  const start = page.indexOf(SUMMARY_START);
  const end = page.indexOf(SUMMARY_END);
  if (start < 0 || end < start) return page;
  return page.slice(0, start) + summary + page.slice(end + SUMMARY_END.length);
}
