/**
 * The block of a project form above its indicator table. Labels (labels.ts) are found wherever
 * they stand and each takes its value beside it, or below it where the labels stand in a row of
 * their own (our template's 预算数 / 其中：财政资金 / 其他资金, its N月底 checkpoints). The rows
 * above the first label give the title (N.名称绩效目标表 → the project's number; （2023年度） → the
 * year), the unit line (989001 单位名称) and the money unit (单位：万元 / 元).
 *
 * Decisions: amounts in 元 are converted to 万元 and the conversion is reported once; 上年结转资金
 * is counted into 其他资金 (reported); 实施单位 gives the unit's code and name, 主管部门 is reported
 * as not imported; without 累计支出资金 the schedule stays empty and a warning says so.
 */
import { readAmount } from "../amount";
import { cellName } from "../layout/plan";
import { unnumbered } from "../layout/read-cells";
import { Checkpoint, emptyProject, Project } from "../model";
import { Problem, ProjectField } from "../problem";
import { headerField } from "./columns";
import { CellGrid, labelKey } from "./grid";
import {
  checkpointMonth,
  FormField,
  FormLabel,
  cellLabel,
  MoneyUnit,
  moneyUnitIn,
  TEMPLATE_MARKS,
  toWan,
} from "./labels";

export interface Place {
  row: number;
  column: number;
}

interface FoundLabel extends Place {
  label: FormLabel;
  /** The value written after the label in the same cell (年度资金总额：120), or "". */
  inline: string;
}

/** A field's label and where its value is: another cell, the label's own cell, or nowhere. */
interface FieldValue {
  label: FoundLabel;
  value: Place | null;
}

/**
 * Where a label's value may stand: names and units only beside it (below 项目名称 in a row of
 * labels is a list, such as a summary, not a form); amounts also below a row of labels; texts
 * also below a label alone on its row.
 */
type ValueMode = "beside" | "amount" | "text";
const VALUE_MODES: Partial<Record<FormLabel["kind"], ValueMode>> = {
  code: "beside",
  name: "beside",
  department: "beside",
  unit: "beside",
  unmodelled: "beside",
  purpose: "text",
  goals: "text",
};

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

/** The model's field each form field's value goes to. */
const MODEL_FIELD: Partial<Record<FormField, ProjectField>> = {
  code: "code",
  name: "name",
  budget: "budget",
  fiscal: "fiscalFunds",
  other: "otherFunds",
  purpose: "purpose",
  goals: "goals",
};

export const projectAt = (field?: ProjectField) => ({
  kind: "project" as const,
  project: 0,
  ...(field ? { field } : {}),
});

class BlockReader {
  readonly problems: Problem[] = [];
  readonly labels: FoundLabel[] = [];
  moneyUnit: { unit: MoneyUnit; at: Place } | null = null;
  /** Where each checkpoint's amount stands (or its label, when it has no amount cell). */
  readonly checkpoints: Place[] = [];
  private converted: Place | null = null;

  /** Rows [start, end) of the sheet; the title rows are those above `anchor`. */
  constructor(
    readonly grid: CellGrid,
    readonly start: number,
    readonly anchor: number,
    readonly end: number
  ) {
    for (let r = start; r < end; r++)
      for (const c of grid.filled(r)) {
        const found = cellLabel(grid.text(r, c));
        if (found) this.labels.push({ row: r, column: c, ...found });
      }
  }

  isLabel(r: number, c: number): boolean {
    const text = this.grid.text(r, c);
    return cellLabel(text) !== null || checkpointMonth(text) !== null || headerField(text) !== null;
  }

  /** A cell that may be a value: inside the block, filled, not a label, not taken. */
  free(r: number, c: number): boolean {
    return (
      r < this.end && this.grid.text(r, c) !== "" && !this.isLabel(r, c) && !this.grid.isUsed(r, c)
    );
  }

  /** A row of labels only (预算数 | 其中：财政资金 | 其他资金): its values stand on the row below. */
  labelRow(r: number): boolean {
    const cells = this.grid.filled(r);
    return cells.length >= 2 && cells.every((c) => this.isLabel(r, c));
  }

  /**
   * The cell holding a label's value, taken: the first filled cell beside it (when the sheet knows
   * its merges, only the cell right after the label's span); else, in a row of labels, the cell
   * below; for a text alone on its row, the cell below. Nothing else: an empty amount beside its
   * label must not take the next row's text.
   */
  valueOf(at: Place, mode: ValueMode): Place | null {
    const { grid } = this;
    const end = grid.spanEnd(at.row, at.column);
    let found: Place | null = null;
    if (grid.knowsMerges) {
      if (this.free(at.row, end.column + 1)) found = { row: at.row, column: end.column + 1 };
    } else {
      for (let c = end.column + 1; c < grid.columnCount && !found; c++) {
        if (grid.text(at.row, c) === "") continue;
        if (!this.free(at.row, c)) break;
        found = { row: at.row, column: c };
      }
    }
    const below = this.labelRow(at.row) || (mode === "text" && grid.filled(at.row).length === 1);
    if (!found && mode !== "beside" && below && this.free(end.row + 1, at.column))
      found = { row: end.row + 1, column: at.column };
    if (found) grid.use(found.row, found.column);
    return found;
  }

  /** Title, year, unit line and money unit from the rows above the first label. */
  preamble() {
    const { grid } = this;
    const read = { index: null as number | null, year: null as number | null, code: "", name: "" };
    let title = "";
    for (let r = this.start; r < this.end; r++)
      for (const c of grid.filled(r)) {
        const money = moneyUnitIn(grid.text(r, c));
        if (money) {
          this.moneyUnit ??= { unit: money.unit, at: { row: r, column: c } };
          if (money.rest === "") grid.use(r, c);
        }
        if (r >= this.anchor || cellLabel(grid.text(r, c))) continue;
        const text = money ? money.rest : grid.text(r, c);
        const unitLine = /^(\d{3,})\s+(\S.*)$/.exec(text);
        const filledBy = /^填报单位[:：]\s*(\S.*)$/.exec(labelKey(text).replace(/\(盖章\)/, ""));
        const yearLine = /^\(?(\d{4})年度?\)?$/.exec(labelKey(text));
        if (!title && /绩效目标|申报表|目标表/.test(text)) {
          title = text;
          const numbered = /^(\d+)[.．、]/.exec(text);
          // Our titles number the project; a year in them belongs to its name.
          if (numbered) read.index = Number(numbered[1]);
          else read.year ??= Number(/(\d{4})\s*年度/.exec(text)?.[1]) || null;
        } else if (yearLine) read.year ??= Number(yearLine[1]);
        else if (unitLine) [read.code, read.name] = [unitLine[1], unitLine[2].trim()];
        else if (filledBy && !read.name) read.name = filledBy[1];
        else continue;
        grid.use(r, c);
      }
    return read;
  }

  /** Each field's label and value: the best-ranked label that has a value. */
  fields(): Map<FormField, FieldValue> {
    const { grid } = this;
    const chosen = new Map<FormField, FieldValue>();
    for (const found of [...this.labels].sort((a, b) => a.label.rank - b.label.rank)) {
      grid.use(found.row, found.column);
      const kind = found.label.kind;
      if (kind === "group") {
        if (found.label.unit) this.moneyUnit ??= { unit: found.label.unit, at: found };
        continue;
      }
      if (kind === "schedule") {
        if (!chosen.has(kind)) chosen.set(kind, { label: found, value: null });
        continue;
      }
      if (kind !== "unmodelled" && chosen.get(kind)?.value) continue;
      const value = found.inline ? found : this.valueOf(found, VALUE_MODES[kind] ?? "amount");
      if (kind !== "unmodelled") chosen.set(kind, { label: found, value });
      else if (value)
        this.problems.push({
          rule: "import/unmodelled",
          severity: "info",
          ...grid.address(found.row, found.column),
          message: `“${labelKey(grid.text(found.row, found.column).replace(found.inline, ""))}：${this.textAt(value)}”不在目标表中，未导入`,
        });
    }
    return chosen;
  }

  /** The text of a value: the cell's, or what follows the label in its own cell. */
  textAt(at: Place | FoundLabel): string {
    return "inline" in at && at.inline ? at.inline : this.grid.text(at.row, at.column);
  }

  /** An amount in 万元 from a value; `labelUnit` is a unit the label itself gave. */
  amount(at: Place | FoundLabel | null, labelUnit: MoneyUnit | null): number | null {
    if (!at) return null;
    const raw = "inline" in at && at.inline ? at.inline : this.grid.value(at.row, at.column);
    const read = readAmount(raw, "", "any");
    if (!read.ok) {
      this.problems.push({
        rule: "read/amount",
        severity: "error",
        ...this.grid.address(at.row, at.column),
        message: read.error,
      });
      return null;
    }
    const unit = labelUnit ?? this.moneyUnit?.unit ?? "万元";
    if (read.value === null || unit === "万元" || /万/.test(String(raw))) return read.value;
    this.converted ??= labelUnit ? at : (this.moneyUnit?.at ?? at);
    return toWan(read.value, unit);
  }

  /** The N月底 checkpoints beside the 累计支出资金 label (or on the row below it), with amounts. */
  schedule(label: FoundLabel): Checkpoint[] {
    const { grid } = this;
    const end = grid.spanEnd(label.row, label.column);
    const months = (row: number, from: number) => {
      const found: Place[] = [];
      for (let c = from; c < grid.columnCount; c++)
        if (checkpointMonth(grid.text(row, c)) !== null) found.push({ row, column: c });
      return found;
    };
    let points = months(label.row, end.column + 1);
    if (points.length === 0 && end.row + 1 < this.end) points = months(end.row + 1, label.column);
    return points.map((point) => {
      grid.use(point.row, point.column);
      const value = this.valueOf(point, "amount");
      this.checkpoints.push(value ?? point);
      return {
        month: checkpointMonth(grid.text(point.row, point.column)) as number,
        amount: this.amount(value, null),
      };
    });
  }

  /** Says once that amounts were converted from 元. */
  reportConversion(): void {
    if (!this.converted) return;
    this.problems.push({
      rule: "import/yuan",
      severity: "info",
      ...this.grid.address(this.converted.row, this.converted.column),
      message: "金额以元填写，已换算为万元（÷10000）",
    });
  }
}

/** Reads the block of rows [start, end) (end: the indicator header, or the form's end). */
export function readBlock(grid: CellGrid, start: number, anchor: number, end: number): BlockRead {
  const block = new BlockReader(grid, start, anchor, end);
  const { problems, labels } = block;
  const title = block.preamble();
  const fields = block.fields();
  const text = (field: FormField) => {
    const value = fields.get(field)?.value;
    return value ? block.textAt(value) : "";
  };
  const amount = (field: FormField) => {
    const found = fields.get(field);
    return found ? block.amount(found.value, found.label.label.unit) : null;
  };
  const place = (field: FormField) => fields.get(field)?.label as FoundLabel;
  const first = labels.find((l) => l.label.kind === "name") ?? labels[0] ?? null;

  const project = emptyProject(text("name"));
  project.code = text("code");
  const codeInName = CODE_IN_NAME.exec(project.name);
  if (!fields.has("code") && codeInName) [project.code, project.name] = codeInName.slice(1);
  project.budget = amount("budget");
  project.fiscalFunds = amount("fiscal");
  const other = amount("other");
  const carried = amount("carried");
  project.otherFunds = carried === null ? other : Number(((other ?? 0) + carried).toFixed(6));
  if (carried !== null)
    problems.push({
      rule: "import/carried-funds",
      severity: "info",
      ...grid.address(place("carried").row, place("carried").column),
      message: "上年结转资金已计入其他资金",
      at: projectAt("otherFunds"),
    });
  project.purpose = text("purpose");
  project.goals = unnumbered(text("goals"));

  let [unitCode, unitName] = [title.code, title.name];
  const unit = UNIT_CODE_AND_NAME.exec(text("unit"));
  if (unit) [unitCode, unitName] = [unit[1], unit[2]];
  else if (text("unit")) unitName = text("unit");
  if (text("department"))
    problems.push({
      rule: "import/unmodelled",
      severity: "info",
      ...grid.address(place("department").row, place("department").column),
      message: `主管部门“${text("department")}”不在目标表中，未导入（单位取自实施单位）`,
    });

  const scheduleLabel = fields.get("schedule")?.label;
  if (scheduleLabel) project.schedule = block.schedule(scheduleLabel);
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
  const a1 = (at: Place) => cellName(at.row + 1, at.column + 1);
  const cells: Partial<Record<ProjectField, string>> = {};
  // An empty value is placed where it would be typed: the cell after the label.
  const beside = (label: Place) => ({
    row: label.row,
    column: grid.spanEnd(label.row, label.column).column + 1,
  });
  for (const [field, found] of fields) {
    const model = MODEL_FIELD[field];
    if (model) cells[model] = a1(found.value ?? beside(found.label));
  }
  const checkpoints = block.checkpoints.map(a1);
  if (checkpoints.length > 0) cells.schedule = checkpoints[0];
  else if (scheduleLabel) cells.schedule = a1(scheduleLabel);
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
