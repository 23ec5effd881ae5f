/**
 * One entry for every kind of input, used by the command line and the task pane alike: a model as
 * JSON, an indicator table (CSV, tab-separated paste, or the sheets of an .xlsx), a workbook made by
 * the templates, or a published document's text.
 */
import { readDepartment, SheetValues } from "../layout/workbook";
import { readYearAfter } from "../layout/year-after";
import { Department, emptyDepartment, emptyProject, IndicatorRow, SelfEvaluation } from "../model";
import { ImportResult, importPublishedText } from "./published";
import { importIndicatorTable, parseDelimited } from "./table";
import { importSelfEvalText } from "./selfeval";

export type InputKind = "json" | "table" | "workbook" | "published" | "selfeval";

export interface DetectedImport extends ImportResult {
  kind: InputKind;
  /** A published 自评表's self-evaluation, with its project as the department's only one. */
  selfEvaluations?: SelfEvaluation[];
}

/** A department holding one project made of imported indicator rows. */
export function departmentOfIndicators(name: string, indicators: IndicatorRow[]): Department {
  return emptyDepartment([{ ...emptyProject(name), indicators }]);
}

/** A department of the projects that self-evaluations are of, with the evaluations beside it. */
function departmentOfEvaluations(
  selfEvaluations: SelfEvaluation[]
): Pick<DetectedImport, "department" | "selfEvaluations"> {
  const department = emptyDepartment(selfEvaluations.map((e) => e.project));
  department.unitName = selfEvaluations[0]?.unit ?? "";
  department.year = selfEvaluations[0]?.year ?? null;
  return { department, selfEvaluations };
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

/** A published 自评表: its title and an indicator table with achieved values. */
const looksSelfEval = (text: string) =>
  /自评表/.test(text) && /一级指标/.test(text) && /(实际完成值|完成值)/.test(text);

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
  if (looksSelfEval(text)) {
    const { evaluation, diagnostics } = importSelfEvalText(text);
    return { kind: "selfeval", ...departmentOfEvaluations([evaluation]), diagnostics };
  }
  return { kind: "published", ...importPublishedText(text) };
}

/**
 * The sheets of an .xlsx: a workbook made by the templates (project sheets, else 自评表), or else
 * the first indicator table found.
 */
export function importSheets(sheets: SheetValues[], name: string): DetectedImport {
  const made = readDepartment(sheets);
  if (made.department.projects.length > 0) {
    return {
      kind: "workbook",
      department: made.department,
      diagnostics: made.problems,
    };
  }
  const yearAfter = readYearAfter(sheets);
  if (yearAfter.selfEvaluations.length > 0) {
    const evaluations = yearAfter.selfEvaluations.map((s) => s.evaluation);
    return {
      kind: "selfeval",
      ...departmentOfEvaluations(evaluations),
      diagnostics: yearAfter.problems,
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
