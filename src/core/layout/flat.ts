/**
 * The department's projects in the budget system's flat import layout (DESIGN §6): one row per
 * 三级指标 under one header row, the columns those of a column set (flat-columns.ts), the 一级 /
 * 二级 codes of the framework (framework-codes.ts) beside the names, the 指标值 split by the grammar
 * (flat-value.ts). What the layout cannot carry is returned as problems at the cells written, so
 * the accountant sees it before the file goes into the budget system. The flat importer
 * (import/flat.ts) reads the sheet back.
 */
import { codeOfName, codeUnder, natureCodeOf } from "../framework-codes";
import { Department, IndicatorRow } from "../model";
import { IndicatorColumn, Problem, Severity } from "../problem";
import { DEFAULT_COLUMN_SET, FIELD_WIDTHS, FlatColumnSet, FlatExportField } from "./flat-columns";
import { MAX_VALUE_LENGTH, splitValue } from "./flat-value";
import { freeSheetName } from "./names";
import { cellName, columnName, SheetPlan, TEXT_FORMAT } from "./plan";

export const FLAT_SHEET_NAME = "预算系统导入";

export interface FlatPlan {
  plan: SheetPlan;
  /** What the layout could not carry as written, at the cells of `plan`. */
  problems: Problem[];
}

type Cells = Partial<Record<FlatExportField, string>>;

/** The 一级 codes of the framework: 成本指标 is one in the 2021 tree. */
const LEVEL1_CODES = new Set(["1", "2", "3", "14"]);

/** Writes one indicator's cells and says what could not be written as it stands. */
class RowWriter {
  readonly problems: Problem[] = [];
  private row = 0;
  private project = 0;
  private indicator = 0;

  constructor(
    private readonly set: FlatColumnSet,
    private readonly sheet: string
  ) {}

  private has(field: FlatExportField): boolean {
    return this.set.columns.some((c) => c.field === field);
  }

  /** Reports at the first column showing one of `fields` (else the row's first cell). */
  report(
    fields: FlatExportField[],
    rule: string,
    severity: Severity,
    message: string,
    column?: IndicatorColumn
  ): void {
    const index = this.set.columns.findIndex((c) => fields.includes(c.field));
    this.problems.push({
      rule,
      severity,
      message,
      sheet: this.sheet,
      cell: cellName(this.row, Math.max(0, index) + 1),
      at: {
        kind: "indicator",
        project: this.project,
        row: this.indicator,
        ...(column && { column }),
      },
    });
  }

  /** The cells of one indicator (`row` is the sheet's 1-based row it goes to). */
  cells(
    department: Department,
    at: { row: number; project: number; indicator: number },
    indicator: IndicatorRow
  ): Cells {
    this.row = at.row;
    this.project = at.project;
    this.indicator = at.indicator;
    const project = department.projects[at.project];
    if (this.has("projectCode") && project.code === "")
      this.report(
        ["projectCode"],
        "export/no-code",
        "warning",
        "项目代码为空，预算系统按项目代码对应项目"
      );
    const cells: Cells = {
      unitCode: department.unitCode,
      unitName: department.unitName,
      projectCode: project.code,
      projectName: project.name,
      goals: project.goals.join("\n"),
      level1: indicator.level1,
      level2: indicator.level2,
      level3: indicator.level3,
      level3Code: "",
      description: indicator.description,
      target: indicator.value,
      basis: indicator.basis,
      order: String(at.indicator + 1),
      ...this.codes(indicator),
      ...this.value(indicator),
    };
    const written = this.has("value") ? (cells.value ?? "") : indicator.value;
    if (written.length > MAX_VALUE_LENGTH)
      this.report(
        ["value", "target"],
        "export/value-length",
        "warning",
        `指标值有 ${written.length} 个字，预算系统最多接受 ${MAX_VALUE_LENGTH} 个`,
        "value"
      );
    return cells;
  }

  /** The framework's codes of the row's 一级 / 二级, said where a name has none or does not fit. */
  private codes({ level1, level2 }: IndicatorRow): Cells {
    const code1 = codeOfName(level1) ?? "";
    const code2 = codeOfName(level2) ?? "";
    if (!this.has("level1Code") && !this.has("level2Code"))
      return { level1Code: code1, level2Code: code2 };
    const warn = (field: "level1" | "level2", message: string) =>
      this.report([`${field}Code`, field], `export/${field}-code`, "warning", message, field);
    if (level1 && !code1) warn("level1", `一级指标“${level1}”不在指标体系中，代码留空`);
    else if (code1 && !LEVEL1_CODES.has(code1))
      warn("level1", `“${level1}”（代码 ${code1}）不是一级指标，请核对`);
    if (level2 && !code2) warn("level2", `二级指标“${level2}”不在指标体系中，代码留空`);
    else if (code1 && code2 && !codeUnder(code2, code1))
      warn(
        "level2",
        `二级指标“${level2}”（${code2}）不属于一级指标“${level1}”（${code1}），请核对`
      );
    return { level1Code: code1, level2Code: code2 };
  }

  /** 计算符号 / 指标值 / 计量单位 as the grammar splits the 指标值; a remark to 确定依据. */
  private value(indicator: IndicatorRow): Cells {
    if (!this.has("value") && !this.has("nature")) return {};
    const split = splitValue(indicator.value, `${indicator.level2}${indicator.level3}`);
    if (split.remark)
      this.report(
        ["nature", "value"],
        split.remark.rule,
        split.remark.severity,
        split.remark.message,
        "value"
      );
    let basis = indicator.basis;
    if (split.note !== undefined && !basis.includes(split.note)) {
      if (basis === "" && this.has("basis")) {
        basis = split.note;
        this.report(
          ["basis"],
          "export/note",
          "info",
          `指标值括号中的“${split.note}”写入指标值确定依据`,
          "basis"
        );
      } else
        this.report(
          ["value"],
          "export/note",
          "warning",
          `指标值括号中的“${split.note}”未写出（指标值一栏只写数值）`,
          "value"
        );
    }
    const nature = this.set.natureCodes ? natureCodeOf(split.nature) : split.nature;
    return { nature, value: split.value, unit: split.unit, basis };
  }
}

/** The flat import sheet of the department, in the columns of `set`, named `name`. */
export function planFlat(
  department: Department,
  set: FlatColumnSet = DEFAULT_COLUMN_SET,
  name = FLAT_SHEET_NAME
): FlatPlan {
  const writer = new RowWriter(set, name);
  const rows: string[][] = [set.columns.map((c) => c.header)];
  const skipped: Problem[] = [];
  department.projects.forEach((project, p) => {
    if (project.indicators.length === 0)
      skipped.push({
        rule: "export/no-indicators",
        severity: "info",
        sheet: name,
        message: `项目“${project.name || project.code}”没有指标，未写出`,
        at: { kind: "project", project: p },
      });
    project.indicators.forEach((indicator, i) => {
      const cells = writer.cells(
        department,
        { row: rows.length + 1, project: p, indicator: i },
        indicator
      );
      rows.push(set.columns.map((c) => cells[c.field] ?? ""));
    });
  });
  const last = columnName(set.columns.length);
  const total = rows.length;
  const plan: SheetPlan = {
    name,
    kind: "flat",
    columnWidths: set.columns.map((c) => FIELD_WIDTHS[c.field]),
    rowHeights: {},
    styles: [
      {
        range: `A1:${last}${total}`,
        style: { numberFormat: TEXT_FORMAT, vAlign: "middle", wrap: true, border: true },
      },
      { range: `A1:${last}1`, style: { bold: true, fill: "#D9E1F2", hAlign: "center" } },
    ],
    blocks: [{ at: "A1", rows }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    print: { area: `A1:${last}${total}`, orientation: "landscape" },
    font: { name: "宋体", size: 10.5 },
  };
  return { plan, problems: [...skipped, ...writer.problems] };
}

/**
 * The flat sheet as a host inserts it: named 预算系统导入, or its first free variant among the
 * sheets the workbook already has (预算系统导入(2)), so that nothing is overwritten.
 */
export function planFlatSheets(
  department: Department,
  set: FlatColumnSet = DEFAULT_COLUMN_SET
): (taken: Iterable<string>) => SheetPlan[] {
  return (taken) => [planFlat(department, set, freeSheetName(FLAT_SHEET_NAME, taken)).plan];
}
