/** A workbook's sheets (as values) read back into the department, through the one form reader. */
import { inProject, ReadProject, readProjectForms } from "../import/form";
import { DepartmentOverview } from "../model";
import { Problem } from "../problem";
import { readMonitorSheet } from "./monitor";
import { readOverviewSheet } from "./overview";
import { ProjectPlaces } from "./project";
import { readSelfEvalSheet } from "./selfeval-read";
import { looksPublishedSelfEval } from "../import/selfeval-grid";
import type { SheetValues } from "./workbook";
import type { Department } from "../model";

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

/** A 自评表 or 监控表: read by their own readers (year-after.ts), never as project forms. */
function isYearAfterSheet(sheet: SheetValues): boolean {
  const grid = sheet.grid ?? [];
  return (
    readSelfEvalSheet(grid) !== null ||
    readMonitorSheet(grid) !== null ||
    looksPublishedSelfEval(grid)
  );
}

/**
 * Reads the project forms of a workbook into the department (core/import/form.ts: our template and
 * the other provinces' layouts alike), and the overview sheet of our template. Sheets are
 * recognised by their content, not their names, so renamed sheets are found; a sheet may hold
 * several forms one below the other. Projects are ordered by the number in their titles, then as
 * they stand. The unit and the year come from the first form that gives them.
 */
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
