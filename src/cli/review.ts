/**
 * `pt review 文件或文件夹…`: the budget reviewer's check of many units' tables at once. Prints one
 * line per finding (or JSON), optionally writes a report workbook, and exits 1 when any error was
 * found, 2 when a file could not be read (the others are still reviewed), 0 otherwise.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { dirname, extname, join, relative, resolve } from "path";
import {
  ActiveRule,
  defaultRules,
  FileReview,
  findingRecords,
  formatJson,
  formatText,
  planReviewReport,
  DEFAULT_PRESET,
  presetRules,
  REVIEW_PRESETS,
  reviewImport,
} from "../core/review";
import { writeXlsx } from "../hosts/xlsx";
import { CliError, Command, flag, Io, stringOption } from "./command";
import { loadDepartment } from "./load";

/** What a folder is searched for: everything `pt build` reads. */
const INPUTS = new Set([".xlsx", ".txt", ".csv", ".tsv", ".json", ".pdf"]);

/** The files named, with folders expanded (recursively, sorted; hidden and Excel lock files left out). */
export function inputFiles(paths: string[], exclude: string | undefined): string[] {
  const files: string[] = [];
  const visit = (path: string, top: boolean) => {
    const stats = existsSync(path) ? statSync(path) : null;
    if (stats?.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith(".") || name.startsWith("~$")) continue;
        visit(join(path, name), false);
      }
    } else if (top || INPUTS.has(extname(path).toLowerCase())) {
      if (!exclude || resolve(path) !== exclude) files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return files;
}

/** The rules of a preset (财政部 by default), with a settings file's over them. */
function readSettings(path: string | undefined, preset: string | undefined): ActiveRule[] {
  if (path === undefined && preset === undefined) return defaultRules();
  let parsed: unknown = {};
  if (path !== undefined) {
    try {
      parsed = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new CliError(`无法读取审核设置 ${path}：${(error as Error).message}`, 2);
    }
  }
  const active = presetRules(preset ?? DEFAULT_PRESET, parsed);
  if (!active.ok)
    throw new CliError(
      path !== undefined ? `审核设置 ${path} 有误：${active.error}` : active.error,
      2
    );
  return active.value;
}

async function reviewFile(
  file: string,
  active: readonly ActiveRule[],
  reportDir: string | undefined
): Promise<FileReview> {
  try {
    const loaded = await loadDepartment(file);
    const isWorkbook = extname(file).toLowerCase() === ".xlsx";
    return {
      file,
      result: reviewImport(loaded, active),
      ...(isWorkbook && reportDir && { link: relative(reportDir, resolve(file)) }),
    };
  } catch (error) {
    return { file, error: (error as Error).message.split("\n")[0] };
  }
}

function summary(reviews: readonly FileReview[]): string {
  const read = reviews.filter((r) => r.result);
  const count = (key: "errors" | "warnings") =>
    read.reduce((sum, r) => sum + (r.result?.[key] ?? 0), 0);
  const projects = read.reduce((sum, r) => sum + (r.result?.department.projects.length ?? 0), 0);
  const failed = reviews.length - read.length;
  return (
    `审核 ${reviews.length} 个文件、${projects} 个项目：错误 ${count("errors")} 条，警告 ${count("warnings")} 条` +
    (failed > 0 ? `；${failed} 个文件无法读取` : "")
  );
}

function progress(io: Io, done: number, total: number, file: string): void {
  if (!io.progress) return;
  io.progress(`\r审核 ${done}/${total} ${file}\x1b[K`);
  if (done === total) io.progress("\r\x1b[K");
}

export const review: Command = {
  name: "review",
  usage: `  pt review 文件或文件夹… [--json] [--report 审核结果.xlsx] [--preset 预设] [--settings 审核设置.json]
      按预算审核规则检查工作簿（以及 pt build 能读的公开文本、指标表、模型 JSON），每条问题一行：
      “文件 工作表!单元格 [错误|警告] 说明”。有错误时退出码为 1，否则为 0；有文件无法读取时为 2
      （其余文件照常审核）。给出文件夹时审核其中所有 .xlsx / .txt / .csv / .tsv / .json 文件。
      --json：输出一个 JSON 数组，每条为 {file, sheet, cell, severity, rule, message}。
      --report：另写审核结果工作簿：汇总表（单位、项目数、错误、警告、结论，可点击跳转）和每个单位一张明细表。
      --preset：审核预设，${REVIEW_PRESETS.map((p) => p.id).join(" 或 ")}（默认 ${DEFAULT_PRESET}）：
${REVIEW_PRESETS.map((p) => `        ${p.id}：${p.description}`).join("\n")}
      --settings：审核设置（JSON），如 {"rules": {"satisfaction-min": ["warning", {"min": 85}]}}；
        与 --preset 同用时逐条覆盖预设。
      自评表、监控表按自评、监控规则审核，不按目标表规则审核；同一工作簿中的汇总表与各项目表互相核对。`,
  options: {
    json: { type: "boolean" },
    report: { type: "string" },
    settings: { type: "string" },
    preset: { type: "string" },
  },
  async run(args, io) {
    if (args.positionals.length === 0) throw new CliError("请给出要审核的文件或文件夹", 2);
    const json = flag(args, "json");
    const report = stringOption(args, "report");
    const active = readSettings(stringOption(args, "settings"), stringOption(args, "preset"));
    const files = inputFiles(args.positionals, report && resolve(report));
    if (files.length === 0) throw new CliError("没有找到可审核的文件", 2);
    const reportDir = report ? dirname(resolve(report)) : undefined;

    const reviews: FileReview[] = [];
    for (const file of files) {
      const one = await reviewFile(file, active, reportDir);
      reviews.push(one);
      if (one.error) io.err(`${file} [无法读取] ${one.error}\n`);
      else if (!json) io.out(formatText(findingRecords(file, one.result!)));
      progress(io, reviews.length, files.length, file);
    }
    const tell = json ? io.err : io.out;
    if (json)
      io.out(
        formatJson(reviews.flatMap((r) => (r.result ? findingRecords(r.file, r.result) : [])))
      );
    else tell(`${summary(reviews)}\n`);
    if (report) {
      writeFileSync(report, await writeXlsx(planReviewReport(reviews)));
      tell(`已写入 ${report}\n`);
    }
    if (reviews.some((r) => r.error)) return 2;
    return reviews.some((r) => (r.result?.errors ?? 0) > 0) ? 1 : 0;
  },
};
