/**
 * The header of a project sheet, A1:F9, written as one block: the title rows (title, unit,
 * 项目编码 / 项目名称), the funds rows (预算数 and its split, 资金用途), the spending plan's
 * checkpoints (累计支出资金, B7 rightwards) and the 绩效目标. Each section gives its rows, merges,
 * styles and row heights; headerPart stacks them.
 */
import { checkpointLabel, Checkpoint, DEFAULT_CHECKPOINTS, Project } from "../model";
import type { Part } from "./parts";
import { cellName, MONEY_FORMAT, PlanCell, rangeName, StyledRange, TEXT_FORMAT } from "./plan";
import {
  COLUMN_WIDTHS,
  estimateHeight,
  FORM_COLUMNS,
  MAX_CHECKPOINTS,
  numbered,
  PROJECT_LABELS,
  projectTitle,
  ProjectContext,
  ROW,
} from "./project-form";

/** Some rows of the header block, with what goes with them. */
interface Section {
  rows: PlanCell[][];
  merges: string[];
  styles: StyledRange[];
  rowHeights?: Record<number, number>;
}

/** A checkpoint of the spending plan and the cell that holds its amount. */
export interface Slot {
  month: number;
  cell: string;
}

const FORM_WIDTH = COLUMN_WIDTHS.slice(0, FORM_COLUMNS).reduce((a, b) => a + b, 0);

const blank = (): PlanCell[] => Array(FORM_COLUMNS).fill(null);

/** The checkpoints the sheet shows: the project's, or the usual ones with no amounts. */
export function scheduleOf(project: Project): Checkpoint[] {
  const schedule =
    project.schedule.length > 0
      ? project.schedule
      : DEFAULT_CHECKPOINTS.map((month) => ({ month, amount: null }));
  if (schedule.length > MAX_CHECKPOINTS)
    throw new Error(`最多支持 ${MAX_CHECKPOINTS} 个支出检查点`);
  return schedule;
}

/** Where each checkpoint's amount stands: B8 rightwards. */
export function slotsOf(schedule: Checkpoint[]): Slot[] {
  return schedule.map((point, i) => ({ month: point.month, cell: cellName(ROW.plan, 2 + i) }));
}

/** Rows 1–3: the title, the unit and 单位：万元, 项目编码 and 项目名称. */
function titleSection(project: Project, context: ProjectContext): Section {
  const rows = [blank(), blank()];
  rows[0][0] = projectTitle(context.index, project.name);
  rows[1][0] = `${context.unitCode} ${context.unitName}`.trim();
  rows[1][4] = PROJECT_LABELS.unitOfMoney;
  rows.push([PROJECT_LABELS.code, project.code, null, PROJECT_LABELS.name, project.name, null]);
  return {
    rows,
    merges: ["A1:F1", "A2:D2", "E2:F2", "B3:C3", "E3:F3"],
    styles: [
      { range: "A1", style: { bold: true, fontSize: 16, hAlign: "center" } },
      { range: "A2", style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
      { range: "E2", style: { hAlign: "right" } },
      { range: "B3", style: { numberFormat: TEXT_FORMAT } },
      { range: "E3", style: { numberFormat: TEXT_FORMAT } },
    ],
    rowHeights: { [ROW.title]: 30, [ROW.unit]: 18 },
  };
}

/** Rows 4–6: 预算规模及资金用途 — 预算数, 财政资金, 其他资金 and 资金用途. */
function fundsSection(project: Project): Section {
  const { budget, fiscal, other, budgetBlock, purpose } = PROJECT_LABELS;
  return {
    rows: [
      [budgetBlock, budget, fiscal, null, other, null],
      [null, project.budget, project.fiscalFunds, null, project.otherFunds, null],
      [null, purpose, project.purpose, null, null, null],
    ],
    merges: ["A4:A6", "C4:D4", "E4:F4", "C5:D5", "E5:F5", "C6:F6"],
    styles: [
      { range: "B5:F5", style: { numberFormat: MONEY_FORMAT } },
      { range: "C6", style: { hAlign: "left", numberFormat: TEXT_FORMAT } },
    ],
    rowHeights: {
      [ROW.purpose]: estimateHeight(
        project.purpose,
        FORM_WIDTH - COLUMN_WIDTHS[0] - COLUMN_WIDTHS[1]
      ),
    },
  };
}

/**
 * Rows 7–8: 累计支出资金, a checkpoint a column from B, the last one spanning what is left of the
 * form. `spans` are the merges of that last checkpoint (none when it stands in F).
 */
function scheduleSection(schedule: Checkpoint[]): Section & { spans: string[] } {
  const labels = blank();
  const amounts = blank();
  const spans: string[] = [];
  labels[0] = PROJECT_LABELS.schedule;
  schedule.forEach((point, i) => {
    const from = 2 + i;
    const to = i === schedule.length - 1 ? FORM_COLUMNS : from;
    labels[from - 1] = checkpointLabel(point.month);
    amounts[from - 1] = point.amount;
    if (to > from) {
      spans.push(
        rangeName(ROW.schedule, from, ROW.schedule, to),
        rangeName(ROW.plan, from, ROW.plan, to)
      );
    }
  });
  return {
    rows: [labels, amounts],
    merges: ["A7:A8"],
    styles: [{ range: `B8:F8`, style: { numberFormat: MONEY_FORMAT } }],
    spans,
  };
}

/** Row 9: 绩效目标, numbered when there are several. */
function goalsSection(project: Project): Section {
  const row = blank();
  row[0] = PROJECT_LABELS.goals;
  row[1] = numbered(project.goals);
  return {
    rows: [row],
    merges: ["B9:F9"],
    styles: [{ range: "B9", style: { hAlign: "left", numberFormat: TEXT_FORMAT } }],
    rowHeights: {
      [ROW.goals]: estimateHeight(numbered(project.goals), FORM_WIDTH - COLUMN_WIDTHS[0]),
    },
  };
}

/** The header block A1:F9; the checkpoints' spans are merged first. */
export function headerPart(
  project: Project,
  context: ProjectContext,
  schedule: Checkpoint[]
): Part {
  const plan = scheduleSection(schedule);
  const sections = [
    titleSection(project, context),
    fundsSection(project),
    plan,
    goalsSection(project),
  ];
  return {
    blocks: [{ at: "A1", rows: sections.flatMap((s) => s.rows) }],
    merges: [...plan.spans, ...sections.flatMap((s) => s.merges)],
    styles: sections.flatMap((s) => s.styles),
    rowHeights: Object.assign({}, ...sections.map((s) => s.rowHeights ?? {})),
  };
}
