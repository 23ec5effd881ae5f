/**
 * What the pane's 自评 and 监控 pages know beyond their controls: the projects a workbook (or an
 * imported file) holds, which of them the user picked, the sheets planned for them, the date of a
 * 监控表, and the 总分 and 等级 of every 自评表 already in the workbook. Pure but for
 * `insertYearAfter`, which talks to the host, so it is tested in Node.
 */
import { ymdFromSerial } from "../core/dates";
import { Grade } from "../core/grade";
import { Department } from "../core/model";
import { defaultMonitorDate, monthsLabel } from "../core/monitor";
import { fail, ok, Outcome } from "../core/outcome";
import { Problem } from "../core/problem";
import { readDate } from "../core/progress";
import { selfEvalFindings, totalGrade, totalScore } from "../core/selfeval";
import { DEFAULT_SPLIT_NAME, level1Name, WEIGHT_SPLITS } from "../core/weights";
import { SheetPlan } from "../core/layout/plan";
import type { SheetValues } from "../core/layout/workbook";
import { readDepartment } from "../core/layout/read-department";
import {
  monitoringsOf,
  planMonitors,
  planSelfEvals,
  readYearAfter,
  selfEvaluationsOf,
} from "../core/layout/year-after";
import type { Progress } from "../hosts/excel";
import type { InsertOutcome, PaneHost } from "./host";

/** The projects to plan from, and the sheets whose 自评表 are listed. */
export interface YearSource {
  department: Department;
  /** Per project, the sheet it was read from; "" when it came from a file's text. */
  projectSheets: string[];
  sheets: SheetValues[];
  /** What could not be read on the project sheets. */
  problems: Problem[];
}

/** The project sheets of a workbook, read as `pt build --selfeval` reads them. */
export function sourceOfSheets(sheets: SheetValues[]): YearSource {
  const read = readDepartment(sheets);
  return {
    department: read.department,
    projectSheets: read.projectSheets,
    sheets,
    problems: worthSaying(read.problems),
  };
}

/**
 * What could not be read. Notes (what was read and how) are the 导入 page's, and the findings on
 * a 自评表 (偏差原因 to fill…) are counted in its row of the 自评 page's table, not said twice.
 */
const worthSaying = (problems: Problem[]) =>
  problems.filter((p) => p.severity !== "info" && !p.rule.startsWith("selfeval/"));

/** A department imported from a file (the preview); `sheets` when the file was a workbook. */
export function sourceOfImport(
  department: Department,
  sheets: SheetValues[] = [],
  problems: Problem[] = []
): YearSource {
  return {
    department,
    projectSheets: department.projects.map(() => ""),
    sheets,
    problems: worthSaying(problems),
  };
}

/** Every project at once. */
export const ALL_PROJECTS = "all";

/**
 * A project by its sheet, name and how many alike come before it, so that a pick made on one
 * reading of the workbook finds its project in the next even when sheets were added meanwhile.
 */
export function projectKey(source: YearSource, index: number): string {
  const sheet = source.projectSheets[index] ?? "";
  const name = source.department.projects[index]?.name ?? "";
  const before = source.department.projects
    .slice(0, index)
    .filter((p, i) => p.name === name && (source.projectSheets[i] ?? "") === sheet).length;
  return JSON.stringify([sheet, name, before]);
}

/** How the picker names a project: its sheet (the tab the user sees), else 1.项目名称. */
export function projectLabel(source: YearSource, index: number): string {
  const sheet = source.projectSheets[index] ?? "";
  const name = source.department.projects[index]?.name || "未命名项目";
  if (sheet === "") return `${index + 1}.${name}`;
  return sheet.includes(name) ? sheet : `${sheet}：${name}`;
}

/** The pick if the source still has it, else every project (which the picker then shows). */
export function resolvePick(source: YearSource, pick: string): string {
  const found = source.department.projects.some((_, i) => projectKey(source, i) === pick);
  return found ? pick : ALL_PROJECTS;
}

export const PICK_GONE = "所选项目已不在工作簿中，请刷新后重新选择";

/** The department with only the picked project, or every project; an Error when it is gone. */
export function pickedDepartment(source: YearSource, pick: string): Department | Error {
  if (pick === ALL_PROJECTS) return source.department;
  const index = source.department.projects.findIndex((_, i) => projectKey(source, i) === pick);
  if (index < 0) return new Error(PICK_GONE);
  return { ...source.department, projects: [source.department.projects[index]] };
}

/** A split's name with its points, from the table: 湖北（预算执行率 20、产出 40、效益及满意度 40）. */
export function splitLabel(name: string): string {
  const split = WEIGHT_SPLITS[name];
  if (!split) return name;
  const parts = split.groups.map((g) => `${level1Name(g.label).replace(/指标$/, "")} ${g.weight}`);
  return `${name}（预算执行率 ${split.execution}、${parts.join("、")}）`;
}

export const SPLIT_NAMES = Object.keys(WEIGHT_SPLITS);
export { DEFAULT_SPLIT_NAME };

/** What a page plans, given the department of the pick and the names in use. */
export type YearPlanner = (department: Department, taken: string[]) => SheetPlan[];

export const selfEvalPlanner =
  (split: string): YearPlanner =>
  (department, taken) =>
    planSelfEvals(selfEvaluationsOf(department, { split }), taken);

export const monitorPlanner =
  (asOf: number): YearPlanner =>
  (department, taken) =>
    planMonitors(monitoringsOf(department, asOf), taken);

/**
 * Inserts the sheets planned for the pick. Inside Excel or WPS the workbook is read afresh first,
 * so that a project sheet edited since the page read it is planned as it is now; the preview plans
 * from the file it was given. Nothing to plan is an Error in Chinese, as is a pick that is gone.
 */
export async function insertYearAfter(
  host: PaneHost,
  current: YearSource,
  pick: string,
  planner: YearPlanner,
  onProgress: Progress,
  file: string
): Promise<InsertOutcome> {
  const source = host.kind === "preview" ? current : sourceOfSheets(await host.readWorkbook());
  const department = pickedDepartment(source, pick);
  if (department instanceof Error) throw department;
  if (department.projects.length === 0) throw new Error(NO_PROJECTS);
  return host.insert((taken) => planner(department, taken), onProgress, { file });
}

export const NO_PROJECTS = "没有找到项目绩效目标表";

/** The preview's downloads, named as `pt build --selfeval` / `--monitor` name theirs. */
export const SELFEVAL_FILE = "绩效自评表.xlsx";
export const MONITOR_FILE = "绩效运行监控表.xlsx";

/** yyyy-mm-dd, as the date field shows a serial date. */
export function dateText(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The 监控 date offered: 7月底 of the budget year, or of `today`'s year when it is unknown. */
export function defaultDateText(year: number | null, today: Date = new Date()): string {
  return dateText(defaultMonitorDate(year ?? today.getFullYear()));
}

/** The date typed, as a serial with how it was read (2023年7月31日，1–7月), or a message. */
export function readMonitorDate(text: string): Outcome<{ serial: number; meaning: string }> {
  const date = readDate(text.trim());
  if (!date.ok) return date;
  if (date.value === null) return fail("请填写截至日期");
  const { year, month, day } = ymdFromSerial(date.value);
  return ok({
    serial: date.value,
    meaning: `${year}年${month}月${day}日（${monthsLabel(date.value)}）`,
  });
}

export interface ScoreRow {
  sheet: string;
  project: string;
  /** null while nothing is scored, or when a row cannot be scored. */
  total: number | null;
  grade: Grade | "";
  /** What the budget system would query: 偏差原因 to fill, scores outside their band… */
  findings: string[];
}

/** 总分 and 等级 of every 自评表 among the sheets, by the core's scoring of what they hold. */
export function selfEvalScores(sheets: SheetValues[]): ScoreRow[] {
  return readYearAfter(sheets).selfEvaluations.map(({ sheet, evaluation }) => ({
    sheet,
    project: evaluation.project.name,
    total: totalScore(evaluation),
    grade: totalGrade(evaluation),
    findings: selfEvalFindings(evaluation).map((p) => p.message),
  }));
}
