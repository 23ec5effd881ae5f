/**
 * The 项目绩效目标表 sheet, cell for cell the form of the published tables (the seed), with live
 * checks and the review beside and below it outside the print area; and where each part of the
 * model stands on it (the place map that review findings use). Reading back is the form reader
 * (core/import/form.ts), which reads this layout and the other provinces' alike. planProject
 * composes the sheet from its parts: the header (project-header.ts), the indicator table and its
 * live checks (project-table.ts), the amount flags beside the header and the spending monitor below.
 */
import { Checkpoint, Project } from "../model";
import type { IndicatorColumn, ProjectField } from "../problem";
import { AMOUNT_TOLERANCE } from "../review/rule";
import { fundsDiffer, fundsSumFlag } from "../review/rules/funds-sum";
import { endDiffers, planEndFlag } from "../review/rules/plan-end";
import { combine, Part } from "./parts";
import { Block, cellName, SheetPlan } from "./plan";
import { headerPart, scheduleOf, Slot, slotsOf } from "./project-header";
import {
  checkpointCell,
  COLUMN_WIDTHS,
  FIELD_CELLS,
  PROJECT_LABELS,
  ProjectContext,
  ROW,
  tableRows,
} from "./project-form";
import { indicatorTable, liveChecks } from "./project-table";
import { ALERT_COLOURS, MONEY_VALIDATION, spendingMonitor } from "./spending-monitor";

export {
  checkpointCell,
  estimateHeight,
  FIELD_CELLS,
  INDICATOR_HEADERS,
  LIVE_HEADERS,
  numbered,
  PROJECT_LABELS,
  projectTitle,
  ROW,
  runs,
  VERDICT_COLOURS,
} from "./project-form";
export type { ProjectContext } from "./project-form";

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

const BUDGET_CELL = cellName(ROW.funds, 2);

/** The print area's styles, over header and table alike: centred, wrapped, ruled from row 3. */
function formPart(last: number): Part {
  return {
    styles: [
      { range: `A1:F${last}`, style: { vAlign: "middle", wrap: true, hAlign: "center" } },
      { range: `A3:F${last}`, style: { border: true } },
    ],
  };
}

/**
 * The amount checks: G5 when 预算数 is not the sum of its split, G8 when the last checkpoint is not
 * 预算数 (the review rules as built-in formulas, so they work everywhere), the amount cells
 * coloured alike, and money validation on both rows.
 */
function amountChecks(project: Project, schedule: Checkpoint[], slots: Slot[]): Part {
  const lastSlot = slots.length - 1;
  const funds = fundsSumFlag({
    budget: FIELD_CELLS.budget,
    fiscal: FIELD_CELLS.fiscalFunds,
    other: FIELD_CELLS.otherFunds,
  });
  const planEnd = planEndFlag(
    { last: slots[lastSlot].cell, budget: BUDGET_CELL },
    schedule[lastSlot].month
  );
  const flag = (at: string, { test, message }: typeof funds, wrong: boolean): Block => {
    const formula = `IF(${test},"${message}","")`;
    return { at, rows: [[{ formula, value: wrong ? message : "", standalone: formula }]] };
  };
  const { budget, fiscalFunds, otherFunds } = project;
  return {
    blocks: [
      flag("G5", funds, fundsDiffer(budget, fiscalFunds, otherFunds, AMOUNT_TOLERANCE)),
      flag("G8", planEnd, endDiffers(schedule[lastSlot].amount, budget, AMOUNT_TOLERANCE)),
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
      { range: slots[lastSlot].cell, formula: planEnd.test, ...ALERT_COLOURS },
    ],
  };
}

/** Progress monitoring below the form: planned vs actual cumulative spending per checkpoint. */
function monitorPart(
  schedule: Checkpoint[],
  slots: Slot[],
  from: number,
  year: number | null
): Part {
  const planned = schedule.map((point) => point.amount);
  const monitor = spendingMonitor(PROJECT_LABELS.monitor, from, slots, planned, BUDGET_CELL, year);
  return { ...monitor, blocks: [monitor.block] };
}

/** The plan of one project sheet. */
export function planProject(
  project: Project,
  context: ProjectContext,
  sheetName: string
): SheetPlan {
  const schedule = scheduleOf(project);
  const slots = slotsOf(schedule);
  const { last } = tableRows(project);
  const table = indicatorTable(project);
  // In this order: styles of later parts win, text formats before what is typed over them.
  const parts = [
    formPart(last),
    headerPart(project, context, schedule),
    table.part,
    liveChecks(project, table, context.year),
    amountChecks(project, schedule, slots),
    monitorPart(schedule, slots, last + 2, context.year),
  ];
  return {
    name: sheetName,
    kind: "project",
    columnWidths: COLUMN_WIDTHS,
    ...combine(parts),
    // Whole, as the hosts have always written a project sheet's blocks (combine cuts them up).
    blocks: parts.flatMap((p) => p.blocks ?? []),
    print: { area: `A1:F${last}`, orientation: "portrait" },
    font: { name: "宋体", size: 10.5 },
  };
}
