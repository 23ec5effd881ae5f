/**
 * The review report as a workbook (`pt review --report`): a summary sheet with one row per file
 * (unit, projects, errors, warnings, verdict, a link to the unit's sheet) and one sheet per unit
 * listing its findings, each linked to its cell in the reviewed workbook. Sheet plans, like every
 * other sheet, so any host can write them.
 */
import { freeSheetName } from "../layout/names";
import { FormulaCell, PlanCell, SheetPlan, sheetRef, TEXT_FORMAT } from "../layout/plan";
import { VERDICT_COLOURS } from "../layout/project";
import { projectOf, SEVERITY_WORDS } from "../problem";
import type { ReviewResult } from "./result";

export const REPORT_SUMMARY_NAME = "审核汇总";

/** One reviewed file: its result, or why it could not be read. */
export interface FileReview {
  /** The file as the reviewer named it. */
  file: string;
  result?: ReviewResult;
  /** Why the file could not be read. */
  error?: string;
  /** Link from a finding to the reviewed workbook's cell: the file's path relative to the report. */
  link?: string;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function link(target: string, shown: string): FormulaCell {
  const formula = `HYPERLINK(${quote(target)},${quote(shown)})`;
  return { formula, value: shown, standalone: formula };
}

export function verdict(review: FileReview): string {
  if (!review.result) return "无法读取";
  if (review.result.errors > 0) return "退回修改";
  if (review.result.warnings > 0) return "请核实";
  return "通过";
}

const STYLE_FONT = { name: "宋体", size: 10.5 };
const HEADER_FILL = "#D9E1F2";
const LINK_COLOUR = "#0563C1";

function unitName(review: FileReview): string {
  const name = review.result?.department.unitName.trim();
  return name || review.file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
}

function unitSheet(review: FileReview, result: ReviewResult, name: string): SheetPlan {
  const problems = [...result.notes, ...result.findings].filter(
    (p) => p.severity === "error" || p.severity === "warning"
  );
  const projects = result.department.projects;
  const headers = ["序号", "项目", "工作表", "单元格", "级别", "规则", "说明"];
  const rows: PlanCell[][] = [
    [`${unitName(review)}审核结果`, null, null, null, null, null, null],
    [
      `文件：${review.file}`,
      null,
      null,
      null,
      null,
      null,
      link(`#${sheetRef(REPORT_SUMMARY_NAME, "A1")}`, "返回汇总"),
    ],
    headers,
  ];
  problems.forEach((p, i) => {
    const index = projectOf(p.at);
    const project = index !== null ? (projects[index]?.name ?? "") : "";
    const cell: PlanCell =
      p.cell && p.sheet && review.link
        ? link(`${review.link}#${sheetRef(p.sheet, p.cell)}`, p.cell)
        : (p.cell ?? (p.line !== undefined ? `第 ${p.line} 行` : ""));
    rows.push([i + 1, project, p.sheet ?? "", cell, SEVERITY_WORDS[p.severity], p.rule, p.message]);
  });
  if (problems.length === 0) rows.push(["", "未发现问题", null, null, null, null, null]);
  const last = rows.length;
  return {
    name,
    kind: "review",
    columnWidths: [6, 24, 24, 8, 6, 22, 60],
    rowHeights: { 1: 26 },
    styles: [
      { range: `A1:G${last}`, style: { vAlign: "middle", wrap: true } },
      { range: "A1", style: { bold: true, fontSize: 14 } },
      { range: "G2", style: { fontColor: LINK_COLOUR } },
      { range: `A3:G${last}`, style: { border: true } },
      { range: "A3:G3", style: { bold: true, fill: HEADER_FILL, hAlign: "center" } },
      { range: `B4:G${last}`, style: { numberFormat: TEXT_FORMAT } },
      { range: `D4:D${last}`, style: { fontColor: LINK_COLOUR, hAlign: "center" } },
    ],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:G1", "A2:F2"],
    validations: [],
    conditionalFormats: (["error", "warning"] as const).map((severity) => {
      const [fill, fontColor] = VERDICT_COLOURS[severity === "error" ? "未达标" : "待评价"];
      return {
        range: `E4:E${last}`,
        formula: `$E4="${SEVERITY_WORDS[severity]}"`,
        fill,
        fontColor,
      };
    }),
    print: { area: `A1:G${last}`, orientation: "landscape" },
    font: STYLE_FONT,
  };
}

/** The summary sheet first, then a sheet per readable file, named after its unit. */
export function planReviewReport(reviews: readonly FileReview[]): SheetPlan[] {
  const taken = new Set([REPORT_SUMMARY_NAME]);
  const units = reviews.map((review) => {
    if (!review.result) return null;
    const name = freeSheetName(unitName(review), taken);
    taken.add(name);
    return unitSheet(review, review.result, name);
  });
  const headers = ["序号", "单位", "文件", "项目数", "错误", "警告", "结论", "明细"];
  const first = 4;
  const rows: PlanCell[][] = [
    ["绩效目标表审核结果", null, null, null, null, null, null, null],
    [`共 ${reviews.length} 个文件`, null, null, null, null, null, null, null],
    headers,
  ];
  reviews.forEach((review, i) => {
    const sheet = units[i];
    const result = review.result;
    rows.push([
      i + 1,
      result ? unitName(review) : "",
      review.file,
      result ? result.department.projects.length : null,
      result ? result.errors : null,
      result ? result.warnings : null,
      result ? verdict(review) : `${verdict(review)}：${review.error ?? ""}`,
      sheet ? link(`#${sheetRef(sheet.name, "A1")}`, sheet.name) : null,
    ]);
  });
  const last = first + reviews.length - 1;
  const total = (column: string, values: (number | null)[]): FormulaCell => {
    const formula = reviews.length > 0 ? `SUM(${column}${first}:${column}${last})` : "0";
    return {
      formula,
      value: values.reduce<number>((s, v) => s + (v ?? 0), 0),
      standalone: formula,
    };
  };
  const results = reviews.map((r) => r.result);
  rows.push([
    "合计",
    null,
    null,
    total(
      "D",
      results.map((r) => r?.department.projects.length ?? null)
    ),
    total(
      "E",
      results.map((r) => r?.errors ?? null)
    ),
    total(
      "F",
      results.map((r) => r?.warnings ?? null)
    ),
    null,
    null,
  ]);
  const end = rows.length;
  const [errorFill, errorFont] = VERDICT_COLOURS.未达标;
  const [warnFill, warnFont] = VERDICT_COLOURS.待评价;
  const [passFill, passFont] = VERDICT_COLOURS.达标;
  const summary: SheetPlan = {
    name: REPORT_SUMMARY_NAME,
    kind: "review",
    columnWidths: [6, 28, 36, 8, 8, 8, 24, 28],
    rowHeights: { 1: 30 },
    styles: [
      { range: `A1:H${end}`, style: { vAlign: "middle", wrap: true } },
      { range: "A1", style: { bold: true, fontSize: 16, hAlign: "center" } },
      { range: `A3:H${end}`, style: { border: true } },
      { range: "A3:H3", style: { bold: true, fill: HEADER_FILL, hAlign: "center" } },
      { range: `B${first}:C${end}`, style: { numberFormat: TEXT_FORMAT } },
      { range: `H${first}:H${end}`, style: { fontColor: LINK_COLOUR } },
      { range: `A${end}:H${end}`, style: { bold: true } },
    ],
    blocks: [{ at: "A1", rows }],
    merges: ["A1:H1", "A2:H2", `A${end}:C${end}`],
    validations: [],
    conditionalFormats: [
      {
        range: `G${first}:G${end}`,
        formula: `LEFT($G${first},4)="退回修改"`,
        fill: errorFill,
        fontColor: errorFont,
      },
      {
        range: `G${first}:G${end}`,
        formula: `LEFT($G${first},4)="无法读取"`,
        fill: errorFill,
        fontColor: errorFont,
      },
      {
        range: `G${first}:G${end}`,
        formula: `$G${first}="请核实"`,
        fill: warnFill,
        fontColor: warnFont,
      },
      {
        range: `G${first}:G${end}`,
        formula: `$G${first}="通过"`,
        fill: passFill,
        fontColor: passFont,
      },
    ],
    print: { area: `A1:G${end}`, orientation: "landscape" },
    font: STYLE_FONT,
  };
  return [summary, ...units.filter((u): u is SheetPlan => u !== null)];
}
