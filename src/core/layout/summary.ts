/** The 汇总 sheet: every project with its budget, funds and checkpoint plan, totals, and links. */
import { checkpointLabel, Department } from "../model";
import {
  cellName,
  columnName,
  FormulaCell,
  MONEY_FORMAT,
  PlanCell,
  Scalar,
  SheetPlan,
  sheetRef,
  TEXT_FORMAT,
} from "./plan";
import { ROW } from "./project";

export const SUMMARY_NAME = "汇总";
/** The summary's title ends with this, after the unit's name. */
export const SUMMARY_TITLE = "项目绩效目标汇总表";

/** Where each figure of a project sheet stands (see planProject). */
const FIGURES: [label: string, cell: string][] = [
  ["预算数", "B5"],
  ["财政资金", "C5"],
  ["其他资金", "E5"],
];

export function planSummary(
  department: Department,
  projectSheets: string[],
  sheetName: string
): SheetPlan {
  const months = [
    ...new Set(department.projects.flatMap((p) => p.schedule.map((s) => s.month))),
  ].sort((a, b) => a - b);
  const headers = [
    "序号",
    "项目编码",
    "项目名称",
    ...FIGURES.map(([label]) => label),
    ...months.map(checkpointLabel),
    "工作表",
  ];
  const width = headers.length;
  const first = 4;
  const last = first + department.projects.length - 1;
  const rows: PlanCell[][] = [
    [`${department.unitName}${SUMMARY_TITLE}`, ...Array(width - 1).fill(null)],
    [...Array(width - 1).fill(null), "单位：万元"],
    headers,
  ];
  const ref = (sheet: string, cell: string, value: number | null): FormulaCell => ({
    formula: sheetRef(sheet, cell),
    value,
    standalone: sheetRef(sheet, cell),
  });

  department.projects.forEach((project, i) => {
    const sheet = projectSheets[i];
    const figures = [project.budget, project.fiscalFunds, project.otherFunds];
    const plan = months.map((month) => {
      const slot = project.schedule.findIndex((s) => s.month === month);
      return slot < 0
        ? null
        : ref(sheet, cellName(ROW.plan, 2 + slot), project.schedule[slot].amount);
    });
    const link = `HYPERLINK("#${sheetRef(sheet, "A1").replace(/"/g, '""')}","${sheet.replace(/"/g, '""')}")`;
    rows.push([
      i + 1,
      project.code,
      project.name,
      ...FIGURES.map(([, cell], k) => ref(sheet, cell, figures[k])),
      ...plan,
      { formula: link, value: sheet, standalone: link },
    ]);
  });

  const totals: PlanCell[] = ["合计", null, null];
  for (let c = 4; c < width; c++) {
    const column = columnName(c);
    const values = rows.slice(3).map((r) => r[c - 1]);
    const total = values.reduce<number>(
      (sum, v) => sum + (v && typeof v === "object" && typeof v.value === "number" ? v.value : 0),
      0
    );
    const formula =
      department.projects.length > 0 ? `SUM(${column}${first}:${column}${last})` : "0";
    totals.push({ formula, value: Math.round(total * 100) / 100, standalone: formula });
  }
  totals.push(null);
  rows.push(totals);
  const total = rows.length;
  const lastColumn = columnName(width);

  return {
    name: sheetName,
    kind: "summary",
    columnWidths: [6, 24, 28, ...Array(width - 4).fill(11), 30],
    rowHeights: { 1: 30 },
    styles: [
      { range: `A1:${lastColumn}${total}`, style: { vAlign: "middle", wrap: true } },
      { range: `A3:${lastColumn}${total}`, style: { border: true } },
      { range: "A1", style: { bold: true, fontSize: 16, hAlign: "center" } },
      { range: `${lastColumn}2`, style: { hAlign: "right" } },
      { range: `A3:${lastColumn}3`, style: { bold: true, fill: "#D9E1F2", hAlign: "center" } },
      { range: `B${first}:C${total}`, style: { numberFormat: TEXT_FORMAT } },
      {
        range: `D${first}:${columnName(width - 1)}${total}`,
        style: { numberFormat: MONEY_FORMAT },
      },
      { range: `A${total}:${lastColumn}${total}`, style: { bold: true } },
      { range: `${lastColumn}${first}:${lastColumn}${last}`, style: { fontColor: "#0563C1" } },
    ],
    blocks: [{ at: "A1", rows }],
    merges: [`A1:${lastColumn}1`, `A${total}:C${total}`],
    validations: [],
    conditionalFormats: [],
    print: { area: `A1:${columnName(width - 1)}${total}`, orientation: "landscape" },
    font: { name: "宋体", size: 10.5 },
  };
}

/** One line of a 汇总 as read back, with its 1-based sheet row. */
export interface SummaryRow {
  row: number;
  code: string;
  name: string;
  budget: number | null;
  fiscalFunds: number | null;
  otherFunds: number | null;
}

export interface ReadSummary {
  lines: SummaryRow[];
  /** The 合计 row, when there is one. */
  total: SummaryRow | null;
  /** 1-based columns of the figures and names. */
  columns: Record<"code" | "name" | "budget" | "fiscalFunds" | "otherFunds" | "sheet", number>;
}

const SUMMARY_HEADERS = {
  code: "项目编码",
  name: "项目名称",
  budget: "预算数",
  fiscalFunds: "财政资金",
  otherFunds: "其他资金",
  sheet: "工作表",
} as const;

/** Reads a 汇总 made by planSummary (possibly edited), or null when the grid is not one. */
export function readSummarySheet(grid: Scalar[][]): ReadSummary | null {
  const text = (v: Scalar | undefined) => (v === null || v === undefined ? "" : String(v).trim());
  if (!text(grid[0]?.[0]).endsWith(SUMMARY_TITLE)) return null;
  const header = grid.findIndex((row) => text(row?.[0]) === "序号");
  if (header < 0) return null;
  const find = (label: string) => (grid[header] ?? []).findIndex((v) => text(v) === label) + 1;
  const columns = Object.fromEntries(
    Object.entries(SUMMARY_HEADERS).map(([field, label]) => [field, find(label)])
  ) as ReadSummary["columns"];
  const amount = (v: Scalar | undefined) => (typeof v === "number" ? v : null);
  const read: ReadSummary = { lines: [], total: null, columns };
  for (let r = header + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((v) => text(v) === "")) continue;
    const at = (c: number) => (c > 0 ? row[c - 1] : null);
    const line: SummaryRow = {
      row: r + 1,
      code: text(at(columns.code)),
      name: text(at(columns.name)),
      budget: amount(at(columns.budget)),
      fiscalFunds: amount(at(columns.fiscalFunds)),
      otherFunds: amount(at(columns.otherFunds)),
    };
    if (text(row[0]) === "合计") {
      read.total = line;
      break;
    }
    read.lines.push(line);
  }
  return read;
}
