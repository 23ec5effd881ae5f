/**
 * The form reader: one sheet-shaped grid of cells (an .xlsx sheet, a PDF page's ruled table) → the
 * projects on it, whatever the layout: our own template, a province's 项目绩效目标表, a
 * 项目支出绩效目标申报表. Each form (regions.ts) is read in two parts: the block of labelled
 * fields above the indicator table (block.ts) and the indicator table, by the table importer's
 * header names and row reader (columns.ts, table.ts). Our template's own additions outside the
 * printed form (the live check columns, the monitoring rows, the check flags) are known and passed
 * over; every other cell the reader could not place is reported with its address.
 */
import type { SheetValues } from "../layout/workbook";
import { INDICATOR_COLUMNS } from "../model";
import { isTemplateFlag, PROJECT_LABELS, ProjectPlaces } from "../layout/project";
import { Scalar } from "../layout/plan";
import { Project } from "../model";
import { Problem } from "../problem";
import { projectAt, readBlock } from "./block";
import { CellGrid } from "./grid";
import { Region, regionsOf } from "./regions";
import { findIndicatorHeader, readIndicatorRows } from "./table";

export interface ReadProject {
  project: Project;
  /** The number of a `N.名称绩效目标表` title, when there is one. */
  index: number | null;
  unitCode: string;
  unitName: string;
  /** The budget year when the form says it (（2023年度）), else null. */
  year: number | null;
  /** Laid out by our own template (planProject). */
  template: boolean;
  /** 0-based first and last row of the grid the form takes. */
  rows: [number, number];
  /** The 0-based grid row of each indicator. */
  indicatorRows: number[];
  /** Where each field, checkpoint and indicator was found: review findings point at these cells. */
  places: ProjectPlaces;
  /** What could not be read or placed; `at.project` is 0, the caller sets it (inProject). */
  problems: Problem[];
}

/** A reader's problem (about project 0) placed at the project's index in the department. */
export function inProject(problem: Problem, project: number): Problem {
  const at = problem.at;
  return at && (at.kind === "project" || at.kind === "indicator")
    ? { ...problem, at: { ...at, project } }
    : problem;
}

/** Every project form on a sheet, top to bottom. Never throws. */
export function readProjectForms(sheet: SheetValues): ReadProject[] {
  const grid = new CellGrid(sheet?.grid, sheet?.name ?? "", sheet?.merges);
  const forms: ReadProject[] = [];
  for (const region of regionsOf(grid)) {
    const form = readForm(grid, region);
    if (form) forms.push(form);
  }
  return forms;
}

/** The first project form on a sheet, or null when there is none. */
export function readProjectForm(sheet: SheetValues): ReadProject | null {
  return readProjectForms(sheet)[0] ?? null;
}

/** A sheet made by our template (or any one form) read back from its values alone. */
export function readProjectSheet(grid: Scalar[][]): ReadProject | null {
  return readProjectForm({ name: "", grid });
}

/** Where our template's monitoring rows (below the form, not printed) begin, or `end`. */
function monitorRow(grid: CellGrid, from: number, end: number): number {
  for (let r = from; r < end; r++) {
    const first = grid.filled(r)[0];
    if (first !== undefined && grid.text(r, first) === PROJECT_LABELS.monitor) return r;
  }
  return end;
}

function readForm(grid: CellGrid, region: Region): ReadProject | null {
  const header = findIndicatorHeader(grid, region.anchor, region.end);
  const block = readBlock(grid, region.start, region.anchor, header ? header.row : region.end);
  const { project, anchor } = block;
  const problems = [...block.problems];
  let indicatorRows: number[] = [];
  if (header) {
    const tableEnd = monitorRow(grid, header.row, region.end);
    for (let r = tableEnd; r < region.end; r++) grid.useRow(r);
    const read = readIndicatorRows(grid, header, tableEnd);
    project.indicators = read.indicators;
    indicatorRows = read.rows;
    problems.push(...read.problems);
  } else if (!project.name) return null;
  else if (anchor)
    problems.push({
      rule: "import/no-indicators",
      severity: "warning",
      ...grid.address(anchor.row, anchor.column),
      message: "没有找到指标表（需要“一级指标”和“指标值”等表头）",
      at: projectAt(),
    });
  if (!project.name && anchor)
    problems.push({
      rule: "import/no-name",
      severity: "warning",
      ...grid.address(anchor.row, anchor.column),
      message: "项目名称为空",
      at: projectAt("name"),
    });

  for (const { row, column } of grid.unused(region.start, region.end)) {
    const text = grid.text(row, column);
    if (isTemplateFlag(text)) continue;
    problems.push({
      rule: "import/unplaced",
      severity: "warning",
      ...grid.address(row, column),
      message: `“${text}”不属于表中任何一栏，未导入`,
    });
  }

  return {
    project,
    index: block.index,
    unitCode: block.unitCode,
    unitName: block.unitName,
    year: block.year,
    template: block.template,
    rows: [region.start, region.end - 1],
    indicatorRows,
    places: {
      ...block.places,
      header: (header?.row ?? anchor?.row ?? region.start) + 1,
      rows: indicatorRows.map((r) => r + 1),
      columns: Object.fromEntries(
        INDICATOR_COLUMNS.flatMap((c) =>
          header?.fields[c] === undefined ? [] : [[c, (header.fields[c] as number) + 1]]
        )
      ),
    },
    problems,
  };
}
