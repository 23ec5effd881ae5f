/**
 * The indicator table of a project sheet (A10 down: 一级 / 二级 merged by runs, lists to choose them
 * from) and the live checks beside it (G 实际完成值 typed, H PT.CHECK's verdict, I the row's first
 * review finding), each a Part of the sheet.
 */
import { LEVEL1_NAMES, LEVEL2_NAMES } from "../framework";
import { INDICATOR_COLUMNS, Project } from "../model";
import type { IndicatorColumn } from "../problem";
import type { Part } from "./parts";
import { cellName, ConditionalFormat, FormulaCell, PlanCell, TEXT_FORMAT } from "./plan";
import {
  COLUMN_WIDTHS,
  estimateHeight,
  FORM_COLUMNS,
  HEADER_FILL,
  INDICATOR_HEADERS,
  LIVE_HEADERS,
  ROW,
  runs,
  tableRows,
  VERDICT_COLOURS,
} from "./project-form";
import { REVIEW_HEADER, reviewCell, reviewFormats } from "./review-column";
import { LIVE_FILL } from "./spending-monitor";

/** The indicator table, and per row the cells holding its merged 一级 / 二级指标. */
export interface IndicatorTable {
  part: Part;
  level1Cell: string[];
  level2Cell: string[];
}

/**
 * Merges each run of equal keys in `column` and answers, per row, the cell that holds its merged
 * value: the run's first row, absolute below it (`$B$14`), as formulas copied down read it.
 */
function mergeRuns(keys: string[], column: string, first: number, merges: string[]): string[] {
  const cells: string[] = [];
  for (const [start, length] of runs(keys)) {
    const top = first + start;
    if (length > 1) merges.push(`${column}${top}:${column}${top + length - 1}`);
    for (let i = 0; i < length; i++) cells.push(i === 0 ? `${column}${top}` : `$${column}$${top}`);
  }
  return cells;
}

/** A10:F(last): the headers, a row per indicator (one blank row when there is none). */
export function indicatorTable(project: Project): IndicatorTable {
  const indicators = project.indicators;
  const { first, last } = tableRows(project);
  const texts = indicators.map((r) => [
    r.level1,
    r.level2,
    r.level3,
    r.description,
    r.value,
    r.basis,
  ]);
  const rows: PlanCell[][] = [INDICATOR_HEADERS.slice(), ...texts];
  if (indicators.length === 0) rows.push(Array(FORM_COLUMNS).fill(null));
  const merges: string[] = [];
  // Each row's 一级 / 二级指标 cell: the first row of its merged run, as the rows below it read empty.
  const level1Cell = mergeRuns(
    indicators.map((r) => r.level1),
    "A",
    first,
    merges
  );
  const level2Cell = mergeRuns(
    indicators.map((r) => `${r.level1}\u0001${r.level2}`),
    "B",
    first,
    merges
  );
  const rowHeights: Record<number, number> = {};
  texts.forEach((cells, i) => {
    rowHeights[first + i] = Math.max(...cells.map((t, k) => estimateHeight(t, COLUMN_WIDTHS[k])));
  });
  const part: Part = {
    blocks: [{ at: `A${ROW.header}`, rows }],
    merges,
    styles: [
      { range: `A10:F10`, style: { bold: true, fill: HEADER_FILL } },
      { range: `A${first}:F${last}`, style: { numberFormat: TEXT_FORMAT } },
      { range: `C${first}:D${last}`, style: { hAlign: "left" } },
    ],
    validations: [
      {
        range: `A${first}:A${last}`,
        kind: "list",
        items: [...LEVEL1_NAMES],
        prompt: "选择一级指标",
      },
      {
        range: `B${first}:B${last}`,
        kind: "list",
        items: [...LEVEL2_NAMES],
        prompt: "选择二级指标",
      },
    ],
    rowHeights,
  };
  return { part, level1Cell, level2Cell };
}

/**
 * G10:I(last) beside the indicators: G actual (typed), H PT.CHECK, whose direction follows 二级指标
 * and whose year-less dates (6月底前) take the department's year, and I the row's first review
 * finding; H and I coloured by what they say.
 */
export function liveChecks(project: Project, table: IndicatorTable, year: number | null): Part {
  const { first, last } = tableRows(project);
  const { level1Cell, level2Cell } = table;
  const inYear = year === null ? "" : `,${year}`;
  const rows: PlanCell[][] = [[...LIVE_HEADERS, REVIEW_HEADER]];
  for (let r = first; r <= last; r++) {
    const i = r - first;
    const check: FormulaCell = {
      formula: `PT.CHECK(G${r},E${r},${level2Cell[i] ?? `B${r}`}${inYear})`,
      value: "",
    };
    const cells = Object.fromEntries(
      INDICATOR_COLUMNS.map((field, c) => [field, cellName(r, c + 1)])
    ) as Record<IndicatorColumn, string>;
    cells.level1 = level1Cell[i] ?? cells.level1;
    cells.level2 = level2Cell[i] ?? cells.level2;
    rows.push([null, check, reviewCell(project.indicators[i], cells)]);
  }
  const verdicts: ConditionalFormat[] = Object.entries(VERDICT_COLOURS).map(
    ([verdict, [fill, fontColor]]) => ({
      range: `H${first}:H${last}`,
      formula: `$H${first}="${verdict}"`,
      fill,
      fontColor,
    })
  );
  return {
    blocks: [{ at: `G${ROW.header}`, rows }],
    styles: [
      { range: `G10:I${last}`, style: { border: true, vAlign: "middle", hAlign: "center" } },
      { range: "G10:I10", style: { bold: true, fill: LIVE_FILL } },
      { range: `I${first}:I${last}`, style: { hAlign: "left", wrap: true } },
      { range: `G${first}:G${last}`, style: { fill: LIVE_FILL } },
    ],
    conditionalFormats: [
      ...verdicts,
      ...reviewFormats(`I${first}:I${last}`, `$I${first}`, {
        error: VERDICT_COLOURS.未达标,
        warning: VERDICT_COLOURS.待评价,
      }),
    ],
  };
}
