/**
 * The 绩效运行监控表 sheet (DESIGN §3, 双监控): as of a date, the budget block (执行数, 执行率,
 * 序时进度 and the spending light) and, per indicator, 年度指标值, 1–N月实际完成, 全年预计完成,
 * 偏差原因 and 完成目标可能性 (dropdowns) and its light, by the budget system's rules. The way back
 * from such a sheet to the model is readMonitorSheet.
 */
import { LEVELS } from "../levels";
import { lightRule } from "../light";
import { Monitoring, MonitorResult } from "../model";
import { DEVIATION_REASONS, LIKELIHOODS, monthsLabel, rowLight, spendingLight } from "../monitor";
import { Problem } from "../problem";
import { readDate, timeProgress } from "../progress";
import { parseTarget } from "../target";
import { indicatorLightFormula, lightFormula, scheduleFormula } from "./formulas";
import { combine, fx, Part } from "./parts";
import {
  cellName,
  ConditionalFormat,
  MONEY_FORMAT,
  PlanCell,
  Scalar,
  SheetPlan,
  TEXT_FORMAT,
} from "./plan";
import { estimateHeight, numbered, runs } from "./project";
import { amount, cellText as text, findRow, unnumbered } from "./read-cells";
import { readIndicatorRows, RowColumns } from "./read-rows";
import { MonitorPlaces } from "./year-after-places";
import { HEADER_FILL, LIVE_FILL, RED_FILL, RED_FONT } from "./selfeval-form";

export const MONITOR_TITLE = "项目支出绩效运行监控表";

export const MONITOR_LABELS = {
  asOf: "监控截止日期",
  money: "单位：万元",
  name: "项目名称",
  code: "项目编码",
  department: "主管部门",
  unit: "实施单位",
  budget: "预算执行情况",
  goals: "年度总体目标",
} as const;

export const BUDGET_HEADERS = ["全年预算数", "执行数", "执行率", "序时进度", "预警", "偏差原因"];
/** The indicator table's headers; the fifth carries the months covered (1–7月实际完成). */
export function monitorHeaders(asOf: number): string[] {
  return [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    `${monthsLabel(asOf)}实际完成`,
    "全年预计完成",
    "偏差原因",
    "完成目标可能性",
    "预警",
    "备注",
  ];
}

export const LIGHT_COLOURS: Record<string, [fill: string, font: string]> = {
  红灯: [RED_FILL, RED_FONT],
  黄灯: ["#FFEB9C", "#9C5700"],
  绿灯: ["#C6EFCE", "#006100"],
  蓝灯: ["#BDD7EE", "#1F4E79"],
};

const WIDTHS = [10, 12, 18, 12, 12, 12, 12, 12, 8, 16];
const COLUMNS = WIDTHS.length;
const ROW = { asOf: 2, name: 3, department: 4, budgetHeader: 5, budget: 6, goals: 7, header: 8 };
const RULE = lightRule("一体化");
/** The indicator table's columns A–J, for the read-back. */
const ROW_COLUMNS: RowColumns = { level1: 0, level2: 1, level3: 2, value: 3, width: COLUMNS };

export function monitorSheetName(index: number, name: string): string {
  return `监控-${index}.${name || "未命名项目"}`;
}

const fill = (row: PlanCell[]): PlanCell[] => [
  ...row,
  ...Array<PlanCell>(COLUMNS - row.length).fill(null),
];

const lights = (range: string, anchor: string): ConditionalFormat[] =>
  Object.entries(LIGHT_COLOURS).map(([name, [fill, fontColor]]) => ({
    range,
    formula: `${anchor}="${name}"`,
    fill,
    fontColor,
  }));

/** Title, date, project, and the budget block with 执行率, 序时进度 and the spending light. */
function headPart(monitoring: Monitoring): Part {
  const { project } = monitoring;
  const L = MONITOR_LABELS;
  const b = ROW.budget;
  const date = `$B$${ROW.asOf}`;
  const rate = `IF(OR(C${b}="",N(B${b})=0),"",C${b}/B${b})`;
  const light = `IF(OR(C${b}="",N(B${b})=0),"",${lightFormula(`C${b}/B${b}/E${b}`, RULE)})`;
  const spentRate =
    monitoring.budget && monitoring.spent !== null ? monitoring.spent / monitoring.budget : "";
  const head: PlanCell[][] = [
    fill([MONITOR_TITLE]),
    fill([L.asOf, monitoring.asOf, null, null, null, null, null, null, null, L.money]),
    fill([L.name, project.name, null, null, null, L.code, project.code]),
    fill([L.department, monitoring.department, null, null, null, L.unit, monitoring.unit]),
    fill([L.budget, ...BUDGET_HEADERS]),
    fill([
      null,
      monitoring.budget,
      monitoring.spent,
      fx(rate, spentRate),
      fx(`PT.SCHEDULE(${date})`, timeProgress(monitoring.asOf), scheduleFormula(date)),
      fx(`PT.LIGHT(C${b},B${b},${date},"${RULE.id}")`, spendingLight(monitoring), light),
      monitoring.spendingReason,
    ]),
    fill([L.goals, numbered(project.goals)]),
  ];
  return {
    blocks: [{ at: "A1", rows: head }],
    merges: [
      "A1:J1",
      "B2:C2",
      "B3:E3",
      "G3:J3",
      "B4:E4",
      "G4:J4",
      "A5:A6",
      "G5:J5",
      "G6:J6",
      "B7:J7",
    ],
    rowHeights: { 1: 30, [ROW.goals]: estimateHeight(numbered(project.goals), 110) },
    styles: [
      { range: "A1", style: { bold: true, fontSize: 16 } },
      { range: "B2", style: { numberFormat: "yyyy-mm-dd", fill: LIVE_FILL } },
      { range: "J2", style: { hAlign: "right" } },
      { range: "B3:J4", style: { numberFormat: TEXT_FORMAT } },
      {
        range: `A${ROW.budgetHeader}:J${ROW.budgetHeader}`,
        style: { bold: true, fill: HEADER_FILL },
      },
      { range: `B${b}:C${b}`, style: { numberFormat: MONEY_FORMAT } },
      { range: `C${b}`, style: { fill: LIVE_FILL } },
      { range: `D${b}:E${b}`, style: { numberFormat: "0.00%" } },
      { range: `G${b}`, style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
      { range: `B${ROW.goals}`, style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
    ],
    validations: [
      {
        range: `B${b}:C${b}`,
        kind: "decimal",
        min: 0,
        prompt: "金额（万元），不能为负数",
        error: "请输入不小于0的金额（万元）",
      },
    ],
    conditionalFormats: lights(`F${b}`, `$F$${b}`),
  };
}

/** The indicators: what was done by the date, the forecast, the reasons and the lights. */
function indicatorPart(monitoring: Monitoring, first: number, last: number): Part {
  const { indicators } = monitoring.project;
  const table: PlanCell[][] = [monitorHeaders(monitoring.asOf)];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  indicators.forEach((row, i) => {
    const r = first + i;
    const result = monitoring.results[i];
    const light = indicatorLightFormula(`E${r}`, row.value, row.level2, `$E$${ROW.budget}`);
    const cells = [row.level1, row.level2, row.level3, row.value];
    table.push([
      ...cells,
      result?.actual ?? null,
      result?.forecast ?? null,
      result?.reason ?? "",
      result?.likelihood ?? "",
      fx(light, rowLight(monitoring, i)),
      result?.note ?? "",
    ]);
    rowHeights[r] = Math.max(
      ...[...cells, result?.note ?? ""].map((t, k) => estimateHeight(t, WIDTHS[k < 4 ? k : 9]))
    );
  });
  if (indicators.length === 0) table.push(fill([]));
  for (const [start, length] of runs(indicators.map((r) => r.level1)))
    if (length > 1) merges.push(`A${first + start}:A${first + start + length - 1}`);
  for (const [start, length] of runs(indicators.map((r) => `${r.level1}\u0001${r.level2}`)))
    if (length > 1) merges.push(`B${first + start}:B${first + start + length - 1}`);
  const qualitative = indicators.flatMap((row, i) => {
    const target = parseTarget(row.value);
    const judged =
      target.ok && (target.value.kind === "qualitative" || target.value.kind === "reference");
    return judged ? [first + i] : [];
  });
  return {
    blocks: [{ at: `A${ROW.header}`, rows: table }],
    merges,
    rowHeights,
    styles: [
      { range: `A${ROW.header}:J${ROW.header}`, style: { bold: true, fill: HEADER_FILL } },
      { range: `A${first}:D${last}`, style: { numberFormat: TEXT_FORMAT } },
      { range: `C${first}:C${last}`, style: { hAlign: "left" } },
      { range: `E${first}:H${last}`, style: { fill: LIVE_FILL } },
      { range: `G${first}:H${last}`, style: { numberFormat: TEXT_FORMAT } },
      { range: `J${first}:J${last}`, style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
    ],
    validations: [
      {
        range: `G${first}:G${last}`,
        kind: "list",
        items: DEVIATION_REASONS,
        prompt: "选择偏差原因",
      },
      {
        range: `H${first}:H${last}`,
        kind: "list",
        items: LIKELIHOODS,
        prompt: "选择完成目标的可能性",
      },
      ...qualitative.map((r) => ({
        range: `E${r}`,
        kind: "list" as const,
        items: LEVELS.map((l) => l.text),
        prompt: "定性指标：选择完成档次",
      })),
    ],
    conditionalFormats: [
      ...lights(`I${first}:I${last}`, `$I${first}`),
      {
        range: `H${first}:H${last}`,
        formula: `$H${first}="${LIKELIHOODS[LIKELIHOODS.length - 1]}"`,
        fill: RED_FILL,
        fontColor: RED_FONT,
      },
    ],
  };
}

/** The plan of one 监控表. */
export function planMonitor(monitoring: Monitoring, sheetName: string): SheetPlan {
  const first = ROW.header + 1;
  const last = ROW.header + Math.max(monitoring.project.indicators.length, 1);
  const frame: Part = {
    styles: [
      { range: `A1:J${last}`, style: { vAlign: "middle", hAlign: "center", wrap: true } },
      { range: `A3:J${last}`, style: { border: true } },
    ],
  };
  return {
    name: sheetName,
    kind: "monitor",
    columnWidths: WIDTHS,
    ...combine([frame, headPart(monitoring), indicatorPart(monitoring, first, last)]),
    print: { area: `A1:J${last}`, orientation: "landscape" },
    font: { name: "宋体", size: 10.5 },
  };
}

// ---------------------------------------------------------------------------------------------
// Read back.

export interface ReadMonitor {
  monitoring: Monitoring;
  problems: Problem[];
  /** Where the rows and the budget block's cells are (for the review). */
  places: MonitorPlaces;
}

const valueOf = (v: Scalar | undefined): string | number | null =>
  typeof v === "number" ? v : text(v) === "" ? null : text(v);

/** Reads a 监控表 back into the model, or null when the grid is not one. */
export function readMonitorSheet(grid: Scalar[][]): ReadMonitor | null {
  const at = (r: number, c: number) => grid[r]?.[c] ?? null;
  const header = grid.findIndex(
    (row) => text(row?.[0]) === "一级指标" && text(row?.[8]) === "预警"
  );
  if (text(at(0, 0)) !== MONITOR_TITLE || header < 0) return null;
  const problems: Problem[] = [];
  const L = MONITOR_LABELS;
  const dateRow = findRow(grid, 0, L.asOf);
  // ExcelJS reads a date-formatted cell as a Date, which the grid holds as ISO text.
  const dateCell = dateRow >= 0 ? at(dateRow, 1) : null;
  const date = readDate(
    typeof dateCell === "string" && /^\d{4}-\d{2}-\d{2}T/.test(dateCell)
      ? dateCell.slice(0, 10)
      : dateCell
  );
  if (!date.ok || date.value === null)
    problems.push({
      rule: "read/date",
      severity: "error",
      cell: cellName(dateRow + 1, 2),
      message: date.ok ? "监控截止日期为空" : date.error,
    });
  const nameRow = findRow(grid, 0, L.name);
  const departmentRow = findRow(grid, 0, L.department);
  const budgetRow = findRow(grid, 0, L.budget);
  const goalsRow = findRow(grid, 0, L.goals);
  const money = (r: number, c: number) =>
    r < 0 ? null : amount(at(r, c), cellName(r + 1, c + 1), problems);

  const results: MonitorResult[] = [];
  const { indicators, rows } = readIndicatorRows(
    grid,
    header + 1,
    grid.length,
    ROW_COLUMNS,
    (r, cells) =>
      results.push({
        actual: valueOf(at(r, 4)),
        forecast: valueOf(at(r, 5)),
        reason: cells[6],
        likelihood: cells[7],
        note: cells[9],
      })
  );
  const budgetLine = budgetRow >= 0 ? budgetRow + 1 : -1;
  return {
    monitoring: {
      project: {
        code: nameRow >= 0 ? text(at(nameRow, 6)) : "",
        name: nameRow >= 0 ? text(at(nameRow, 1)) : "",
        budget: money(budgetLine, 1),
        fiscalFunds: null,
        otherFunds: null,
        purpose: "",
        schedule: [],
        goals: goalsRow >= 0 ? unnumbered(text(at(goalsRow, 1))) : [],
        indicators,
      },
      department: departmentRow >= 0 ? text(at(departmentRow, 1)) : "",
      unit: departmentRow >= 0 ? text(at(departmentRow, 6)) : "",
      asOf: date.ok && date.value !== null ? date.value : 0,
      budget: money(budgetLine, 1),
      spent: money(budgetLine, 2),
      spendingReason: budgetLine >= 0 ? text(at(budgetLine, 6)) : "",
      results,
    },
    problems,
    places: {
      rows: rows.map((r) => r + 1),
      columns: { level3: 3, value: 4, actual: 5, forecast: 6, reason: 7, likelihood: 8 },
      cells:
        budgetLine >= 0
          ? {
              spent: cellName(budgetLine + 1, 3),
              rate: cellName(budgetLine + 1, 4),
              spendingReason: cellName(budgetLine + 1, 7),
            }
          : {},
    },
  };
}
