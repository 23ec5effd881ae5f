/**
 * One entry for every kind of input, used by the command line and the task pane alike: a model as
 * JSON, an indicator table (CSV, tab-separated paste, or the sheets of an .xlsx), a workbook made by
 * the templates, or a published document's text.
 */
import { ReadDepartment, readDepartment, SheetValues } from "../layout/workbook";
import { Department, emptyDepartment, emptyProject, IndicatorRow } from "../model";
import { ImportResult, importPublishedText } from "./published";
import { importIndicatorTable, parseDelimited } from "./table";

export type InputKind = "json" | "table" | "workbook" | "published";

export interface DetectedImport extends ImportResult {
  kind: InputKind;
  /** For a workbook made by the templates: which sheet each project is on, and where on it. */
  readBack?: Pick<ReadDepartment, "projectSheets" | "places">;
}

/** A department holding one project made of imported indicator rows. */
export function departmentOfIndicators(name: string, indicators: IndicatorRow[]): Department {
  return emptyDepartment([{ ...emptyProject(name), indicators }]);
}

function isDepartment(value: unknown): value is Department {
  const d = value as Department;
  return (
    !!d &&
    typeof d === "object" &&
    Array.isArray(d.projects) &&
    !!d.overview &&
    typeof d.overview === "object"
  );
}

const looksTabular = (text: string) => /一级指标[\t,]/.test(text) && !/绩效目标表\s*$/m.test(text);

/** Text input: JSON, a table (CSV / tab-separated) or a published document. `name` names a lone project. */
export function importText(text: string, name: string, extension = ""): DetectedImport {
  const trimmed = text.trim();
  if (extension === ".json" || (extension === "" && trimmed.startsWith("{"))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      return {
        kind: "json",
        department: departmentOfIndicators(name, []),
        diagnostics: [
          {
            rule: "import/json",
            severity: "error",
            line: 1,
            message: `JSON 格式错误：${(error as Error).message}`,
          },
        ],
      };
    }
    const department = (parsed as { department?: unknown })?.department ?? parsed;
    if (!isDepartment(department)) {
      return {
        kind: "json",
        department: departmentOfIndicators(name, []),
        diagnostics: [
          {
            rule: "import/json",
            severity: "error",
            line: 1,
            message: "JSON 不是部门模型（需要 projects 与 overview）",
          },
        ],
      };
    }
    return { kind: "json", department, diagnostics: [] };
  }
  if (extension === ".csv" || extension === ".tsv" || looksTabular(text)) {
    const table = importIndicatorTable(parseDelimited(text), name);
    return {
      kind: "table",
      department: departmentOfIndicators(name, table.indicators),
      diagnostics: table.diagnostics,
    };
  }
  return { kind: "published", ...importPublishedText(text) };
}

/** The sheets of an .xlsx: a workbook made by the templates, or else the first indicator table found. */
export function importSheets(sheets: SheetValues[], name: string): DetectedImport {
  const made = readDepartment(sheets);
  if (made.department.projects.length > 0) {
    return {
      kind: "workbook",
      department: made.department,
      diagnostics: made.problems,
      readBack: { projectSheets: made.projectSheets, places: made.places },
    };
  }
  for (const sheet of sheets) {
    const table = importIndicatorTable(sheet.grid, sheet.name);
    if (table.indicators.length > 0) {
      return {
        kind: "table",
        department: departmentOfIndicators(name, table.indicators),
        diagnostics: table.diagnostics,
      };
    }
  }
  return {
    kind: "table",
    department: departmentOfIndicators(name, []),
    diagnostics: [
      {
        rule: "import/table",
        severity: "error",
        message: "工作簿中没有找到项目绩效目标表或指标表（需要“一级指标”“指标值”等表头）",
      },
    ],
  };
}
