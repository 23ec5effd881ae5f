/**
 * The fixed shape of the 项目支出绩效自评表: its labels, headers, column widths and where each row
 * is, shared by the plan (selfeval.ts, selfeval-table.ts) and the read-back (selfeval-read.ts).
 */
import { VERDICT_COLOURS } from "./project";

export const SELFEVAL_TITLE = "项目支出绩效自评表";

export const SELFEVAL_LABELS = {
  name: "项目名称",
  code: "项目编码",
  department: "主管部门",
  unit: "实施单位",
  funds: "项目资金\n（万元）",
  executionReason: "执行偏差原因",
  goals: "年度总体目标",
  expected: "预期目标",
  achieved: "实际完成情况",
  total: "总分",
  grade: "评价等级",
  check: "检查（不打印）",
  settings: "自评设置（不打印）",
  split: "分值分配",
  execution: "预算执行率",
  splitTotal: "合计",
  method: "反向指标计分",
  preset: "评分方案",
} as const;

export const FUND_HEADERS = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
export const SELFEVAL_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];

/** Columns A–H the form, I the checks, J–N the settings. */
export const SELFEVAL_WIDTHS = [11, 12, 18, 12, 14, 7, 8, 24, 26, 14, 9, 9, 20, 12];
export const FORM_COLUMNS = 8;
export const HEADER_FILL = "#D9E1F2";
export const LIVE_FILL = "#FFF2CC";
export const [RED_FILL, RED_FONT] = VERDICT_COLOURS["未达标"];
export const GRADE_COLOURS: Record<string, [fill: string, font: string]> = {
  优: VERDICT_COLOURS["达标"],
  良: VERDICT_COLOURS["达标"],
  中: VERDICT_COLOURS["待评价"],
  差: VERDICT_COLOURS["未达标"],
};

/** Rows of a 自评表 with `funds` fund lines and `indicators` indicator rows (at least one drawn). */
export function selfEvalRows(funds: number, indicators: number) {
  const fundsHeader = 5;
  const reason = fundsHeader + funds + 1;
  const header = reason + 3;
  const last = header + Math.max(indicators, 1);
  return {
    fundsHeader,
    /** The total line; its parts follow. */
    fundsFirst: fundsHeader + 1,
    reason,
    goalsHeader: reason + 1,
    goals: reason + 2,
    header,
    first: header + 1,
    last,
    total: last + 1,
    grade: last + 2,
  };
}

export type SelfEvalRows = ReturnType<typeof selfEvalRows>;

export function selfEvalSheetName(index: number, name: string): string {
  return `自评-${index}.${name || "未命名项目"}`;
}
