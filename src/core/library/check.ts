/**
 * The review of the 指标库's data (issue 19), for the check script and the tests: every 指标值
 * reads through the grammar (a number, a range) or is 定性 (words the grammar reads as for a person
 * to judge, or a reference such as 据实), every 二级 belongs to its 一级 in the 2015 or 2021
 * framework, no row twice, every table with its source address, 省, 年度 and one of the 12 kinds;
 * and the counts the issue asks for. Each finding points at its file and line.
 */
import { belongsTo, LEVEL1_NAMES } from "../framework";
import { readForm } from "./forms";
import { isLibraryKind, LIBRARY_KINDS, TABLE_FORMS } from "./kinds";
import type { LibraryProblem } from "./parse";
import { foldKey, level3Key } from "./text";
import type { LibraryRow, LibraryTable } from "./types";

/** The minimums. */
export const LIBRARY_GOALS = { rows: 600, tables: 80, provinces: 15, kinds: 12 } as const;

export interface LibraryCounts {
  rows: number;
  tables: number;
  provinces: number;
  kinds: number;
  /** Rows the grammar reads as an amount or range, and rows classed 定性. */
  quantitative: number;
  qualitative: number;
}

/** A web address, or a published document kept in this repository (samples/…, its text as read). */
const SOURCE = /^https?:\/\/\S+$|^samples\/\S+$/i;
/** A table of fewer rows is a fragment (GATHER.md asks for 3 at least). */
const MIN_ROWS = 3;
const YEAR = /^(?:19|20)\d\d$|^未知$/;

type Report = (at: { file: string; line: number }, messageId: string, message: string) => void;

function checkTable(table: LibraryTable, report: Report): void {
  const at = table;
  if (!SOURCE.test(table.source))
    report(at, "no-source", `表 ${table.id} 缺少来源地址（http… 或仓库中的 samples/…）`);
  if (table.province === "") report(at, "no-province", `表 ${table.id} 缺少省份`);
  if (!YEAR.test(table.year))
    report(at, "bad-year", `表 ${table.id} 的年度“${table.year}”应为四位年份或“未知”`);
  if (!isLibraryKind(table.kind))
    report(
      at,
      "bad-kind",
      `表 ${table.id} 的类别“${table.kind}”不在 12 类之中（${LIBRARY_KINDS.join("、")}）`
    );
  if (!(TABLE_FORMS as readonly string[]).includes(table.form))
    report(
      at,
      "bad-form",
      `表 ${table.id} 的表种“${table.form}”应为 ${TABLE_FORMS.join("、")} 之一`
    );
  if (table.name === "") report(at, "no-name", `表 ${table.id} 缺少项目名称`);
  if (table.rows.length < MIN_ROWS)
    report(
      at,
      "few-rows",
      `表 ${table.id} 只有 ${table.rows.length} 行指标，至少应有 ${MIN_ROWS} 行`
    );
}

function checkRow(table: LibraryTable, row: LibraryRow, report: Report): void {
  const at = { file: table.file, line: row.line };
  if (!LEVEL1_NAMES.includes(row.level1))
    report(at, "bad-level1", `一级指标“${row.level1}”不是 ${LEVEL1_NAMES.join("、")} 之一`);
  else if (!belongsTo(row.level1, row.level2))
    report(
      at,
      "bad-level2",
      `二级指标“${row.level2}”不属于一级指标“${row.level1}”（2015 与 2021 框架均无）`
    );
  if (level3Key(row.level3) === "") report(at, "no-level3", "三级指标为空");
  const form = readForm(row.value);
  if (!form.ok) report(at, "bad-value", `指标值既不能按语法读出，也不是定性描述：${form.error}`);
}

/** Every finding of the data; an empty list means the library is clean. */
export function checkLibrary(tables: readonly LibraryTable[]): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  const report: Report = (at, messageId, message) =>
    problems.push({
      rule: `library/${messageId}`,
      severity: "error",
      messageId,
      message,
      file: at.file,
      line: at.line,
    });
  const ids = new Map<string, LibraryTable>();
  const sources = new Map<string, LibraryTable>();
  for (const table of tables) {
    const id = `${table.file}\u0000${table.id}`;
    if (ids.has(id))
      report(table, "duplicate-id", `表编号 ${table.id} 重复（第 ${ids.get(id)!.line} 行已用）`);
    ids.set(id, table);
    // One page may hold several projects; the same project from the same page twice is a copy.
    const copy = `${table.source}\u0000${foldKey(table.name)}\u0000${foldKey(table.place)}`;
    const first = sources.get(copy);
    if (first)
      report(
        table,
        "duplicate-table",
        `表 ${table.id} 与 ${first.file} 的表 ${first.id} 是同一来源的同一项目`
      );
    else sources.set(copy, table);
    checkTable(table, report);
    const rows = new Map<string, number>();
    for (const row of table.rows) {
      checkRow(table, row, report);
      const key = [row.level1, row.level2, level3Key(row.level3), foldKey(row.value)].join(
        "\u0000"
      );
      const seen = rows.get(key);
      if (seen !== undefined)
        report({ file: table.file, line: row.line }, "duplicate-row", `与第 ${seen} 行重复`);
      else rows.set(key, row.line);
    }
  }
  return problems;
}

/** The counts the issue sets goals for, and how many rows are read as amounts or as 定性. */
export function countLibrary(tables: readonly LibraryTable[]): LibraryCounts {
  let quantitative = 0;
  let qualitative = 0;
  for (const table of tables)
    for (const row of table.rows) {
      const form = readForm(row.value);
      if (form.ok && form.form.reading === "定性") qualitative++;
      else if (form.ok) quantitative++;
    }
  return {
    rows: tables.reduce((sum, t) => sum + t.rows.length, 0),
    tables: tables.length,
    provinces: new Set(tables.map((t) => t.province).filter((p) => p !== "")).size,
    kinds: new Set(tables.map((t) => t.kind).filter(isLibraryKind)).size,
    quantitative,
    qualitative,
  };
}

/** The counts that fall short of the goals, in words; empty when all are met. */
export function shortfalls(counts: LibraryCounts): string[] {
  const names = { rows: "指标行", tables: "表", provinces: "省份", kinds: "类别" } as const;
  return (Object.keys(LIBRARY_GOALS) as (keyof typeof LIBRARY_GOALS)[])
    .filter((key) => counts[key] < LIBRARY_GOALS[key])
    .map((key) => `${names[key]} ${counts[key]} 个，少于要求的 ${LIBRARY_GOALS[key]} 个`);
}
