/**
 * A whole department as sheet plans, named so that nothing already in the workbook is touched; and
 * a workbook's sheets (as values) read back into the department.
 */
import { Problem } from "../problem";
import { readMonitorSheet } from "./monitor";
import { readSelfEvalSheet } from "./selfeval-read";
import { Department, DepartmentOverview, Project } from "../model";
import { freeSheetName } from "./names";
import { OVERVIEW_TITLE, planOverview, readOverviewSheet } from "./overview";
import { Scalar, SheetPlan } from "./plan";
import { planProject, ProjectContext, ProjectPlaces } from "./project";
import { inProject, ReadProject, readProjectForms } from "../import/form";
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

export interface ReadDepartment {
  department: Department;
  /** Sheet by sheet: what could not be read, with the sheet's name in the cell address. */
  problems: Problem[];
  /** Names of the sheets the projects were read from, in the department's order. */
  projectSheets: string[];
  /** Whether every project was laid out by our own template. */
  template: boolean;
  /** Where each project's fields and rows were found on its sheet, in the department's order. */
  places: ProjectPlaces[];
}

/**
 * Reads the project forms of a workbook into the department (core/import/form.ts: our template and
 * the other provinces' layouts alike), and the overview sheet of our template. Sheets are
 * recognised by their content, not their names, so renamed sheets are found; a sheet may hold
 * several forms one below the other. Projects are ordered by the number in their titles, then as
 * they stand. The unit and the year come from the first form that gives them.
 */
/** A 自评表 or 监控表: read by their own readers (year-after.ts), never as project forms. */
function isYearAfterSheet(sheet: SheetValues): boolean {
  const grid = sheet.grid ?? [];
  return readSelfEvalSheet(grid) !== null || readMonitorSheet(grid) !== null;
}

export function readDepartment(sheets: SheetValues[]): ReadDepartment {
  const problems: Problem[] = [];
  let overview: DepartmentOverview | null = null;
  const found: { read: ReadProject; sheet: string; order: number }[] = [];
  (Array.isArray(sheets) ? sheets : []).forEach((sheet) => {
    if (isYearAfterSheet(sheet)) return; // a 自评表 or 监控表 is no target table
    const forms = readProjectForms(sheet);
    for (const read of forms) found.push({ read, sheet: sheet.name, order: found.length });
    if (forms.length === 0) overview = overview ?? readOverviewSheet(sheet.grid ?? []);
  });
  found.sort(
    (a, b) => (a.read.index ?? Infinity) - (b.read.index ?? Infinity) || a.order - b.order
  );
  found.forEach(({ read }, project) => {
    for (const p of read.problems) problems.push(inProject(p, project));
  });
  const reads = found.map((f) => f.read);
  const unit = reads.find((r) => r.unitName || r.unitCode);
  return {
    department: {
      unitCode: unit?.unitCode ?? "",
      unitName: unit?.unitName ?? "",
      year: reads.find((r) => r.year !== null)?.year ?? null,
      overview: overview ?? { overallGoal: "", itemGoals: [], measures: [] },
      projects: reads.map((r) => r.project),
    },
    problems,
    projectSheets: found.map((f) => f.sheet),
    template: reads.length > 0 && reads.every((r) => r.template),
    places: found.map((f) => f.read.places),
  };
}
