/**
 * A whole department as sheet plans, named so that nothing already in the workbook is touched.
 * Reading a workbook back is read-department.ts (kept apart: the pane plans without the readers).
 */
import { Department, Project } from "../model";
import { freeSheetName } from "./names";
import { OVERVIEW_TITLE, planOverview } from "./overview";
import { Scalar, SheetPlan } from "./plan";
import { planProject, ProjectContext } from "./project";
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

/**
 * One sheet's values as a host or the PDF reader hands them over: A1 at [0][0], a merged cell's
 * value in its top-left cell and null elsewhere. `merges` (A1 ranges), when the source knows them,
 * tells a merged cell from a blank one.
 */
export interface SheetValues {
  name: string;
  grid: Scalar[][];
  merges?: string[];
}
