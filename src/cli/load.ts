/** Reads an input file of any kind `pt` takes into the department, with what could not be read. */
import { existsSync, readFileSync } from "fs";
import { basename, extname, join } from "path";
import { DetectedImport, importSheets, importText } from "../core/import";
import { importPdf, PdfImport } from "../core/import/pdf";
import { SheetValues } from "../core/layout/workbook";
import { Department, SelfEvaluation } from "../core/model";
import { formatProblem, Problem } from "../core/problem";
import { readSheetValues, readXlsx } from "../hosts/xlsx";
import { CliError } from "./command";
import { PACKAGE_ROOT } from "./root";

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

/** The sheets of an .xlsx file as grids of values. */
export async function readSheets(input: string): Promise<SheetValues[]> {
  if (!existsSync(input)) throw new CliError(`找不到文件：${input}`, 2);
  let workbook;
  try {
    workbook = await readXlsx(readFileSync(input), { valuesOnly: true });
  } catch {
    throw new CliError(`无法读取 .xlsx 文件：${input}`);
  }
  return workbook.worksheets.map(readSheetValues);
}

export async function loadDepartment(input: string): Promise<Loaded> {
  if (!existsSync(input)) throw new CliError(`找不到文件：${input}`, 2);
  const extension = extname(input).toLowerCase();
  const name = basename(input, extname(input));
  let result: DetectedImport | PdfImport;
  if (extension === ".pdf") {
    result = await importPdf(new Uint8Array(readFileSync(input)), { name });
  } else if (extension === ".xlsx") {
    result = importSheets(await readSheets(input), name);
  } else {
    result = importText(readFileSync(input, "utf8"), name, extension === ".txt" ? "" : extension);
  }
  const found = result.department.projects.some(
    (p) => p.indicators.length > 0 || p.budget !== null
  );
  if (!found || (result.kind === "json" && result.diagnostics.length > 0)) {
    throw new CliError(`没有读到任何项目表：\n${result.diagnostics.map(formatProblem).join("\n")}`);
  }
  return result;
}

/** Prints what could not be read, one line each, to standard error. */
export function printProblems(problems: readonly Problem[], err: (text: string) => void): void {
  for (const problem of problems) err(`注意 ${formatProblem(problem)}\n`);
}
