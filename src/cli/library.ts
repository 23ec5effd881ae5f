/**
 * `pt library 项目名称`: the 指标库's suggestions for a project, printed as the indicator tree
 * (一级 / 二级 / 三级 with the usual 指标值, 依据 and how many published tables use each);
 * `pt library --build 文件夹 -o 指标库.json`: a library built from a folder of tables that the
 * importers read, so a bureau can grow its own; `--library 指标库.json` searches that one.
 */
import { readFileSync, writeFileSync } from "fs";
import { byFormOrder } from "../core/framework";
import type { LibraryData } from "../core/library/data";
import type { LibrarySuggestion } from "../core/library/rank";
import { CliError, Command, flag, Io, stringOption } from "./command";
import { loadDepartment } from "./load";
import { inputFiles } from "./review";

/** The library and its search, required on first use (the generated library is the large part). */
const searchModule = () =>
  require("../core/library/search") as typeof import("../core/library/search");
const rankModule = () => require("../core/library/rank") as typeof import("../core/library/rank");

function limitOf(text: string | undefined): number {
  if (text === undefined) return 15;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw new CliError(`--limit 应为 1 到 200 之间的整数，而不是“${text}”`, 2);
  return limit;
}

/** A library file written by --build (or the generated one), checked for its shape. */
function readLibrary(path: string): LibraryData {
  let data: Partial<LibraryData>;
  try {
    data = JSON.parse(readFileSync(path, "utf8")) as Partial<LibraryData>;
  } catch (error) {
    throw new CliError(`无法读取指标库 ${path}：${(error as Error).message}`, 2);
  }
  const shaped =
    data?.version === 1 &&
    Array.isArray(data.kinds) &&
    Array.isArray(data.tables) &&
    Array.isArray(data.entries) &&
    !!data.grams &&
    typeof data.grams === "object";
  if (!shaped) throw new CliError(`${path} 不是 pt library --build 生成的指标库`, 2);
  return data as LibraryData;
}

/** The suggestions as a tree: 一级, then 二级 in form order, each 三级 with what tables write. */
export function formatTree(suggestions: readonly LibrarySuggestion[]): string {
  const sorted = [...suggestions].sort(byFormOrder);
  const lines: string[] = [];
  let level1 = "";
  let level2 = "";
  for (const s of sorted) {
    if (s.level1 !== level1) lines.push(s.level1);
    if (s.level1 !== level1 || s.level2 !== level2) lines.push(`  ${s.level2}`);
    level1 = s.level1;
    level2 = s.level2;
    const values = s.values
      .map((v) => (v.count > 1 ? `${v.text}（${v.count}）` : v.text))
      .join("、");
    const bases = s.bases.length > 0 ? `；依据：${s.bases.join("、")}` : "";
    lines.push(`    ${s.level3}  常见指标值：${values}${bases}；${s.tables} 张表（${s.kind}）`);
  }
  return `${lines.join("\n")}\n`;
}

function search(args: Parameters<Command["run"]>[0], io: Io): number {
  const name = args.positionals.join(" ").trim();
  if (name === "") throw new CliError("请给出项目名称，如：pt library 营养改善计划", 2);
  const purpose = stringOption(args, "purpose");
  const limit = limitOf(stringOption(args, "limit"));
  const path = stringOption(args, "library");
  const data = path !== undefined ? readLibrary(path) : searchModule().LIBRARY;
  const { suggestIn, guessKindsIn } = rankModule();
  const query = { name, ...(purpose !== undefined && { purpose }) };
  const suggestions = suggestIn(data, query, limit);
  if (flag(args, "json")) {
    io.out(`${JSON.stringify(suggestions, null, 2)}\n`);
    return 0;
  }
  if (suggestions.length === 0) {
    io.out(`指标库中没有与“${name}”相近的项目\n`);
    return 0;
  }
  const kinds = guessKindsIn(data, query)
    .slice(0, 3)
    .map((k) => `${k.kind} ${Math.round(k.score * 100)}%`);
  io.out(`“${name}”的推荐指标（按相近项目的公开表，项目类别：${kinds.join("、")}）：\n`);
  io.out(formatTree(suggestions));
  return 0;
}

async function build(folder: string, args: Parameters<Command["run"]>[0], io: Io): Promise<number> {
  const output = stringOption(args, "output") ?? "指标库.json";
  const files = inputFiles([folder], undefined);
  if (files.length === 0) throw new CliError(`${folder} 中没有可读取的文件`, 2);
  const { guessKinds } = searchModule();
  const { tablesOfDepartment } =
    require("../core/library/from-projects") as typeof import("../core/library/from-projects");
  const { buildLibrary } =
    require("../core/library/build") as typeof import("../core/library/build");
  const { formatLibrary } =
    require("../core/library/generate") as typeof import("../core/library/generate");
  const kindOf = (name: string, purpose: string) => guessKinds({ name, purpose })[0]?.kind ?? "";
  const tables = [];
  let unread = 0;
  for (const file of files) {
    try {
      const loaded = await loadDepartment(file);
      tables.push(...tablesOfDepartment({ file, department: loaded.department }, kindOf));
    } catch (error) {
      unread++;
      io.err(`${file} [无法读取] ${(error as Error).message.split("\n")[0]}\n`);
    }
  }
  if (tables.length === 0) throw new CliError(`${folder} 中没有读到带指标的项目表`, 1);
  const data = buildLibrary(tables);
  writeFileSync(output, formatLibrary(data));
  const rows = tables.reduce((sum, t) => sum + t.rows.length, 0);
  io.out(
    `读取 ${files.length - unread} 个文件、${tables.length} 个项目、${rows} 行指标，得到 ${data.entries.length} 条指标；已写入 ${output}\n` +
      `检索：pt library 项目名称 --library ${output}\n`
  );
  return unread > 0 ? 2 : 0;
}

export const library: Command = {
  name: "library",
  usage: `  pt library 项目名称 [--purpose 项目概况或绩效目标] [--limit 15] [--json] [--library 指标库.json]
      在指标库（各地公开的绩效目标表）中按项目名称检索推荐的三级指标，按一级、二级指标分组列出，
      附常见指标值（括号内为出现次数）、指标值确定依据，以及使用该指标的公开表张数。
      --purpose：项目概况或年度绩效目标，与名称一起用于检索。--limit：推荐条数（默认 15）。
      --json：输出 JSON 数组，每条为 {kind, level1, level2, level3, values, bases, tables, score}。
      --library：检索 pt library --build 生成的指标库，而不是内置的指标库。
  pt library --build 文件夹 [-o 指标库.json]
      读取文件夹中所有 pt build 能读的文件（工作簿、公开文本、PDF、网页、模型 JSON），把其中的项目表
      汇成本地指标库（项目类别按名称推测），供 --library 检索。有文件无法读取时退出码为 2（其余照常）。`,
  options: {
    limit: { type: "string" },
    json: { type: "boolean" },
    purpose: { type: "string" },
    library: { type: "string" },
    build: { type: "string" },
    output: { type: "string", short: "o" },
  },
  async run(args, io) {
    const folder = stringOption(args, "build");
    return folder !== undefined ? build(folder, args, io) : search(args, io);
  },
};
