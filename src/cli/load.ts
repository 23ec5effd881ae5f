/** Reads an input file of any kind `pt` takes into the department, with what could not be read. */
import { existsSync, readFileSync } from "fs";
import { basename, join } from "path";
import { DetectedImport } from "../core/import";
import { openDocument, Opened, Readers } from "../core/import/open";
import { SheetValues } from "../core/layout/workbook";
import { Department, SelfEvaluation } from "../core/model";
import { formatProblem, Problem } from "../core/problem";
import { CliError } from "./command";
import { PACKAGE_ROOT } from "./root";

/**
 * The readers, required when a file needs them: the command line is CommonJS (bundled, or tsx),
 * where import() of .ts fails; requiring on first use keeps SheetJS and the PDF reader out of the
 * start of every command (`pt build` of a text file loads neither).
 */
const READERS: Readers = {
  sheetjs: async () =>
    require("../core/import/spreadsheet") as typeof import("../core/import/spreadsheet"),
  xlsx: async () => require("../hosts/xlsx") as typeof import("../hosts/xlsx"),
  pdf: async () => require("../core/import/pdf") as typeof import("../core/import/pdf"),
};

export const SAMPLE = join(PACKAGE_ROOT, "samples", "seed-zhengding-2023.txt");

export interface Loaded {
  department: Department;
  diagnostics: Problem[];
  /** When the input was a published 自评表. */
  selfEvaluations?: SelfEvaluation[];
  /** For a workbook made by the templates: where each project was found (review locates cells by it). */
  readBack?: DetectedImport["readBack"];
  /** The 自评表 and 监控表 of a workbook. */
  yearAfter?: DetectedImport["yearAfter"];
  whole?: DetectedImport["whole"];
  kind?: DetectedImport["kind"] | "pdf";
}

/** Any input file read by its content (the one entry the pane uses too). */
async function open(input: string): Promise<Opened> {
  if (!existsSync(input)) throw new CliError(`找不到文件：${input}`, 2);
  return openDocument(new Uint8Array(readFileSync(input)), basename(input), { readers: READERS });
}

/** The sheets of a workbook (.xlsx, .xls, .ods, Excel 2003 XML) or a page's tables, as grids of values. */
export async function readSheets(input: string): Promise<SheetValues[]> {
  const { imported, sheets } = await open(input);
  if (sheets.length === 0) {
    const why = imported.diagnostics.filter((d) => d.severity === "error").map(formatProblem);
    throw new CliError(`无法读取工作表：${input}${why.length > 0 ? `\n${why.join("\n")}` : ""}`);
  }
  return sheets;
}

export async function loadDepartment(input: string): Promise<Loaded> {
  const result = (await open(input)).imported;
  const found = result.department.projects.some(
    (p) => p.indicators.length > 0 || p.budget !== null
  );
  if (!found || (result.kind === "json" && result.diagnostics.length > 0)) {
    // What the file turned out to be comes first: `pt review` shows one line per file.
    const format = result.diagnostics.find((d) => d.rule.startsWith("import/format"));
    throw new CliError(
      `没有读到任何项目表${format ? `（${format.message}）` : ""}：\n${result.diagnostics.map(formatProblem).join("\n")}`
    );
  }
  return result;
}

/** Prints what could not be read, one line each, to standard error. */
export function printProblems(problems: readonly Problem[], err: (text: string) => void): void {
  for (const problem of problems) err(`注意 ${formatProblem(problem)}\n`);
}
