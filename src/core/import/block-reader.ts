/**
 * Reading the block of a project form above its indicator table, cell by cell: the labels found
 * wherever they stand (labels.ts), the cell holding each one's value (beside it, or below it where
 * the labels make a row of their own), the title rows above them, amounts in their money unit, the
 * N月底 checkpoints of 累计支出资金, and the cells that read as labels the table does not know. What
 * the values make of the project is block.ts.
 */
import { readAmount } from "../amount";
import { Checkpoint } from "../model";
import { Problem, ProjectField } from "../problem";
import { headerField } from "./columns";
import { CellGrid, labelKey } from "./grid";
import {
  cellLabel,
  checkpointMonth,
  FormField,
  FormLabel,
  looksLikeLabel,
  MoneyUnit,
  moneyUnitIn,
  toWan,
} from "./labels";

export interface Place {
  row: number;
  column: number;
}

export interface FoundLabel extends Place {
  label: FormLabel;
  /** The value written after the label in the same cell (年度资金总额：120), or "". */
  inline: string;
}

/** A field's label and where its value is: another cell, the label's own cell, or nowhere. */
export interface FieldValue {
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
  unitCode: "beside",
  unmodelled: "beside",
  ignored: "beside",
  purpose: "text",
  goals: "text",
  periodGoals: "text",
};

/** Labels whose amounts funds.ts combines; every one of them is read. */
const MONEY = new Set<FormLabel["kind"]>([
  "budget",
  "local",
  "fiscal",
  "fiscalPart",
  "upper",
  "other",
  "otherPart",
  "carried",
]);

export const projectAt = (field?: ProjectField) => ({
  kind: "project" as const,
  project: 0,
  ...(field ? { field } : {}),
});

export class BlockReader {
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

  /** A label known, a checkpoint, an indicator header, or a text that reads as a label all the same. */
  isLabel(r: number, c: number): boolean {
    const text = this.grid.text(r, c);
    return (
      cellLabel(text) !== null ||
      checkpointMonth(text) !== null ||
      headerField(text) !== null ||
      looksLikeLabel(text)
    );
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

  /**
   * Each field's label and value: the best-ranked label that has a value (another label of the
   * field is reported with its value); every money label with its value, for funds.ts.
   */
  fields(): { chosen: Map<FormField, FieldValue>; money: FieldValue[] } {
    const { grid } = this;
    const chosen = new Map<FormField, FieldValue>();
    const money: FieldValue[] = [];
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
      const value = found.inline ? found : this.valueOf(found, VALUE_MODES[kind] ?? "amount");
      if (MONEY.has(kind)) money.push({ label: found, value });
      else if (kind === "ignored") continue;
      else if (kind !== "unmodelled" && !chosen.get(kind)?.value)
        chosen.set(kind, { label: found, value });
      else if (value) this.notImported(found, value, kind !== "unmodelled");
    }
    return { chosen, money };
  }

  /** Reports a label's value as not imported: outside the model, or its field read elsewhere. */
  notImported(found: FoundLabel, value: Place | FoundLabel, elsewhere: boolean): void {
    const label = labelKey(this.grid.text(found.row, found.column).replace(found.inline, ""));
    this.problems.push({
      rule: "import/unmodelled",
      severity: "info",
      ...this.grid.address(found.row, found.column),
      message: `“${label.replace(/[:：]$/, "")}：${this.textAt(value)}”${elsewhere ? "未导入（这一项已从前面的栏目读取）" : "不在目标表中，未导入"}`,
    });
  }

  /**
   * Cells of the block left unread that read as labels: reported with their cells, each with the
   * value beside it, which no field takes.
   */
  unknownLabels(): void {
    const { grid } = this;
    for (const at of grid.unused(this.anchor, this.end)) {
      const text = grid.text(at.row, at.column);
      if (grid.isUsed(at.row, at.column) || !looksLikeLabel(text, false)) continue;
      grid.use(at.row, at.column);
      const value = this.valueOf(at, "beside");
      const shown = value ? `，其值“${this.textAt(value)}”` : "";
      this.problems.push({
        rule: "import/unknown-label",
        severity: "warning",
        ...grid.address(at.row, at.column),
        message: `不认识的栏目“${labelKey(text).replace(/[:：]$/, "")}”${shown}未导入：它不对应目标表中的任何一项`,
      });
    }
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
