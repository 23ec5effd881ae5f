/** A whole department as sheet plans, named so that nothing already in the workbook is touched. */
import { Problem } from "../problem";
import { Department, DepartmentOverview, Project } from "../model";
import { freeSheetName } from "./names";
import { OVERVIEW_TITLE, planOverview, readOverviewSheet } from "./overview";
import { Scalar, SheetPlan } from "./plan";
import { planProject, ProjectContext, ProjectPlaces } from "./project";
import { ReadProject, readProjectSheet } from "./project-read";
import { planSummary, SUMMARY_NAME } from "./summary";

export function projectSheetName(index: number, project: Project): string {
  return `${index}.${project.name || "未命名项目"}`;
}

export interface DepartmentSheetNames {
  overview: string;
  projects: string[];
  summary: string;
}

/** The names planDepartment gives the sheets: the wanted ones, or free variants among `taken`. */
export function departmentSheetNames(
  department: Department,
  taken: Iterable<string> = []
): DepartmentSheetNames {
  const names = new Set(taken);
  const claim = (wanted: string) => {
    const name = freeSheetName(wanted, names);
    names.add(name);
    return name;
  };
  const overview = claim(OVERVIEW_TITLE);
  const projects = department.projects.map((p, i) => claim(projectSheetName(i + 1, p)));
  return { overview, projects, summary: claim(SUMMARY_NAME) };
}

/** Plans the overview, every project and the summary, choosing names free among `taken`. */
export function planDepartment(department: Department, taken: Iterable<string> = []): SheetPlan[] {
  const names = departmentSheetNames(department, taken);
  const overview = planOverview(department, names.overview);
  const projects = department.projects.map((project, i) =>
    planProject(project, contextOf(department, i + 1), names.projects[i])
  );
  const summary = planSummary(department, names.projects, names.summary);
  return [overview, ...projects, summary];
}

export function contextOf(department: Department, index: number): ProjectContext {
  return {
    index,
    unitCode: department.unitCode,
    unitName: department.unitName,
    year: department.year,
  };
}

/** Plans one project sheet as the task pane inserts it. */
export function planSingleProject(
  department: Department,
  index: number,
  taken: Iterable<string>
): SheetPlan {
  const project = department.projects[index - 1];
  return planProject(
    project,
    contextOf(department, index),
    freeSheetName(projectSheetName(index, project), taken)
  );
}

export interface SheetValues {
  name: string;
  grid: Scalar[][];
}

export interface ReadDepartment {
  department: Department;
  /** Sheet by sheet: what could not be read, with the sheet's name in the cell address. */
  problems: Problem[];
  /** Names of the sheets read as project tables, in the department's order. */
  projectSheets: string[];
  /** Where each project's fields and rows were found on its sheet, in the department's order. */
  places: ProjectPlaces[];
}

/**
 * Reads a workbook made by the templates back into the department, through the same layout:
 * sheets are recognised by their content, not their names, so renamed sheets are found; projects
 * are ordered by the number in their titles, then by sheet order.
 */
export function readDepartment(sheets: SheetValues[]): ReadDepartment {
  const problems: ReadDepartment["problems"] = [];
  let overview: DepartmentOverview | null = null;
  const found: { read: ReadProject; sheet: string; order: number }[] = [];
  sheets.forEach((sheet, order) => {
    const project = readProjectSheet(sheet.grid);
    if (project) {
      found.push({ read: project, sheet: sheet.name, order });
      for (const p of project.problems) problems.push({ ...p, sheet: sheet.name });
      return;
    }
    overview = overview ?? readOverviewSheet(sheet.grid);
  });
  found.sort(
    (a, b) => (a.read.index ?? Infinity) - (b.read.index ?? Infinity) || a.order - b.order
  );
  const first = found[0]?.read;
  return {
    department: {
      unitCode: first?.unitCode ?? "",
      unitName: first?.unitName ?? "",
      year: null,
      overview: overview ?? { overallGoal: "", itemGoals: [], measures: [] },
      projects: found.map((f) => f.read.project),
    },
    problems,
    projectSheets: found.map((f) => f.sheet),
    places: found.map((f) => f.read.places),
  };
}
