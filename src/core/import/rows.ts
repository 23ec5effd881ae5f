/**
 * The rows of an indicator table under its header (header names: columns.ts), read the same for a
 * bare table and for a form's table: merged 一级 / 二级 cells carry down, split 指标值 parts are put
 * back together, notes under the table are told from rows. Every row keeps its cells in their own
 * columns; whatever is doubtful is reported at its cell with the row's place in the list (`at`,
 * project 0: the caller sets the project), never mended by moving a value.
 */
import { belongsTo, LEVEL1_NAMES, LEVEL2_NAMES } from "../framework";
import { IndicatorRow } from "../model";
import { IndicatorColumn, Problem, Severity } from "../problem";
import { parseTarget } from "../target";
import { composeValue, headerField, IndicatorField } from "./columns";
import { CellGrid, labelKey } from "./grid";
import { cellLabel } from "./labels";
import type { IndicatorHeader } from "./table";

export interface IndicatorRead {
  indicators: IndicatorRow[];
  problems: Problem[];
  /** The 0-based grid row of each indicator. */
  rows: number[];
}

const KNOWN_LEVEL1 = new Set(LEVEL1_NAMES);
const KNOWN_LEVEL2 = new Set(LEVEL2_NAMES);

/** Columns a value typed in the wrong place is looked for in, with their names for the message. */
const MISPLACED: [IndicatorField & IndicatorColumn, string][] = [
  ["level3", "三级指标"],
  ["description", "绩效指标描述"],
  ["basis", "指标值确定依据"],
];

/** A 一级 / 二级 name as the tree writes it when it is one (spaces inside dropped), else as written. */
function levelName(text: string, known: Set<string>): string {
  const key = labelKey(text);
  return known.has(key) ? key : text;
}

/** Looks like a 指标值 with a comparator (≥95%), for a value typed into the wrong column. */
function looksLikeTarget(text: string): boolean {
  const read = parseTarget(text);
  return read.ok && read.value.kind === "quantitative" && read.value.symbol !== null;
}

class RowReader {
  readonly problems: Problem[] = [];
  readonly indicators: IndicatorRow[] = [];
  readonly rows: number[] = [];
  /** Cells under columns outside the model, counted by column, reported once each. */
  private readonly extraCells = new Map<number, number>();
  private level1 = "";
  private level2 = "";

  constructor(
    private readonly grid: CellGrid,
    private readonly header: IndicatorHeader
  ) {}

  column(field: IndicatorField): number | undefined {
    return this.header.fields[field];
  }

  get(r: number, field: IndicatorField): string {
    const c = this.column(field);
    return c === undefined ? "" : this.grid.text(r, c);
  }

  /**
   * A row of the table, or a note under it (注：…, 填报人：… 联系电话：…): a row names its indicator
   * (二级 / 三级), or has a known 一级, or stands inside a merged 一级 / 二级 cell, or has a value
   * under an empty 一级.
   */
  isIndicatorRow(r: number): boolean {
    if (this.isNote(r)) return false;
    const own1 = this.get(r, "level1");
    if (KNOWN_LEVEL1.has(labelKey(own1)) || this.get(r, "level2") || this.get(r, "level3"))
      return true;
    const merged = (["level1", "level2"] as const).some((f) => {
      const c = this.column(f);
      return c !== undefined && this.grid.mergedFrom(r, c) !== null;
    });
    return merged || (own1 === "" && (this.get(r, "value") !== "" || this.get(r, "nature") !== ""));
  }

  /** A row of the form's own labels with their values (填报人：张三 | 联系电话：…): a note. */
  isNote(r: number): boolean {
    const filled = this.grid.filled(r);
    return (
      filled.length > 0 &&
      filled.every((c) => {
        const kind = cellLabel(this.grid.text(r, c))?.label.kind;
        return kind === "ignored" || kind === "unmodelled";
      })
    );
  }

  skipNote(r: number): void {
    const filled = this.grid.filled(r);
    this.problems.push({
      rule: "import/not-a-row",
      severity: "warning",
      ...this.grid.address(r, filled[0]),
      message: `“${filled.map((c) => this.grid.text(r, c)).join(" ")}”不是指标行，已忽略`,
    });
    this.grid.useRow(r);
  }

  report(
    r: number,
    rule: string,
    severity: Severity,
    field: IndicatorField,
    message: string,
    column?: IndicatorColumn
  ): void {
    const c = this.column(field) ?? this.column("value") ?? this.column("nature") ?? 0;
    this.problems.push({
      rule,
      severity,
      ...this.grid.address(r, c),
      message,
      at: { kind: "indicator", project: 0, row: this.indicators.length, ...(column && { column }) },
    });
  }

  /**
   * The row's 一级 or 二级: its own text; else a merged cell's (the merge's top-left); else the row
   * above's, said when the sheet knows its merges and this cell is not one of them.
   */
  level(r: number, field: "level1" | "level2", previous: string): string {
    const own = this.get(r, field);
    if (own !== "") return own;
    const c = this.column(field) as number;
    const from = this.grid.mergedFrom(r, c);
    const merged = from ? this.grid.text(from.row, from.column) : "";
    if (merged !== "") return merged;
    // An empty merged cell too: a word processor prints a merged cell's text on the first page only.
    if (this.grid.knowsMerges && previous !== "")
      this.report(
        r,
        "import/carried",
        "info",
        field,
        from
          ? `空白的合并单元格按上一行填为“${previous}”（请核对）`
          : `空白单元格按上一行填为“${previous}”（表中没有合并这一格，请核对）`,
        field
      );
    return previous;
  }

  /** Names and value of a row, with what is wrong with them reported. */
  read(r: number): IndicatorRow {
    if (this.column("level1") !== undefined) {
      if (this.get(r, "level1") !== "") this.level2 = "";
      this.level1 = levelName(this.level(r, "level1", this.level1), KNOWN_LEVEL1);
    }
    if (this.column("level2") !== undefined)
      this.level2 = levelName(this.level(r, "level2", this.level2), KNOWN_LEVEL2);
    const composed = composeValue({
      value: this.get(r, "value"),
      nature: this.get(r, "nature"),
      unit: this.get(r, "unit"),
      direction: this.get(r, "direction"),
    });
    for (const note of composed.notes)
      this.report(r, note.rule, note.severity, note.column, note.message, "value");
    const row: IndicatorRow = {
      level1: this.level1,
      level2: this.level2,
      level3: this.get(r, "level3"),
      description: this.get(r, "description"),
      value: composed.value,
      basis: this.get(r, "basis"),
    };
    this.checkNames(r, row);
    this.checkValue(r, row);
    return row;
  }

  checkNames(r: number, { level1, level2, level3 }: IndicatorRow): void {
    const warn = (field: "level1" | "level2" | "level3", message: string) =>
      this.report(r, `import/${field}`, "warning", field, message, field);
    if (this.column("level1") !== undefined) {
      if (level1 === "") warn("level1", "一级指标为空");
      else if (!KNOWN_LEVEL1.has(level1)) warn("level1", `一级指标“${level1}”不在指标体系中`);
    }
    if (this.column("level2") !== undefined) {
      if (level2 === "") warn("level2", "二级指标为空");
      else if (!KNOWN_LEVEL2.has(level2)) warn("level2", `二级指标“${level2}”不在指标体系中`);
      else if (KNOWN_LEVEL1.has(level1) && !belongsTo(level1, level2))
        warn("level2", `二级指标“${level2}”不属于一级指标“${level1}”`);
    }
    if (!level3) warn("level3", "三级指标为空");
  }

  /** An empty value, one the grammar cannot read, or a value that stands in another column. */
  checkValue(r: number, { value }: IndicatorRow): void {
    if (value) {
      const parsed = parseTarget(value);
      if (!parsed.ok) this.report(r, "import/value", "warning", "value", parsed.error, "value");
      return;
    }
    this.report(r, "import/empty-value", "warning", "value", "指标值为空", "value");
    for (const [field, words] of MISPLACED) {
      const text = this.get(r, field);
      if (text && looksLikeTarget(text))
        this.report(
          r,
          "import/wrong-column",
          "warning",
          field,
          `“${text}”像是指标值，却在“${words}”一栏；已按原样保留，请核对是否错列`,
          field
        );
    }
  }

  /** Marks the row's cells read; a cell under no header is reported, other columns counted. */
  place(r: number): void {
    for (const c of this.grid.filled(r)) {
      const name = this.header.named.get(c);
      if (name === undefined)
        this.problems.push({
          rule: "import/unplaced",
          severity: "warning",
          ...this.grid.address(r, c),
          message: `“${this.grid.text(r, c)}”不在任何表头之下，未导入`,
          at: { kind: "indicator", project: 0, row: this.indicators.length },
        });
      else if (name === "reported" || name === null)
        this.extraCells.set(c, (this.extraCells.get(c) ?? 0) + 1);
      this.grid.use(r, c);
    }
  }

  /** One problem per column outside the model that held something. */
  reportExtraColumns(): void {
    const { grid, header } = this;
    for (const [c, count] of this.extraCells) {
      const known = header.named.get(c) === "reported";
      const row = grid.text(header.lastRow, c) !== "" ? header.lastRow : header.row;
      this.problems.push({
        rule: "import/extra-column",
        severity: known ? "info" : "warning",
        ...grid.address(row, c),
        message: known
          ? `“${grid.text(row, c)}”一栏不在目标表中，未导入（${count} 格）`
          : `表头“${grid.text(row, c)}”无法识别，这一栏未导入（${count} 格）`,
      });
    }
  }
}

/** Reads the indicator rows under `header`, up to row `to` (exclusive). */
export function readIndicatorRows(
  grid: CellGrid,
  header: IndicatorHeader,
  to = grid.rowCount
): IndicatorRead {
  const reader = new RowReader(grid, header);
  for (let r = header.row; r <= header.lastRow; r++) grid.useRow(r);
  for (let r = header.lastRow + 1; r < Math.min(to, grid.rowCount); r++) {
    if (grid.isEmptyRow(r)) continue;
    if (headerField(reader.get(r, "level1")) === "level1") {
      grid.useRow(r); // the header repeated on a new page
      continue;
    }
    if (!reader.isIndicatorRow(r)) {
      reader.skipNote(r);
      continue;
    }
    const row = reader.read(r);
    reader.place(r);
    reader.indicators.push(row);
    reader.rows.push(r);
  }
  reader.reportExtraColumns();
  return { indicators: reader.indicators, problems: reader.problems, rows: reader.rows };
}
