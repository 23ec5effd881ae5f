/**
 * The budget system's flat layout read back (DESIGN §6): one row per 三级指标, the project's code
 * and name on every row, the 一级 / 二级 / 三级 codes beside the names, the 指标值 whole or split
 * into 计算符号 (signs or the numeric codes 1–6) / 指标值 / 计量单位. The rows are read by the one
 * indicator row reader (rows.ts) as a table whose extra columns are known; this module adds what
 * the layout has besides: codes checked against names (a mismatch is reported at the cell and the
 * name kept as written), numeric 计算符号 read as signs, and rows grouped into projects.
 */
import { codeUnder, nameFitsCode, nameOfCode, signOfNatureCode } from "../framework-codes";
import type { SheetValues } from "../layout/workbook";
import { emptyProject, IndicatorRow, Project } from "../model";
import { Problem, projectOf } from "../problem";
import { inProject } from "./form";
import { Scalar } from "../layout/plan";
import { ExtraColumn, IndicatorField } from "./columns";
import { findFlatHeader, FlatField, FlatHeader } from "./flat-header";
import { CellGrid, labelKey } from "./grid";
import { readIndicatorRows } from "./rows";
import type { IndicatorHeader } from "./table";

export interface FlatRead {
  sheet: string;
  projects: Project[];
  unitCode: string;
  unitName: string;
  /** `at.project` counts this sheet's projects from 0. */
  problems: Problem[];
}

/** A problem found before the rows were read, waiting for its indicator's place. */
interface RowProblem {
  row: number;
  column?: "level1" | "level2";
  problem: Problem;
}

/** The levels the framework codes: 三级 codes are an indicator library's own, not checked. */
const LEVELS = [
  { name: "level1", code: "level1Code", words: "一级指标" },
  { name: "level2", code: "level2Code", words: "二级指标" },
] as const;

/** A cell's text, or the text of the merge over it. */
function mergedText(grid: CellGrid, r: number, c: number | undefined): string {
  if (c === undefined) return "";
  const own = grid.text(r, c);
  if (own !== "") return own;
  const from = grid.mergedFrom(r, c);
  return from ? grid.text(from.row, from.column) : "";
}

/** The header as the row reader takes it: this layout's own columns known, outside the model. */
function indicatorHeader(header: FlatHeader): IndicatorHeader {
  const named = new Map<number, IndicatorField | ExtraColumn | null>();
  const fields: Partial<Record<IndicatorField, number>> = {};
  for (const [c, name] of header.named) {
    if (name === "level3Code")
      named.set(c, "reported"); // an indicator library's code: no place
    else if (name === null || name === "quiet" || name === "reported") named.set(c, name);
    else if (isIndicatorField(name)) named.set(c, name);
    else named.set(c, "quiet");
  }
  for (const [field, c] of Object.entries(header.fields))
    if (isIndicatorField(field as FlatField)) fields[field as IndicatorField] = c;
  // Codes without names beside them: the names are read from the code cells (prepared()).
  for (const level of LEVELS) {
    const code = header.fields[level.code];
    if (fields[level.name] === undefined && code !== undefined) {
      fields[level.name] = code;
      named.set(code, level.name);
    }
  }
  return { row: header.row, lastRow: header.lastRow, fields, named };
}

const INDICATOR_FIELDS = new Set<string>([
  "level1",
  "level2",
  "level3",
  "description",
  "value",
  "basis",
  "nature",
  "unit",
  "direction",
]);

function isIndicatorField(field: FlatField): field is IndicatorField {
  return INDICATOR_FIELDS.has(field);
}

/**
 * The grid as the row reader should see it: numeric 计算符号 as signs, a level's name taken from
 * its code where the name is missing or written short (产出 for 1), codes checked against names.
 */
function prepared(grid: CellGrid, header: FlatHeader, found: RowProblem[]): Scalar[][] {
  const cells: Scalar[][] = [];
  for (let r = 0; r < grid.rowCount; r++)
    cells.push(Array.from({ length: grid.columnCount }, (_, c) => grid.value(r, c)));
  const { fields } = header;
  for (let r = header.lastRow + 1; r < grid.rowCount; r++) {
    if (grid.isEmptyRow(r)) continue;
    const nature = fields.nature;
    if (nature !== undefined) {
      const sign = signOfNatureCode(grid.text(r, nature));
      if (sign) cells[r][nature] = sign;
    }
    const codes: string[] = [];
    for (const level of LEVELS) {
      codes.push(checkLevel(grid, header, r, level, cells, found));
    }
    const [code1, code2] = codes;
    if (nameOfCode(code1) && nameOfCode(code2) && !codeUnder(code2, code1))
      found.push({
        row: r,
        column: "level2",
        problem: {
          rule: "import/code-parent",
          severity: "warning",
          ...grid.address(r, fields.level2Code as number),
          message: `二级指标代码“${code2}”（${nameOfCode(code2)}）不属于一级指标代码“${code1}”（${nameOfCode(code1)}）`,
        },
      });
  }
  return cells;
}

/** One level's code on row r against its name; returns the code as written ("" for none). */
function checkLevel(
  grid: CellGrid,
  header: FlatHeader,
  r: number,
  level: (typeof LEVELS)[number],
  cells: Scalar[][],
  found: RowProblem[]
): string {
  const codeColumn = header.fields[level.code];
  const code = mergedText(grid, r, codeColumn);
  if (codeColumn === undefined || code === "") return "";
  const known = nameOfCode(code);
  const nameColumn = header.fields[level.name];
  const report = (rule: string, severity: Problem["severity"], c: number, message: string) =>
    found.push({
      row: r,
      column: level.name,
      problem: { rule, severity, ...grid.address(r, c), message },
    });
  if (!known) {
    report(
      "import/unknown-code",
      "warning",
      codeColumn,
      `${level.words}代码“${code}”不是指标体系的代码（一级 1 产出、2 效益、3 满意度，二级 11–14、21–24、31、140001–140003）`
    );
    return code;
  }
  if (nameColumn === undefined) {
    cells[r][codeColumn] = known;
    return code;
  }
  const name = mergedText(grid, r, nameColumn);
  if (name === "") {
    cells[r][nameColumn] = known;
    report(
      "import/name-from-code",
      "info",
      nameColumn,
      `${level.words}名称为空，按代码“${code}”填为“${known}”`
    );
  } else if (!nameFitsCode(name, code))
    report(
      "import/code-mismatch",
      "warning",
      nameColumn,
      `${level.words}代码“${code}”是“${known}”，名称却为“${name}”；已按所写名称“${name}”导入，请核对`
    );
  else if (grid.text(r, nameColumn) !== "" && labelKey(name) !== known)
    cells[r][nameColumn] = known; // 产出 under code 1 is 产出指标
  return code;
}

/** Rows grouped into projects by 项目代码, or 项目名称 where there is no code. */
class Grouping {
  readonly projects: Project[] = [];
  /** Project and place in it of each indicator read, by the reader's index. */
  readonly places: { project: number; row: number }[] = [];
  readonly problems: Problem[] = [];
  private readonly byCode = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  /** What find() said about the row being added, before its place is known. */
  private pending: Problem[] = [];

  constructor(
    private readonly grid: CellGrid,
    private readonly header: FlatHeader
  ) {}

  add(r: number, indicator: IndicatorRow): void {
    const { fields } = this.header;
    const code = mergedText(this.grid, r, fields.projectCode);
    const name = mergedText(this.grid, r, fields.projectName);
    let k = this.find(r, code, name);
    if (k === undefined) {
      k = this.projects.length;
      this.projects.push({ ...emptyProject(name), code });
      if (code) this.byCode.set(code, k);
      if (name && !this.byName.has(name)) this.byName.set(name, k);
    }
    const project = this.projects[k];
    // 年度绩效目标 stands on every row of its project: the first that says it, line by line.
    const goals = mergedText(this.grid, r, fields.goals);
    if (project.goals.length === 0 && goals !== "")
      project.goals = goals
        .split(/\n+/)
        .map((g) => g.trim())
        .filter((g) => g !== "");
    const row = project.indicators.length;
    this.places.push({ project: k, row });
    project.indicators.push(indicator);
    for (const p of this.pending.splice(0))
      this.problems.push({ ...p, at: { kind: "indicator", project: k, row } });
  }

  private find(r: number, code: string, name: string): number | undefined {
    const { fields } = this.header;
    const at = (c: number | undefined) =>
      this.grid.address(r, c ?? fields.projectName ?? fields.projectCode ?? 0);
    if (code === "" && name === "") {
      const last = this.places[this.places.length - 1]?.project;
      this.pending.push({
        rule: "import/no-project",
        severity: "warning",
        ...at(fields.projectCode),
        message:
          last === undefined
            ? "项目代码和项目名称都为空，此行归入一个未命名项目"
            : `项目代码和项目名称都为空，按上一行归入“${this.projects[last].name}”`,
      });
      return last;
    }
    let k = code ? this.byCode.get(code) : this.byName.get(name);
    if (k === undefined && code && name) {
      const same = this.byName.get(name);
      if (same !== undefined && this.projects[same].code === "") {
        this.projects[same].code = code;
        this.byCode.set(code, same);
        return same;
      }
    }
    if (k !== undefined && code && name && labelKey(name) !== labelKey(this.projects[k].name)) {
      const kept = this.projects[k].name;
      this.pending.push({
        rule: "import/project-name",
        severity: "warning",
        ...at(fields.projectName),
        message: `项目代码“${code}”已用于“${kept}”，此行项目名称却为“${name}”；已按项目代码归入“${kept}”`,
      });
    }
    if (k !== undefined && name && !this.projects[k].name) this.projects[k].name = name;
    return k;
  }
}

/** The department's unit as the layout's 单位 columns name it (first row that says it). */
function unitOf(grid: CellGrid, header: FlatHeader, rows: number[]): [string, string] {
  const first = (c: number | undefined) =>
    rows.map((r) => mergedText(grid, r, c)).find((t) => t !== "") ?? "";
  return [first(header.fields.unitCode), first(header.fields.unitName)];
}

/** A sheet in the flat layout read into its projects, or null when the sheet is not one. */
export function readFlatSheet(sheet: SheetValues): FlatRead | null {
  const raw = new CellGrid(sheet?.grid, sheet?.name ?? "", sheet?.merges);
  const header = findFlatHeader(raw);
  if (!header) return null;
  const early: RowProblem[] = [];
  const grid = new CellGrid(prepared(raw, header, early), raw.sheet, sheet.merges);
  const read = readIndicatorRows(grid, indicatorHeader(header));
  const grouping = new Grouping(raw, header);
  read.rows.forEach((r, i) => grouping.add(r, read.indicators[i]));
  const indexOf = new Map(read.rows.map((r, i) => [r, i]));
  const placed = (p: Problem): Problem => {
    const at = p.at;
    if (!at || at.kind !== "indicator") return p;
    const place = grouping.places[at.row];
    return place ? { ...p, at: { ...at, project: place.project, row: place.row } } : p;
  };
  const before = early.map(({ row, column, problem }) => {
    const i = indexOf.get(row);
    return i === undefined
      ? problem
      : placed({ ...problem, at: { kind: "indicator", project: 0, row: i, column } });
  });
  const above = raw.unused(0, header.row).map(({ row, column }) => ({
    rule: "import/unplaced",
    severity: "info" as const,
    ...raw.address(row, column),
    message: `表头之上的“${raw.text(row, column)}”未导入`,
  }));
  const [unitCode, unitName] = unitOf(raw, header, read.rows);
  return {
    sheet: raw.sheet,
    projects: grouping.projects,
    unitCode,
    unitName,
    problems: [...above, ...before, ...read.problems.map(placed), ...grouping.problems],
  };
}

/**
 * Every sheet in the flat layout among `sheets`: their projects in sheet order, and problems
 * placed at the projects' indices counted from `first` (the projects read before them).
 */
export function readFlatSheets(
  sheets: SheetValues[],
  first = 0
): { sheets: Set<string>; reads: FlatRead[]; projects: Project[]; problems: Problem[] } {
  const reads = sheets.map(readFlatSheet).filter((r): r is FlatRead => r !== null);
  const projects: Project[] = [];
  const problems: Problem[] = [];
  for (const read of reads) {
    const base = first + projects.length;
    for (const p of read.problems) {
      const project = projectOf(p.at);
      problems.push(project === null ? p : inProject(p, base + project));
    }
    projects.push(...read.projects);
  }
  return { sheets: new Set(reads.map((r) => r.sheet)), reads, projects, problems };
}
