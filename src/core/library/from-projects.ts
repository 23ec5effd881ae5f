/**
 * A bureau's own 指标库 from the projects its importers read (`pt library --build 文件夹`): each
 * project with indicator rows becomes a table of the library, its kind guessed from its name when
 * the caller does not know it, its source the file it came from.
 */
import type { Department } from "../model";
import type { LibraryTable } from "./types";

export interface ProjectSource {
  /** The file the department was read from (the table's source). */
  file: string;
  department: Department;
}

/** The tables of one read file; `kindOf` names a project's kind (e.g. guessKinds' first). */
export function tablesOfDepartment(
  source: ProjectSource,
  kindOf: (name: string, purpose: string) => string
): LibraryTable[] {
  const { department, file } = source;
  const year = department.year ? String(department.year) : "未知";
  return department.projects
    .map((project, p): LibraryTable | null => {
      const rows = project.indicators
        .filter((r) => r.level3.trim() !== "" && r.value.trim() !== "")
        .map((r, i) => ({
          level1: r.level1,
          level2: r.level2,
          level3: r.level3,
          value: r.value,
          basis: r.basis,
          line: i + 1,
        }));
      if (rows.length === 0) return null;
      const goal = [project.purpose, ...project.goals].filter((g) => g.trim() !== "").join(" ");
      return {
        id: `${p + 1}`,
        province: "",
        place: department.unitName,
        year,
        kind: kindOf(project.name, goal),
        name: project.name,
        form: "目标表",
        source: file,
        goal,
        rows,
        file,
        line: 0,
      };
    })
    .filter((t): t is LibraryTable => t !== null);
}
