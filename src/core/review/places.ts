/**
 * Model place → sheet and cell. For a department read back from a workbook, through what the
 * read-back found (rows may have moved in an edited sheet); for any other input (text, tables,
 * JSON), the cell of the sheet that `pt build` would write for it.
 */
import { Department, INDICATOR_COLUMNS } from "../model";
import type { ModelPlace, Problem } from "../problem";
import { cellName } from "../layout/plan";
import { ProjectPlaces, templatePlaces } from "../layout/project";
import { departmentSheetNames } from "../layout/workbook";
import { ReadDepartment } from "../layout/read-department";
import { placeCell, TablePlaces } from "../layout/year-after-places";
import type { WholeSheets } from "../import/detect";

export interface DepartmentPlaces {
  /** The sheet of each project, in the department's order. */
  sheets: string[];
  projects: ProjectPlaces[];
}

/** Where planDepartment puts each project of the department. */
export function templateDepartmentPlaces(department: Department): DepartmentPlaces {
  return {
    sheets: departmentSheetNames(department).projects,
    projects: department.projects.map(templatePlaces),
  };
}

/** Where the read-back found each project of a workbook. */
export function readBackPlaces(
  read: Pick<ReadDepartment, "projectSheets" | "places">
): DepartmentPlaces {
  return { sheets: read.projectSheets, projects: read.places };
}

/**
 * The sheet and cell of a model place, or null when the place is not on a project sheet. A
 * project as a whole is its indicator table's header, where a missing row would be added.
 */
export function cellOf(
  at: ModelPlace,
  places: DepartmentPlaces
): { sheet: string; cell: string } | null {
  if (at.kind !== "project" && at.kind !== "indicator") return null;
  const sheet = places.sheets[at.project];
  const project = places.projects[at.project];
  if (sheet === undefined || !project) return null;
  if (at.kind === "indicator") {
    const row = project.rows[at.row] ?? project.header + 1 + at.row;
    const column = at.column
      ? (project.columns?.[at.column] ?? INDICATOR_COLUMNS.indexOf(at.column) + 1)
      : (project.columns?.level1 ?? 1);
    return { sheet, cell: cellName(row, column) };
  }
  if (at.field === "schedule" && at.checkpoint !== undefined) {
    const cell = project.checkpoints[at.checkpoint];
    if (cell) return { sheet, cell };
  }
  const cell = at.field ? project.cells[at.field] : undefined;
  return { sheet, cell: cell ?? cellName(project.header, 1) };
}

/** A 自评表 or 监控表 as the review locates its findings: its sheet and what its reader found. */
export interface TableOnSheet {
  sheet: string;
  places?: TablePlaces<string>;
}

/**
 * The sheet and cell of a place on a 自评表 or 监控表, or null when the table came from text. A
 * cell the reader did not find (a table without 评价等级) falls back to the table's first cell.
 */
export function tableCellOf(
  at: ModelPlace,
  selfEvals: readonly TableOnSheet[],
  monitors: readonly TableOnSheet[]
): { sheet: string; cell: string } | null {
  if (at.kind !== "selfeval" && at.kind !== "monitor") return null;
  const table = (at.kind === "selfeval" ? selfEvals : monitors)[at.table];
  if (!table || table.sheet === "") return null;
  const cell = table.places ? placeCell(table.places, at.field, at.row) : null;
  return { sheet: table.sheet, cell: cell ?? "A1" };
}

/**
 * The sheet and cell of a place on the 汇总 (a line's figure, or the 合计's) or on the 部门整体
 * sheet (the heading of its 总体 or 分项 goals), or null when the workbook has no such sheet.
 */
export function wholeCellOf(
  at: ModelPlace,
  whole: WholeSheets
): { sheet: string; cell: string } | null {
  if (at.kind === "summary" && whole.summary) {
    const { read, sheet } = whole.summary;
    const line = at.row !== undefined ? read.lines[at.row] : read.total;
    const column = at.field ? read.columns[at.field] : 1;
    return line && column > 0 ? { sheet, cell: cellName(line.row, column) } : { sheet, cell: "A1" };
  }
  if (at.kind === "department" && whole.overview) {
    const { sheet, cells } = whole.overview;
    const cell =
      at.field === "overallGoal" || at.field === "itemGoals" ? cells[at.field] : undefined;
    return { sheet, cell: cell ?? "A1" };
  }
  return null;
}

/** The problem with its sheet and cell added, when its model place is on a sheet. */
export function locate(problem: Problem, places: DepartmentPlaces): Problem {
  const found = problem.at ? cellOf(problem.at, places) : null;
  return found ? { ...problem, ...found } : problem;
}
