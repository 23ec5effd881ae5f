/**
 * The 项目绩效目标表 sheet, cell for cell the form of the published tables (the seed), with live
 * checks and the review beside and below it outside the print area; and where each part of the
 * model stands on it (the place map that review findings use). Reading back is the form reader
 * (core/import/form.ts), which reads this layout and the other provinces' alike.
 */
import {
  checkpointLabel,
  DEFAULT_CHECKPOINTS,
  INDICATOR_COLUMNS,
  IndicatorRow,
  Project,
} from "../model";
import { LEVEL1_NAMES, LEVEL2_NAMES } from "../framework";
import type { IndicatorColumn, ProjectField } from "../problem";
import { AMOUNT_TOLERANCE } from "../review/rule";
import { fundsDiffer, fundsSumFlag } from "../review/rules/funds-sum";
import { endDiffers, planEndFlag } from "../review/rules/plan-end";
import { combine, Part } from "./parts";
import { REVIEW_HEADER, reviewCell, reviewFormats } from "./review-column";
import { ALERT_COLOURS, LIVE_FILL, MONEY_VALIDATION, spendingMonitor } from "./spending-monitor";
import {
  Block,
  cellName,
  ConditionalFormat,
  FormulaCell,
  MONEY_FORMAT,
  PlanCell,
  rangeName,
  SheetPlan,
  TEXT_FORMAT,
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

const FORM_COLUMNS = 6;

/**
 * Whether a cell's text is one of the check flags beside the form (G5, G8): the funds-sum and
 * plan-end rules as formulas, computed by the sheet, not data to read back.
 */
export function isTemplateFlag(text: string): boolean {
  return (
    text === fundsSumFlag({ budget: "", fiscal: "", other: "" }).message ||
    /^\d{1,2}月底累计支出应等于预算数$/.test(text)
  );
}
const MAX_CHECKPOINTS = 5;
const HEADER_FILL = "#D9E1F2";
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

/**
 * Where the parts of one project stand on its sheet: as planned (templatePlaces), or as found when
 * an edited sheet was read back (readProjectSheet), since rows may have moved.
 */
export interface ProjectPlaces {
  /** A1 address of each header field found; `schedule` is its first checkpoint. */
  cells: Partial<Record<ProjectField, string>>;
  /** A1 address of each checkpoint's amount, in schedule order. */
  checkpoints: string[];
  /** 1-based row of the indicator table's header. */
  header: number;
  /** 1-based row of each indicator, in model order. */
  rows: number[];
  /** 1-based column of each indicator field, where the layout is not our template's (A–F). */
  columns?: Partial<Record<IndicatorColumn, number>>;
}

/** The places of a project on a sheet as planProject lays it out. */
export function templatePlaces(project: Project): ProjectPlaces {
  const checkpoints = project.schedule.map((_, i) => checkpointCell(i));
  return {
    cells: { ...FIELD_CELLS, schedule: checkpointCell(0) },
    checkpoints,
    header: ROW.header,
    rows: project.indicators.map((_, i) => ROW.header + 1 + i),
  };
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

export function estimateHeight(text: string, widthChars: number, lineHeight = 15): number {
  const lines = text
    .split("\n")
    .reduce(
      (sum, line) => sum + Math.max(1, Math.ceil((line.length * 2) / Math.max(widthChars, 1))),
      0
    );
  return Math.max(lineHeight * 1.3, lines * lineHeight);
}

/** A–F the form, G–H the live check, I the review finding (a sentence, so wide). */
const COLUMN_WIDTHS = [11, 13, 14, 22, 13, 15, 12, 10, 40];

type Slot = { month: number; cell: string };

/** Header A1:F9: title, unit, code and name, funds, purpose, the plan of spending, the goals. */
function headerPart(
  project: Project,
  context: ProjectContext,
  schedule: Project["schedule"]
): { part: Part; slots: Slot[] } {
  const blank = (): PlanCell[] => Array(FORM_COLUMNS).fill(null);
  const merges: string[] = [];
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
    if (to > from)
      merges.push(
        rangeName(ROW.schedule, from, ROW.schedule, to),
        rangeName(ROW.plan, from, ROW.plan, to)
      );
    return { month: point.month, cell: cellName(ROW.plan, from) };
  });
  header[8][0] = PROJECT_LABELS.goals;
  header[8][1] = numbered(project.goals);
  merges.push(
    ...["A1:F1", "A2:D2", "E2:F2", "B3:C3", "E3:F3", "A4:A6", "C4:D4", "E4:F4", "C5:D5"],
    ...["E5:F5", "C6:F6", "A7:A8", "B9:F9"]
  );
  const formWidth = COLUMN_WIDTHS.slice(0, FORM_COLUMNS).reduce((a, b) => a + b, 0);
  const part: Part = {
    blocks: [{ at: "A1", rows: header }],
    merges,
    styles: [
      { range: "A1", style: { bold: true, fontSize: 16, hAlign: "center" } },
      { range: "A2", style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
      { range: "E2", style: { hAlign: "right" } },
      { range: "B3", style: { numberFormat: TEXT_FORMAT } },
      { range: "E3", style: { numberFormat: TEXT_FORMAT } },
      { range: "B5:F5", style: { numberFormat: MONEY_FORMAT } },
      { range: "C6", style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
      { range: `B8:F8`, style: { numberFormat: MONEY_FORMAT } },
      { range: "B9", style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
    ],
    rowHeights: {
      1: 30,
      2: 18,
      [ROW.purpose]: estimateHeight(
        project.purpose,
        formWidth - COLUMN_WIDTHS[0] - COLUMN_WIDTHS[1]
      ),
      [ROW.goals]: estimateHeight(numbered(project.goals), formWidth - COLUMN_WIDTHS[0]),
    },
  };
  return { part, slots };
}

/** The indicator table A10:F(last), and each row's 一级 / 二级 cell (the first of its merged run). */
function tablePart(
  indicators: IndicatorRow[],
  first: number,
  last: number
): { part: Part; level1Cell: string[]; level2Cell: string[] } {
  const merges: string[] = [];
  const table: PlanCell[][] = [INDICATOR_HEADERS.slice()];
  for (const row of indicators)
    table.push([row.level1, row.level2, row.level3, row.description, row.value, row.basis]);
  if (indicators.length === 0) table.push(Array(FORM_COLUMNS).fill(null));
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
  indicators.forEach((row, i) => {
    const cells = [row.level1, row.level2, row.level3, row.description, row.value, row.basis];
    rowHeights[first + i] = Math.max(...cells.map((t, k) => estimateHeight(t, COLUMN_WIDTHS[k])));
  });
  const part: Part = {
    blocks: [{ at: `A${ROW.header}`, rows: table }],
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
 * Live checks beside the indicators: G actual (typed), H PT.CHECK, whose direction follows
 * 二级指标, and I the row's first review finding.
 */
function livePart(
  indicators: IndicatorRow[],
  first: number,
  last: number,
  level1Cell: string[],
  level2Cell: string[]
): Part {
  const live: PlanCell[][] = [[...LIVE_HEADERS, REVIEW_HEADER]];
  for (let r = first; r <= last; r++) {
    const i = r - first;
    const check: FormulaCell = {
      formula: `PT.CHECK(G${r},E${r},${level2Cell[i] ?? `B${r}`})`,
      value: "",
    };
    const cells = Object.fromEntries(
      INDICATOR_COLUMNS.map((field, c) => [field, cellName(r, c + 1)])
    ) as Record<IndicatorColumn, string>;
    cells.level1 = level1Cell[i] ?? cells.level1;
    cells.level2 = level2Cell[i] ?? cells.level2;
    live.push([null, check, reviewCell(indicators[i], cells)]);
  }
  const verdictFormats: ConditionalFormat[] = Object.entries(VERDICT_COLOURS).map(
    ([verdict, [fill, fontColor]]) => ({
      range: `H${first}:H${last}`,
      formula: `$H${first}="${verdict}"`,
      fill,
      fontColor,
    })
  );
  return {
    blocks: [{ at: `G${ROW.header}`, rows: live }],
    styles: [
      { range: `G10:I${last}`, style: { border: true, vAlign: "middle", hAlign: "center" } },
      { range: "G10:I10", style: { bold: true, fill: LIVE_FILL } },
      { range: `I${first}:I${last}`, style: { hAlign: "left", wrap: true } },
      { range: `G${first}:G${last}`, style: { fill: LIVE_FILL } },
    ],
    conditionalFormats: [
      ...verdictFormats,
      ...reviewFormats(`I${first}:I${last}`, `$I${first}`, {
        error: VERDICT_COLOURS.未达标,
        warning: VERDICT_COLOURS.待评价,
      }),
    ],
  };
}

/**
 * The funds' consistency flags beside the header (the review rules funds-sum and plan-end as
 * built-in formulas, so they work everywhere), with the validations and alerts of the amounts.
 */
function fundsChecksPart(project: Project, schedule: Project["schedule"], slots: Slot[]): Part {
  const lastSlot = slots.length - 1;
  const funds = fundsSumFlag({
    budget: FIELD_CELLS.budget,
    fiscal: FIELD_CELLS.fiscalFunds,
    other: FIELD_CELLS.otherFunds,
  });
  const planEndTest = planEndFlag(
    { last: slots[lastSlot].cell, budget: cellName(ROW.funds, 2) },
    schedule[lastSlot].month
  );
  const flag = (
    at: string,
    { test, message }: { test: string; message: string },
    wrong: boolean
  ): Block => {
    const formula = `IF(${test},"${message}","")`;
    return { at, rows: [[{ formula, value: wrong ? message : "", standalone: formula }]] };
  };
  const { budget, fiscalFunds, otherFunds } = project;
  return {
    blocks: [
      flag("G5", funds, fundsDiffer(budget, fiscalFunds, otherFunds, AMOUNT_TOLERANCE)),
      flag("G8", planEndTest, endDiffers(schedule[lastSlot].amount, budget, AMOUNT_TOLERANCE)),
    ],
    styles: [{ range: "G5:G8", style: { fontColor: "#C00000", bold: true } }],
    validations: [
      { range: "B5:F5", ...MONEY_VALIDATION },
      { range: "B8:F8", ...MONEY_VALIDATION },
    ],
    conditionalFormats: [
      {
        range: "B5:F5",
        formula: fundsSumFlag({ budget: "$B$5", fiscal: "$C$5", other: "$E$5" }).test,
        ...ALERT_COLOURS,
      },
      { range: slots[lastSlot].cell, formula: planEndTest.test, ...ALERT_COLOURS },
    ],
  };
}

/** The plan of one project sheet: the header, the table, the live checks, the funds' flags, the monitor. */
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
  const form = `A1:F${last}`;
  const header = headerPart(project, context, schedule);
  const table = tablePart(indicators, first, last);
  // Progress monitoring below the form: planned vs actual cumulative spending per checkpoint.
  const monitor = spendingMonitor(
    PROJECT_LABELS.monitor,
    last + 2,
    header.slots,
    schedule.map((point) => point.amount),
    cellName(ROW.funds, 2),
    context.year
  );
  // Styles: text formats first, so that "=100%" or "989001" stay as typed.
  const frame: Part = {
    styles: [
      { range: form, style: { vAlign: "middle", wrap: true, hAlign: "center" } },
      { range: `A3:F${last}`, style: { border: true } },
    ],
  };
  const parts = combine(
    [
      frame,
      header.part,
      table.part,
      livePart(indicators, first, last, table.level1Cell, table.level2Cell),
      fundsChecksPart(project, schedule, header.slots),
      { ...monitor, blocks: [monitor.block] },
    ],
    { splitFormulas: false }
  );
  return {
    name: sheetName,
    kind: "project",
    columnWidths: COLUMN_WIDTHS,
    ...parts,
    print: { area: form, orientation: "portrait" },
    font: { name: "宋体", size: 10.5 },
  };
}
