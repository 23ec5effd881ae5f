/**
 * `pt export --flat [--columns 名称或文件] 输入 -o 输出.xlsx`: the department's projects in the
 * budget system's flat import layout (one row per 三级指标, codes beside the names, 计算符号 /
 * 指标值 / 计量单位 split by the grammar), so that what was prepared in the spreadsheet goes into
 * the budget system. What the layout cannot carry is printed with its cell, as a reminder: the
 * file is written all the same (exit 0).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { flatHeaderField } from "../core/import/flat-header";
import { planFlat } from "../core/layout/flat";
import {
  columnSetOf,
  FLAT_COLUMN_SETS,
  FlatColumnSet,
  FlatExportField,
} from "../core/layout/flat-columns";
import { xlsxBytes } from "./zip";
import { Args, CliError, Command, flag, stringOption } from "./command";
import { loadDepartment, printProblems } from "./load";

const SETS = Object.values(FLAT_COLUMN_SETS)
  .map((s) => `${s.id}（${s.title}）`)
  .join("\n        ");

/** What the importer reads a column of each field as (the whole 指标值 and its number alike). */
const READ_AS: Partial<Record<FlatExportField, string>> = { target: "value" };

/** A built-in column set by name, or one from a JSON file. */
function columnSet(args: Args): { set: FlatColumnSet; unknownHeaders: string[] } {
  const name = stringOption(args, "columns") ?? "default";
  let set = FLAT_COLUMN_SETS[name];
  if (!set) {
    if (!name.toLowerCase().endsWith(".json") || !existsSync(name))
      throw new CliError(
        `--columns 应为 ${Object.keys(FLAT_COLUMN_SETS).join(" / ")} 或列设置 .json 文件`,
        2
      );
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(name, "utf8"));
    } catch (error) {
      throw new CliError(`无法读取列设置 ${name}：${(error as Error).message}`, 2);
    }
    const read = columnSetOf(parsed, name);
    if (!read.ok) throw new CliError(`列设置 ${name} 有误：${read.error}`, 2);
    set = read.value;
  }
  // Headers our own importer would not read back as the same column: the file still goes out.
  const unknownHeaders = set.columns
    .filter((c) => flatHeaderField(c.header) !== (READ_AS[c.field] ?? c.field))
    .map((c) => c.header);
  return { set, unknownHeaders };
}

export const exportCommand: Command = {
  name: "export",
  usage: `  pt export --flat [--columns 名称或文件.json] 输入文件 [-o 输出.xlsx]
      把输入（pt build 能读的任何文件）中的项目写成预算系统的导入格式：每个三级指标一行，
      项目代码与名称、一级/二级指标代码与名称、计算符号/指标值/计量单位（按指标值语法拆分）。
      默认输出 预算系统导入.xlsx。--columns 选择列设置：
        ${SETS}
      也可给出自定义列设置的 .json 文件（见 docs/flat-layout.md）。`,
  options: {
    flat: { type: "boolean" },
    columns: { type: "string" },
    out: { type: "string", short: "o" },
  },
  async run(args, io) {
    if (!flag(args, "flat"))
      throw new CliError("pt export 目前只支持 --flat（预算系统导入格式）", 2);
    if (args.positionals.length !== 1) throw new CliError("请给出一个输入文件", 2);
    const { set, unknownHeaders } = columnSet(args);
    const output = stringOption(args, "out") ?? "预算系统导入.xlsx";
    const loaded = await loadDepartment(args.positionals[0]);
    printProblems(loaded.diagnostics, io.err);
    if (unknownHeaders.length > 0)
      io.err(`注意：表头 ${unknownHeaders.join("、")} 不是本工具读回时认识的名称\n`);
    const { plan, problems } = planFlat(loaded.department, set);
    printProblems(problems, io.err);
    writeFileSync(output, await xlsxBytes([plan]));
    const rows = loaded.department.projects.reduce((n, p) => n + p.indicators.length, 0);
    io.out(
      `已写入 ${output}：${loaded.department.projects.length} 个项目，${rows} 行指标（列设置 ${set.id}）\n`
    );
    return 0;
  },
};
