/**
 * One entry for every kind of input, used by the command line and the task pane alike: a model as
 * JSON, an indicator table (CSV, tab-separated paste, or the sheets of an .xlsx), project forms of
 * any layout on sheets (a workbook made by the templates among them), or a published document's text.
 */
import { OVERVIEW_SECTIONS, readOverviewSheet } from "../layout/overview";
import { ReadSummary, readSummarySheet, SUMMARY_TITLE } from "../layout/summary";
import { SheetValues } from "../layout/workbook";
import { ReadDepartment, readDepartment } from "../layout/read-department";
import { ReadYearAfter, readYearAfter } from "../layout/year-after";
import { Department, emptyDepartment, emptyProject, IndicatorRow, SelfEvaluation } from "../model";
import { Problem, projectOf } from "../problem";
import { readFlatSheets } from "./flat";
import { Folds, foldNote, foldSheets, foldText } from "./fold";
import { inProject } from "./form";
import { ImportResult, importPublishedText } from "./published";
import { importSelfEvalText } from "./selfeval";
import { importIndicatorTable, parseDelimited } from "./table";

/**
 * `workbook`: made by our templates; `form`: project forms of other layouts; `flat`: the budget
 * system's flat layout, one row per 三级指标 (flat.ts).
 */
export type InputKind = "json" | "table" | "workbook" | "form" | "published" | "selfeval" | "flat";

export interface DetectedImport extends ImportResult {
  kind: InputKind;
  /** A published 自评表's self-evaluation, with its project as the department's only one. */
  selfEvaluations?: SelfEvaluation[];
  /** For a workbook made by the templates: which sheet each project is on, and where on it. */
  readBack?: Pick<ReadDepartment, "projectSheets" | "places">;
  /** The 自评表 and 监控表 of a workbook, with their places (reviewed by their own rules). */
  yearAfter?: ReadYearAfter;
  /** Our template's 汇总 and 部门整体 sheets, for the department's review. */
  whole?: WholeSheets;
}

function departmentOfEvaluations(
  selfEvaluations: SelfEvaluation[]
): Pick<DetectedImport, "department" | "selfEvaluations"> {
  const department = emptyDepartment(selfEvaluations.map((e) => e.project));
  department.unitName = selfEvaluations[0]?.unit ?? "";
  department.year = selfEvaluations[0]?.year ?? null;
  return { department, selfEvaluations };
}

const looksSelfEval = (text: string) =>
  /自评表/.test(text) && /一级指标/.test(text) && /(实际完成值|完成值)/.test(text);

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

/**
 * Text input: JSON, a table (CSV / tab-separated) or a published document. `name` names a lone
 * project. Look-alike characters are folded first (fold.ts) and reported once.
 */
export function importText(text: string, name: string, extension = ""): DetectedImport {
  const trimmed = text.trim();
  if (extension === ".json" || (extension === "" && trimmed.startsWith("{")))
    return readText(text, name, extension); // the model itself, as it was written
  const folds: Folds = new Map();
  const read = readText(foldText(text, folds), name, extension);
  return { ...read, diagnostics: [...read.diagnostics, ...foldNote(folds)] };
}

function readText(text: string, name: string, extension: string): DetectedImport {
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
    const grid = parseDelimited(text);
    // A form copied from a web page (项目名称 … above the table) is read whole by the form reader.
    const form = importSheets([{ name: "", grid }], name);
    if (form.kind === "form") return form;
    const table = importIndicatorTable(grid, name);
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

/** The 汇总 and 部门整体 sheets of a workbook: their names, the 汇总 as read, the overview's headings. */
export interface WholeSheets {
  summary?: { sheet: string; read: ReadSummary };
  /** The overview's sheet and the A1 cells of its 总体 and 分项 headings. */
  overview?: { sheet: string; cells: { overallGoal?: string; itemGoals?: string } };
}

function wholeSheets(sheets: SheetValues[]): WholeSheets {
  const whole: WholeSheets = {};
  for (const sheet of sheets) {
    const grid = sheet.grid ?? [];
    const summary = whole.summary ? null : readSummarySheet(grid);
    if (summary) whole.summary = { sheet: sheet.name, read: summary };
    else if (!whole.overview && readOverviewSheet(grid)) {
      const cell = (heading: string) => {
        const r = grid.findIndex((row) => String(row?.[0] ?? "").trim() === heading);
        return r >= 0 ? `A${r + 1}` : undefined;
      };
      whole.overview = {
        sheet: sheet.name,
        cells: { overallGoal: cell(OVERVIEW_SECTIONS[0]), itemGoals: cell(OVERVIEW_SECTIONS[1]) },
      };
    }
  }
  return whole;
}

const hasText = (sheet: SheetValues) =>
  (sheet.grid ?? []).some((row) => (row ?? []).some((v) => v !== null && String(v).trim() !== ""));

/** Our template's own sheets that hold no project: the overview (read apart) and the summary. */
const isOwnSheet = (sheet: SheetValues) =>
  readOverviewSheet(sheet.grid ?? []) !== null ||
  String(sheet.grid?.[0]?.[0] ?? "")
    .trim()
    .endsWith(SUMMARY_TITLE);

function notImported(sheet: SheetValues): Problem {
  return {
    rule: "import/sheet-skipped",
    severity: "info",
    sheet: sheet.name,
    message: `工作表“${sheet.name}”中没有项目绩效目标表或指标表，未导入`,
  };
}

/**
 * The sheets of an .xlsx (or the pages of a PDF reduced to grids): project forms of any layout,
 * one or several per sheet (a workbook made by the templates is one such), and bare indicator
 * tables on the other sheets, one project each (named by the sheet, or by `name` when the table is
 * all there is). A sheet with content that gives nothing is reported. Look-alike characters in
 * the cells are folded first (fold.ts) and reported once.
 */
export function importSheets(sheets: SheetValues[], name: string): DetectedImport {
  const folds: Folds = new Map();
  const read = readSheets(foldSheets(Array.isArray(sheets) ? sheets : [], folds), name);
  return folds.size > 0
    ? { ...read, diagnostics: [...read.diagnostics, ...foldNote(folds)] }
    : read;
}

function readSheets(sheets: SheetValues[], name: string): DetectedImport {
  const all = sheets.filter((s) => s && Array.isArray(s.grid));
  // 自评表 and 监控表 are read by their own readers, never as target tables.
  const yearAfter = readYearAfter(all);
  const yearAfterSheets = new Set(
    [...yearAfter.selfEvaluations, ...yearAfter.monitorings].map((s) => s.sheet)
  );
  // A sheet in the flat layout is read by the flat reader only, the others as before.
  const flat = readFlatSheets(all.filter((s) => !yearAfterSheets.has(s.name)));
  if (flat.projects.length > 0)
    return withFlat(
      importSheets(
        all.filter((s) => !flat.sheets.has(s.name)),
        name
      ),
      flat
    );
  const list = all.filter((s) => !yearAfterSheets.has(s.name));
  const made = readDepartment(list);
  const forms = new Set(made.projectSheets);
  const rest = list.filter((s) => !forms.has(s.name) && !isOwnSheet(s));
  const tables = rest
    .map((sheet) => ({ sheet, table: importIndicatorTable(sheet.grid, sheet.name, sheet.merges) }))
    .filter(({ table }) => table.indicators.length > 0);
  const formCount = made.department.projects.length;
  if (formCount === 0 && tables.length === 0 && yearAfter.selfEvaluations.length > 0)
    return {
      kind: "selfeval",
      ...departmentOfEvaluations(yearAfter.selfEvaluations.map((s) => s.evaluation)),
      diagnostics: yearAfter.problems,
      yearAfter,
    };
  if (formCount === 0 && tables.length === 0)
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
  const alone = formCount === 0 && tables.length === 1;
  const tableProjects = tables.map(({ sheet, table }) => ({
    ...emptyProject(alone ? name : sheet.name),
    indicators: table.indicators,
  }));
  const read = new Set(tables.map((t) => t.sheet));
  const skipped = rest.filter((s) => !read.has(s) && hasText(s));
  return {
    kind: formCount === 0 ? "table" : made.template && tables.length === 0 ? "workbook" : "form",
    readBack: { projectSheets: made.projectSheets, places: made.places },
    yearAfter,
    whole: wholeSheets(list),
    department: {
      ...(formCount > 0 ? made.department : emptyDepartment()),
      projects: [...made.department.projects, ...tableProjects],
    },
    diagnostics: [
      ...made.problems,
      ...tables.flatMap(({ table }, k) =>
        table.diagnostics.map((p) => inProject(p, formCount + k))
      ),
      ...skipped.map(notImported),
    ],
  };
}

/** The error importSheets gives when no sheet held a project. */
const foundNothing = (result: DetectedImport) =>
  result.diagnostics.some((d) => d.rule === "import/table" && d.severity === "error") &&
  result.department.projects.every((p) => p.indicators.length === 0 && p.budget === null);

/**
 * The other sheets' import with the flat layout's projects after theirs; the department's unit
 * from the flat layout when nothing else names it.
 */
function withFlat(others: DetectedImport, flat: ReturnType<typeof readFlatSheets>): DetectedImport {
  const onlyFlat = foundNothing(others);
  const base = onlyFlat ? emptyDepartment() : others.department;
  const first = base.projects.length;
  const unit = flat.reads.find((r) => r.unitCode || r.unitName);
  return {
    ...others,
    kind: onlyFlat ? "flat" : others.kind,
    department: {
      ...base,
      unitCode: base.unitCode || unit?.unitCode || "",
      unitName: base.unitName || unit?.unitName || "",
      projects: [...base.projects, ...flat.projects],
    },
    diagnostics: [
      ...(onlyFlat ? [] : others.diagnostics),
      ...flat.problems.map((p) => {
        const project = projectOf(p.at);
        return project === null ? p : inProject(p, first + project);
      }),
    ],
  };
}
