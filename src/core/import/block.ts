/**
 * The block of a project form above its indicator table. Labels (labels.ts) are found wherever
 * they stand and each takes its value beside it, or below it where the labels stand in a row of
 * their own (our template's 预算数 / 其中：财政资金 / 其他资金, its N月底 checkpoints). The rows
 * above the first label give the title (N.名称绩效目标表 → the project's number; （2023年度） → the
 * year), the unit line (989001 单位名称) and the money unit (单位：万元 / 元).
 *
 * Decisions: amounts in 元 are converted to 万元 and the conversion is reported once; the money
 * labels are combined into 预算数 / 财政资金 / 其他资金 by funds.ts; 实施单位 gives the unit's code and
 * name (主管部门 / 预算部门 only where there is none); the year's goals are the model's goals, the
 * implementation period's only where the year has none; without 累计支出资金 the schedule stays
 * empty and a warning says so. A label the table does not know is reported with its cell, and its
 * value is taken by no field.
 */
import { cellName } from "../layout/plan";
import { unnumbered } from "../layout/read-cells";
import { emptyProject, Project } from "../model";
import { Problem, ProjectField } from "../problem";
import { BlockReader, FieldValue, Place, projectAt } from "./block-reader";
import { combineFunds, FundAmount } from "./funds";
import { CellGrid, labelKey } from "./grid";
import { FormField, TEMPLATE_MARKS } from "./labels";

export { projectAt } from "./block-reader";
export type { Place } from "./block-reader";

const UNIT_CODE_AND_NAME = /^(\d{3,})\s*[-—－_\s]\s*(\S.*)$/;
const CODE_IN_NAME = /^([0-9A-Z]{12,})\s*[-—－_]\s*(\S.*)$/;

export interface BlockRead {
  /** The project without its indicators. */
  project: Project;
  index: number | null;
  unitCode: string;
  unitName: string;
  year: number | null;
  /** Our own template's labels are all there. */
  template: boolean;
  /** The 项目名称 label (or the first label), where problems about the whole form are placed. */
  anchor: Place | null;
  /** Where each field's value and each checkpoint's amount was found (A1 addresses). */
  places: { cells: Partial<Record<ProjectField, string>>; checkpoints: string[] };
  problems: Problem[];
}

/** The model's field each form field's value goes to (the amounts: funds.ts). */
const MODEL_FIELD: Partial<Record<FormField, ProjectField>> = {
  code: "code",
  name: "name",
  purpose: "purpose",
  goals: "goals",
};

function readUnit(
  block: BlockReader,
  chosen: Map<FormField, FieldValue>,
  title: { code: string; name: string }
): { unitCode: string; unitName: string } {
  const text = (field: FormField) => {
    const value = chosen.get(field)?.value;
    return value ? block.textAt(value) : "";
  };
  let [unitCode, unitName] = [title.code, title.name];
  const unit = UNIT_CODE_AND_NAME.exec(text("unit"));
  if (unit) [unitCode, unitName] = [unit[1], unit[2]];
  else if (text("unit")) unitName = text("unit");
  if (text("unitCode")) unitCode = text("unitCode");
  const department = chosen.get("department");
  if (!department?.value) return { unitCode, unitName };
  const named = labelKey(block.grid.text(department.label.row, department.label.column));
  const label = named.replace(department.label.inline, "").replace(/[:：]$/, "");
  const taken = !unitName;
  if (taken) {
    const split = UNIT_CODE_AND_NAME.exec(text("department"));
    [unitCode, unitName] = split ? [split[1], split[2]] : [unitCode, text("department")];
  }
  block.problems.push({
    rule: "import/unmodelled",
    severity: "info",
    ...block.grid.address(department.label.row, department.label.column),
    message: taken
      ? `表中没有实施单位，单位取自${label}“${text("department")}”`
      : `${label}“${text("department")}”不在目标表中，未导入（单位取自实施单位）`,
  });
  return { unitCode, unitName };
}

/** The year's goals; the implementation period's where the year has none (said so), else reported. */
function readGoals(block: BlockReader, chosen: Map<FormField, FieldValue>): string[] {
  const annual = chosen.get("goals");
  const period = chosen.get("periodGoals");
  const goals = annual?.value ? unnumbered(block.textAt(annual.value)) : [];
  if (!period?.value) return goals;
  const { row, column } = period.label;
  const label = labelKey(block.grid.text(row, column).replace(period.label.inline, ""));
  if (goals.length > 0) {
    block.notImported(period.label, period.value, false);
    return goals;
  }
  block.problems.push({
    rule: "import/period-goals",
    severity: "warning",
    ...block.grid.address(row, column),
    message: `表中没有年度绩效目标，已把“${label.replace(/[:：]$/, "")}”作为年度目标导入，请核对`,
    at: projectAt("goals"),
  });
  return unnumbered(block.textAt(period.value));
}

/** Where each field's value was found (A1), or where it would be typed: the cell after its label. */
function placesOf(
  block: BlockReader,
  fields: Map<FormField, FieldValue>,
  money: (key: "budget" | "fiscal" | "other") => FieldValue | undefined
): { cells: Partial<Record<ProjectField, string>>; checkpoints: string[] } {
  const { grid } = block;
  const a1 = (at: Place) => cellName(at.row + 1, at.column + 1);
  const cells: Partial<Record<ProjectField, string>> = {};
  const beside = (label: Place) => ({
    row: label.row,
    column: grid.spanEnd(label.row, label.column).column + 1,
  });
  const put = (model: ProjectField, found: FieldValue | undefined) => {
    if (found) cells[model] = a1(found.value ?? beside(found.label));
  };
  for (const [field, found] of fields) {
    const model = MODEL_FIELD[field];
    if (model) put(model, found);
  }
  put("budget", money("budget"));
  put("fiscalFunds", money("fiscal"));
  put("otherFunds", money("other"));
  if (!fields.get("goals")?.value) put("goals", fields.get("periodGoals"));
  const checkpoints = block.checkpoints.map(a1);
  const scheduleLabel = fields.get("schedule")?.label;
  if (checkpoints.length > 0) cells.schedule = checkpoints[0];
  else if (scheduleLabel) cells.schedule = a1(scheduleLabel);
  return { cells, checkpoints };
}

/** Reads the block of rows [start, end) (end: the indicator header, or the form's end). */
export function readBlock(grid: CellGrid, start: number, anchor: number, end: number): BlockRead {
  const block = new BlockReader(grid, start, anchor, end);
  const { problems, labels } = block;
  const title = block.preamble();
  const { chosen: fields, money } = block.fields();
  const text = (field: FormField) => {
    const value = fields.get(field)?.value;
    return value ? block.textAt(value) : "";
  };
  const first = labels.find((l) => l.label.kind === "name") ?? labels[0] ?? null;

  const project = emptyProject(text("name"));
  project.code = text("code");
  const codeInName = CODE_IN_NAME.exec(project.name);
  if (!fields.has("code") && codeInName) [project.code, project.name] = codeInName.slice(1);
  const amounts = new Map<FundAmount, FieldValue>();
  for (const found of money) {
    const label = grid.text(found.label.row, found.label.column).replace(found.label.inline, "");
    const read: FundAmount = {
      kind: found.label.label.kind,
      amount: block.amount(found.value, found.label.label.unit),
      label: labelKey(label).replace(/[:：]$/, ""),
      part: found.label.label.part,
      place: grid.address(found.label.row, found.label.column),
    };
    amounts.set(read, found);
  }
  const funds = combineFunds([...amounts.keys()]);
  [project.budget, project.fiscalFunds, project.otherFunds] = [
    funds.budget,
    funds.fiscal,
    funds.other,
  ];
  problems.push(...funds.problems);
  project.purpose = text("purpose");
  project.goals = readGoals(block, fields);
  const { unitCode, unitName } = readUnit(block, fields, title);

  const scheduleLabel = fields.get("schedule")?.label;
  if (scheduleLabel) project.schedule = block.schedule(scheduleLabel);
  block.unknownLabels();
  const missing = scheduleLabel
    ? project.schedule.length === 0 && "累计支出资金没有“N月底”检查点，支出进度无法对照计划"
    : "表中没有累计支出资金（N月底检查点），支出进度无法对照计划";
  const missingAt = scheduleLabel ?? first;
  if (missing && missingAt)
    problems.push({
      rule: "import/no-schedule",
      severity: "warning",
      ...grid.address(missingAt.row, missingAt.column),
      message: missing,
      at: projectAt("schedule"),
    });
  block.reportConversion();

  const keys = new Set(labels.map((l) => labelKey(grid.text(l.row, l.column))));
  const { cells, checkpoints } = placesOf(block, fields, (key) => {
    const from = funds.from[key];
    return from ? amounts.get(from) : undefined;
  });
  return {
    places: { cells, checkpoints },
    project,
    index: title.index,
    unitCode,
    unitName,
    year: title.year,
    template: title.index !== null && TEMPLATE_MARKS.every((mark) => keys.has(mark)),
    anchor: first,
    problems,
  };
}
