/**
 * The command line: `pt build [input] -o out.xlsx` writes the department workbook from a published
 * PDF or its text, a table file or a model as JSON (no input: the bundled sample); `pt read
 * file.xlsx` prints the model of a workbook made by the templates as JSON.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { basename, extname, join } from "path";
import { DetectedImport, importSheets, importText } from "../core/import";
import { importPdf, PdfImport } from "../core/import/pdf";
import { formatProblem, Problem } from "../core/problem";
import { planDepartment } from "../core/layout";
import { Department } from "../core/model";
import { readGrid, readXlsx, writeXlsx } from "../hosts/xlsx";

export const SAMPLE = join(__dirname, "..", "..", "samples", "seed-zhengding-2023.txt");

const USAGE = `用法：
  pt build [输入文件] [-o 输出.xlsx] [--with-addin]
      由公开的绩效目标文件（.pdf）或其文本（.txt）、指标表（.xlsx / .csv / .tsv）或模型（.json）生成部门工作簿；
      不给输入文件时使用内置示例（正定县城区街道办事处）。默认输出 绩效目标表.xlsx。
      --with-addin：保留 PT.* 公式（供装有加载项的 Excel 使用）；默认写为值，任何表格软件都能打开。
  pt read 工作簿.xlsx
      读回由模板生成（可能已被修改）的工作簿，以 JSON 输出部门模型。`;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message);
  }
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

function describe(diagnostics: Problem[]): string[] {
  return diagnostics.map(formatProblem);
}

/** Reads an input file into the department, with what could not be read. */
export async function loadDepartment(
  input: string
): Promise<{ department: Department; diagnostics: Problem[] }> {
  if (!existsSync(input)) throw new CliError(`找不到文件：${input}`, 2);
  const extension = extname(input).toLowerCase();
  const name = basename(input, extname(input));
  let result: DetectedImport | PdfImport;
  if (extension === ".pdf") {
    result = await importPdf(new Uint8Array(readFileSync(input)), { name });
  } else if (extension === ".xlsx") {
    let workbook;
    try {
      workbook = await readXlsx(readFileSync(input));
    } catch {
      throw new CliError(`无法读取 .xlsx 文件：${input}`);
    }
    result = importSheets(
      workbook.worksheets.map((s) => ({ name: s.name, grid: readGrid(s) })),
      name
    );
  } else {
    result = importText(readFileSync(input, "utf8"), name, extension === ".txt" ? "" : extension);
  }
  const found = result.department.projects.some(
    (p) => p.indicators.length > 0 || p.budget !== null
  );
  if (!found || (result.kind === "json" && result.diagnostics.length > 0)) {
    throw new CliError(`没有读到任何项目表：\n${describe(result.diagnostics).join("\n")}`);
  }
  return result;
}

export async function main(
  args: string[],
  io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }
): Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === "build") {
      const outAt = rest.findIndex((a) => a === "-o" || a === "--out");
      const output = outAt >= 0 ? rest[outAt + 1] : "绩效目标表.xlsx";
      if (outAt >= 0 && !output) throw new CliError("-o 之后应为输出文件名", 2);
      const inputs = rest.filter((a, i) => !a.startsWith("-") && !(outAt >= 0 && i === outAt + 1));
      if (inputs.length > 1) throw new CliError(`只能给一个输入文件\n${USAGE}`, 2);
      const { department, diagnostics } = await loadDepartment(inputs[0] ?? SAMPLE);
      for (const line of describe(diagnostics)) io.err(`注意 ${line}\n`);
      const plans = planDepartment(department);
      writeFileSync(output, await writeXlsx(plans, { standalone: !rest.includes("--with-addin") }));
      const total = department.projects.reduce((sum, p) => sum + (p.budget ?? 0), 0);
      io.out(
        `已写入 ${output}：${plans.length} 张工作表，${department.projects.length} 个项目，预算合计 ${total.toFixed(2)} 万元\n`
      );
      return 0;
    }
    if (command === "read") {
      const [input] = rest;
      if (!input) throw new CliError(`请给出要读取的 .xlsx 文件\n${USAGE}`, 2);
      if (extname(input).toLowerCase() !== ".xlsx")
        throw new CliError("pt read 只读取 .xlsx 文件", 2);
      const { department, diagnostics } = await loadDepartment(input);
      for (const line of describe(diagnostics)) io.err(`注意 ${line}\n`);
      io.out(`${JSON.stringify(department, null, 2)}\n`);
      return 0;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.out(`${USAGE}\n`);
      return 0;
    }
    throw new CliError(command ? `未知命令：${command}\n${USAGE}` : USAGE, 2);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    io.err(`出错了：${(error as Error).message}\n`);
    return 1;
  }
}
