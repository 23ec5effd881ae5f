/**
 * A department as it appears on paper, for test PDFs written by other producers than LibreOffice:
 * each sheet the templates make, cut to its print area, as lines above its ruled range (title,
 * unit line, or the whole overview) and the ruled range as a table of cells with their spans,
 * printed text (numbers as their number format shows them) and shading.
 */
import { planDepartment } from "../../src/core/layout";
import {
  isFormula,
  parseRange,
  PlanCell,
  planArray,
  planGrid,
  SheetPlan,
} from "../../src/core/layout/plan";
import { Department } from "../../src/core/model";

export interface PrintedCell {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  text: string;
  /** Background colour, when the cell is shaded. */
  fill?: string;
  bold?: boolean;
}

export interface PrintedSheet {
  kind: SheetPlan["kind"];
  /** Lines above the table, each as its pieces from left to right (a unit line has two). */
  lines: string[][];
  /** Column widths in characters. */
  widths: number[];
  /** Rows of the ruled range; cells covered by a span are left out. */
  cells: PrintedCell[];
  rowCount: number;
  landscape: boolean;
}

/** The style a plan gives a cell, ranges applied in order as the hosts apply them. */
function styleAt(plan: SheetPlan, row: number, column: number) {
  let style: SheetPlan["styles"][number]["style"] = {};
  for (const { range, style: s } of plan.styles) {
    const { from, to } = parseRange(range.includes(":") ? range : `${range}:${range}`);
    if (row >= from.row && row <= to.row && column >= from.column && column <= to.column)
      style = { ...style, ...s };
  }
  return style;
}

function shown(value: PlanCell | undefined, format?: string): string {
  const v = value !== undefined && isFormula(value) ? value.value : value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && format === "0.00") return v.toFixed(2);
  return String(v);
}

/** One sheet plan as printed. */
export function printedSheet(plan: SheetPlan): PrintedSheet {
  const area = parseRange(plan.print.area);
  const plain = planGrid(plan);
  const raw = planArray<PlanCell>(plan, (cell) => cell, null);
  const bordered = (r: number) =>
    plan.styles.some(({ range, style }) => {
      if (!style.border) return false;
      const { from, to } = parseRange(range.includes(":") ? range : `${range}:${range}`);
      return r >= from.row && r <= to.row && from.column <= area.to.column;
    });
  let first = area.from.row;
  while (first <= area.to.row && !bordered(first)) first++;
  const columns = area.to.column - area.from.column + 1;
  const lines: string[][] = [];
  for (let r = area.from.row; r < first; r++) {
    const pieces = (plain[r - 1] ?? [])
      .slice(0, columns)
      .map((v) => (v === null ? "" : String(v)))
      .filter((t) => t.trim() !== "");
    if (pieces.length > 0) lines.push(pieces);
  }
  const spans = new Map<string, { rows: number; columns: number }>();
  const covered = new Set<string>();
  for (const merge of plan.merges) {
    const { from, to } = parseRange(merge);
    spans.set(`${from.row},${from.column}`, {
      rows: to.row - from.row + 1,
      columns: to.column - from.column + 1,
    });
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++)
        if (r !== from.row || c !== from.column) covered.add(`${r},${c}`);
  }
  const cells: PrintedCell[] = [];
  for (let r = first; r <= area.to.row; r++)
    for (let c = area.from.column; c <= area.to.column; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const span = spans.get(`${r},${c}`) ?? { rows: 1, columns: 1 };
      const style = styleAt(plan, r, c);
      const value = raw[r - 1]?.[c - 1];
      cells.push({
        row: r - first,
        column: c - area.from.column,
        rowSpan: Math.min(span.rows, area.to.row - r + 1),
        columnSpan: Math.min(span.columns, area.to.column - c + 1),
        text: shown(value, style.numberFormat),
        ...(style.fill && { fill: style.fill }),
        ...(style.bold && { bold: true }),
      });
    }
  return {
    kind: plan.kind,
    lines,
    widths: plan.columnWidths.slice(area.from.column - 1, area.to.column),
    cells,
    rowCount: area.to.row - first + 1,
    landscape: plan.print.orientation === "landscape",
  };
}

/** The overview and every project of a department as printed (the summary is read apart, not needed). */
export function printedDepartment(department: Department): PrintedSheet[] {
  return planDepartment(department)
    .filter((p) => p.kind === "overview" || p.kind === "project")
    .map(printedSheet);
}
