/**
 * What the 项目绩效目标表 form is made of: its labels, fixed rows and header cells, column widths and
 * colours, and the small text helpers its builders share (title, numbered goals, runs of equal
 * 一级 / 二级指标, row heights). The builders are project-header.ts and project-table.ts; the sheet is
 * composed in project.ts.
 */
import { Project } from "../model";
import type { ProjectField } from "../problem";
import { cellName } from "./plan";

/** Where things are on a project sheet; read back by labels, so rows may move. */
export const PROJECT_LABELS = {
  code: "项目编码",
  name: "项目名称",
  budgetBlock: "预算规模及资金用途",
  budget: "预算数",
  fiscal: "其中：财政资金",
  other: "其他资金",
  purpose: "资金用途",
  schedule: "累计支出资金",
  goals: "绩效目标",
  unitOfMoney: "单位：万元",
  monitor: "支出进度监控（不打印）",
} as const;

export const INDICATOR_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "绩效指标描述",
  "指标值",
  "指标值确定依据",
];
export const LIVE_HEADERS = ["实际完成值", "检查结果"];

export const FORM_COLUMNS = 6;
export const MAX_CHECKPOINTS = 5;
export const HEADER_FILL = "#D9E1F2";
export const VERDICT_COLOURS: Record<string, [fill: string, font: string]> = {
  达标: ["#C6EFCE", "#006100"],
  未达标: ["#FFC7CE", "#9C0006"],
  待评价: ["#FFEB9C", "#9C5700"],
};

/** A–F the form, G–H the live check, I the review finding (a sentence, so wide). */
export const COLUMN_WIDTHS = [11, 13, 14, 22, 13, 15, 12, 10, 40];

export interface ProjectContext {
  /** 1-based position in the department: the title reads `N.名称绩效目标表`. */
  index: number;
  unitCode: string;
  unitName: string;
  year: number | null;
}

/** Fixed rows of the form. */
export const ROW = {
  title: 1,
  unit: 2,
  code: 3,
  fundLabels: 4,
  funds: 5,
  purpose: 6,
  schedule: 7,
  plan: 8,
  goals: 9,
  header: 10,
};

/** The cells of the header fields as planned; the spending plan's checkpoints run from B8 rightwards. */
export const FIELD_CELLS: Record<Exclude<ProjectField, "schedule">, string> = {
  code: "B3",
  name: "E3",
  budget: "B5",
  fiscalFunds: "C5",
  otherFunds: "E5",
  purpose: "C6",
  goals: "B9",
};

export function checkpointCell(index: number): string {
  return cellName(ROW.plan, 2 + index);
}

/** The rows the indicator table takes: one blank row when there is no indicator. */
export function tableRows(project: Project): { first: number; last: number } {
  return { first: ROW.header + 1, last: ROW.header + Math.max(project.indicators.length, 1) };
}

export function projectTitle(index: number, name: string): string {
  return `${index}.${name}绩效目标表`;
}

export function numbered(lines: string[]): string {
  return lines.length > 1
    ? lines.map((line, i) => `${i + 1}.${line}`).join("\n")
    : (lines[0] ?? "");
}

/** Runs of equal keys: [start, length] pairs, for the merged 一级 / 二级 cells. */
export function runs(keys: string[]): [number, number][] {
  const found: [number, number][] = [];
  keys.forEach((key, i) => {
    const last = found[found.length - 1];
    if (last && keys[last[0]] === key && key !== "") last[1]++;
    else found.push([i, 1]);
  });
  return found;
}

export function estimateHeight(text: string, widthChars: number, lineHeight = 15): number {
  const lines = text
    .split("\n")
    .reduce(
      (sum, line) => sum + Math.max(1, Math.ceil((line.length * 2) / Math.max(widthChars, 1))),
      0
    );
  return Math.max(lineHeight * 1.3, lines * lineHeight);
}
