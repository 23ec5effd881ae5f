/** A whole department as sheet plans, named so that nothing already in the workbook is touched. */
import { Department, Project } from "../model";
import { freeSheetName } from "./names";
import { OVERVIEW_TITLE, planOverview } from "./overview";
import { SheetPlan } from "./plan";
import { planProject, ProjectContext } from "./project";
import { planSummary, SUMMARY_NAME } from "./summary";

export function projectSheetName(index: number, project: Project): string {
  return `${index}.${project.name || "未命名项目"}`;
}

/** Plans the overview, every project and the summary, choosing names free among `taken`. */
export function planDepartment(department: Department, taken: Iterable<string> = []): SheetPlan[] {
  const names = new Set(taken);
  const claim = (wanted: string) => {
    const name = freeSheetName(wanted, names);
    names.add(name);
    return name;
  };
  const overview = planOverview(department, claim(OVERVIEW_TITLE));
  const projectNames = department.projects.map((p, i) => claim(projectSheetName(i + 1, p)));
  const projects = department.projects.map((project, i) =>
    planProject(project, contextOf(department, i + 1), projectNames[i])
  );
  const summary = planSummary(department, projectNames, claim(SUMMARY_NAME));
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
