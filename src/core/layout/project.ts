/**
 * The 项目绩效目标表 sheet, cell for cell the form of the published tables (the seed), with live
 * checks beside and below it outside the print area. The way back from such a sheet to the model is
 * the form reader (core/import/form.ts), which reads this layout and the other provinces' alike.
 */
import { checkpointLabel, DEFAULT_CHECKPOINTS, Project } from "../model";
import { LEVEL1_NAMES, LEVEL2_NAMES } from "../framework";
import { readAmount } from "../amount";
import { Problem } from "../problem";
import {
  Block,
  cellName,
  ConditionalFormat,
  FormulaCell,
  MONEY_FORMAT,
  PlanCell,
  rangeName,
  SheetPlan,
  StyledRange,
  TEXT_FORMAT,
  Validation,
  Scalar,
} from "./plan";

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

/** What the check flags beside the form (G5, G8) show when something does not add up. */
export const FLAG_TEXTS = {
  funds: "财政资金+其他资金≠预算数",
  plan: (month: number) => `${checkpointLabel(month)}累计≠预算数`,
};

/** Whether a cell's text is one of those flags: computed by the sheet, not data. */
export function isTemplateFlag(text: string): boolean {
  return text === FLAG_TEXTS.funds || /^\d{1,2}月底累计≠预算数$/.test(text);
}

const FORM_COLUMNS = 6;
const MAX_CHECKPOINTS = 5;
const HEADER_FILL = "#D9E1F2";
const LIVE_FILL = "#FFF2CC";
export const VERDICT_COLOURS: Record<string, [fill: string, font: string]> = {
  达标: ["#C6EFCE", "#006100"],
  未达标: ["#FFC7CE", "#9C0006"],
  待评价: ["#FFEB9C", "#9C5700"],
};

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

const COLUMN_WIDTHS = [11, 13, 14, 22, 13, 15, 12, 10];

/** The plan of one project sheet. */
export function planProject(
  project: Project,
  context: ProjectContext,
  sheetName: string
): SheetPlan {
  const schedule =
    project.schedule.length > 0
      ? project.schedule
      : DEFAULT_CHECKPOINTS.map((month) => ({ month, amount: null }));
  if (schedule.length > MAX_CHECKPOINTS)
    throw new Error(`最多支持 ${MAX_CHECKPOINTS} 个支出检查点`);
  const indicators = project.indicators;
  const first = ROW.header + 1;
  const last = ROW.header + Math.max(indicators.length, 1);
  const budgetCell = cellName(ROW.funds, 2);
  const merges: string[] = [];
  const styles: StyledRange[] = [];
  const blank = (): PlanCell[] => Array(FORM_COLUMNS).fill(null);

  // Header block A1:F9.
  const header: PlanCell[][] = Array.from({ length: ROW.goals }, blank);
  header[0][0] = projectTitle(context.index, project.name);
  header[1][0] = `${context.unitCode} ${context.unitName}`.trim();
  header[1][4] = PROJECT_LABELS.unitOfMoney;
  header[2] = [PROJECT_LABELS.code, project.code, null, PROJECT_LABELS.name, project.name, null];
  header[3] = [
    PROJECT_LABELS.budgetBlock,
    PROJECT_LABELS.budget,
    PROJECT_LABELS.fiscal,
    null,
    PROJECT_LABELS.other,
    null,
  ];
  header[4] = [null, project.budget, project.fiscalFunds, null, project.otherFunds, null];
  header[5] = [null, PROJECT_LABELS.purpose, project.purpose, null, null, null];
  header[6][0] = PROJECT_LABELS.schedule;
  // Checkpoints fill B..F; the last one spans what is left.
  const slots = schedule.map((point, i) => {
    const from = 2 + i;
    const to = i === schedule.length - 1 ? FORM_COLUMNS : from;
    header[6][from - 1] = checkpointLabel(point.month);
    header[7][from - 1] = point.amount;
    if (to > from) {
      merges.push(
        rangeName(ROW.schedule, from, ROW.schedule, to),
        rangeName(ROW.plan, from, ROW.plan, to)
      );
    }
    return { month: point.month, cell: cellName(ROW.plan, from) };
  });
  header[8][0] = PROJECT_LABELS.goals;
  header[8][1] = numbered(project.goals);
  merges.push(
    "A1:F1",
    "A2:D2",
    "E2:F2",
    "B3:C3",
    "E3:F3",
    "A4:A6",
    "C4:D4",
    "E4:F4",
    "C5:D5",
    "E5:F5",
    "C6:F6",
    "A7:A8",
    "B9:F9"
  );

  // Indicator table A10:F(last).
  const table: PlanCell[][] = [INDICATOR_HEADERS.slice()];
  for (const row of indicators) {
    table.push([row.level1, row.level2, row.level3, row.description, row.value, row.basis]);
  }
  if (indicators.length === 0) table.push(blank());
  for (const [start, length] of runs(indicators.map((r) => r.level1))) {
    if (length > 1) merges.push(`A${first + start}:A${first + start + length - 1}`);
  }
  // Each row's 二级指标 cell: the first row of its merged run, as the rows below it read empty.
  const level2Cell: string[] = [];
  for (const [start, length] of runs(indicators.map((r) => `${r.level1}\u0001${r.level2}`))) {
    if (length > 1) merges.push(`B${first + start}:B${first + start + length - 1}`);
    for (let i = 0; i < length; i++)
      level2Cell.push(i === 0 ? `B${first + start}` : `$B$${first + start}`);
  }

  // Live checks beside the indicators: G actual (typed), H PT.CHECK, whose direction follows 二级指标.
  const live: PlanCell[][] = [LIVE_HEADERS.slice()];
  for (let r = first; r <= last; r++) {
    const check: FormulaCell = {
      formula: `PT.CHECK(G${r},E${r},${level2Cell[r - first] ?? `B${r}`})`,
      value: "",
    };
    live.push([null, check]);
  }

  // Consistency flags beside the header, built-in formulas so they work everywhere.
  const lastPlan = slots[slots.length - 1].cell;
  const fundsMismatch = `ABS(N(B5)-N(C5)-N(E5))>0.005`;
  const planMismatch = `AND(ISNUMBER(${lastPlan}),ABS(N(${lastPlan})-N(B5))>0.005)`;
  const flag = (test: string, message: string, wrong: boolean): FormulaCell => ({
    formula: `IF(${test},"${message}","")`,
    value: wrong ? message : "",
    standalone: `IF(${test},"${message}","")`,
  });
  const sum = (project.fiscalFunds ?? 0) + (project.otherFunds ?? 0);
  const lastAmount = schedule[schedule.length - 1].amount;
  const flags: Block[] = [
    {
      at: "G5",
      rows: [
        [flag(fundsMismatch, FLAG_TEXTS.funds, Math.abs((project.budget ?? 0) - sum) > 0.005)],
      ],
    },
    {
      at: "G8",
      rows: [
        [
          flag(
            planMismatch,
            FLAG_TEXTS.plan(schedule[schedule.length - 1].month),
            lastAmount !== null && Math.abs(lastAmount - (project.budget ?? 0)) > 0.005
          ),
        ],
      ],
    },
  ];

  // Progress monitoring below the form: planned vs actual cumulative spending per checkpoint.
  const monitorTitle = last + 2;
  const monitorHeader = monitorTitle + 1;
  const monitorFirst = monitorHeader + 1;
  const monitorLast = monitorFirst + slots.length - 1;
  const monitor: PlanCell[][] = [
    [PROJECT_LABELS.monitor, null, null, null, null, null],
    ["检查点", "计划累计支出", "实际累计支出", "进度判断", null, "执行率"],
  ];
  slots.forEach((slot, i) => {
    const r = monitorFirst + i;
    const date = context.year ? `,DATE(${context.year},${slot.month + 1},0)` : "";
    const plannedAmount = schedule[i].amount;
    monitor.push([
      checkpointLabel(slot.month),
      { formula: slot.cell, value: plannedAmount, standalone: slot.cell },
      null,
      { formula: `PT.PROGRESS(C${r},${budgetCell},B${r}${date})`, value: "" },
      null,
      {
        formula: `PT.PROGRESS(C${r},${budgetCell})`,
        value: "",
        standalone: `IF(N(C${r})=0,"",C${r}/${budgetCell})`,
      },
    ]);
    merges.push(`D${r}:E${r}`);
  });
  merges.push(`A${monitorTitle}:F${monitorTitle}`, `D${monitorHeader}:E${monitorHeader}`);

  // Styles: text formats first, so that "=100%" or "989001" stay as typed.
  const form = `A1:F${last}`;
  styles.push(
    { range: form, style: { vAlign: "middle", wrap: true, hAlign: "center" } },
    { range: `A3:F${last}`, style: { border: true } },
    { range: "A1", style: { bold: true, fontSize: 16, hAlign: "center" } },
    { range: "A2", style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
    { range: "E2", style: { hAlign: "right" } },
    { range: "B3", style: { numberFormat: TEXT_FORMAT } },
    { range: "E3", style: { numberFormat: TEXT_FORMAT } },
    { range: "B5:F5", style: { numberFormat: MONEY_FORMAT } },
    { range: "C6", style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
    { range: `B8:F8`, style: { numberFormat: MONEY_FORMAT } },
    { range: "B9", style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
    { range: `A10:F10`, style: { bold: true, fill: HEADER_FILL } },
    { range: `A${first}:F${last}`, style: { numberFormat: TEXT_FORMAT } },
    { range: `C${first}:D${last}`, style: { hAlign: "left" } },
    { range: `G10:H${last}`, style: { border: true, vAlign: "middle", hAlign: "center" } },
    { range: "G10:H10", style: { bold: true, fill: LIVE_FILL } },
    { range: `G${first}:G${last}`, style: { fill: LIVE_FILL } },
    { range: "G5:G8", style: { fontColor: "#C00000", bold: true } },
    { range: `A${monitorTitle}`, style: { bold: true, hAlign: "left" } },
    {
      range: `A${monitorHeader}:F${monitorLast}`,
      style: { border: true, hAlign: "center", vAlign: "middle" },
    },
    { range: `A${monitorHeader}:F${monitorHeader}`, style: { bold: true, fill: LIVE_FILL } },
    { range: `B${monitorFirst}:C${monitorLast}`, style: { numberFormat: MONEY_FORMAT } },
    { range: `C${monitorFirst}:C${monitorLast}`, style: { fill: LIVE_FILL } },
    { range: `F${monitorFirst}:F${monitorLast}`, style: { numberFormat: "0.00%" } }
  );

  const money = {
    kind: "decimal" as const,
    min: 0,
    prompt: "金额（万元），不能为负数",
    error: "请输入不小于0的金额（万元）",
  };
  const validations: Validation[] = [
    { range: `A${first}:A${last}`, kind: "list", items: [...LEVEL1_NAMES], prompt: "选择一级指标" },
    { range: `B${first}:B${last}`, kind: "list", items: [...LEVEL2_NAMES], prompt: "选择二级指标" },
    { range: "B5:F5", ...money },
    { range: "B8:F8", ...money },
    { range: `C${monitorFirst}:C${monitorLast}`, ...money },
  ];

  const verdictFormats: ConditionalFormat[] = Object.entries(VERDICT_COLOURS).map(
    ([verdict, [fill, fontColor]]) => ({
      range: `H${first}:H${last}`,
      formula: `$H${first}="${verdict}"`,
      fill,
      fontColor,
    })
  );
  const conditionalFormats: ConditionalFormat[] = [
    ...verdictFormats,
    {
      range: "B5:F5",
      formula: "ABS(N($B$5)-N($C$5)-N($E$5))>0.005",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
    { range: lastPlan, formula: planMismatch, fill: "#FFC7CE", fontColor: "#9C0006" },
    {
      range: `D${monitorFirst}:E${monitorLast}`,
      formula: `OR(ISNUMBER(SEARCH("滞后",$D${monitorFirst})),ISNUMBER(SEARCH("低于",$D${monitorFirst})),ISNUMBER(SEARCH("超出",$D${monitorFirst})))`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
    {
      range: `D${monitorFirst}:E${monitorLast}`,
      formula: `ISNUMBER(SEARCH("符合",$D${monitorFirst}))`,
      fill: "#C6EFCE",
      fontColor: "#006100",
    },
  ];

  const rowHeights: Record<number, number> = { 1: 30, 2: 18 };
  const formWidth = COLUMN_WIDTHS.slice(0, FORM_COLUMNS).reduce((a, b) => a + b, 0);
  rowHeights[ROW.purpose] = estimateHeight(
    project.purpose,
    formWidth - COLUMN_WIDTHS[0] - COLUMN_WIDTHS[1]
  );
  rowHeights[ROW.goals] = estimateHeight(numbered(project.goals), formWidth - COLUMN_WIDTHS[0]);
  indicators.forEach((row, i) => {
    const cells = [row.level1, row.level2, row.level3, row.description, row.value, row.basis];
    rowHeights[first + i] = Math.max(...cells.map((t, k) => estimateHeight(t, COLUMN_WIDTHS[k])));
  });

  return {
    name: sheetName,
    kind: "project",
    columnWidths: COLUMN_WIDTHS,
    rowHeights,
    styles,
    blocks: [
      { at: "A1", rows: header },
      { at: `A${ROW.header}`, rows: table },
      { at: `G${ROW.header}`, rows: live },
      ...flags,
      { at: `A${monitorTitle}`, rows: monitor },
    ],
    merges,
    validations,
    conditionalFormats,
    print: { area: form, orientation: "portrait" },
    font: { name: "宋体", size: 10.5 },
  };
}

// Small readers shared by the read-back of the year-after sheets.

const text = (v: Scalar | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

/** A cell as trimmed text, "" when empty. */
export const cellText = text;

export function amount(v: Scalar | undefined, cell: string, problems: Problem[]): number | null {
  const read = readAmount(v, "", "any");
  if (read.ok) return read.value;
  problems.push({ rule: "read/amount", severity: "error", cell, message: read.error });
  return null;
}

export function findRow(grid: Scalar[][], column: number, label: string, from = 0): number {
  for (let r = from; r < grid.length; r++) if (text(grid[r]?.[column]) === label) return r;
  return -1;
}

/** Goal lines as numbered() wrote them, or as other forms number them (1、 （1） 目标1：), without numbers. */
export function unnumbered(goals: string): string[] {
  return goals
    .split(/\n+/)
    .map((line) =>
      line.trim().replace(/^(\d+[.、．]|[(（]\d+[)）]|目标[\d一二三四五六七八九十]+[:：])\s*/, "")
    )
    .filter((line) => line !== "");
}
