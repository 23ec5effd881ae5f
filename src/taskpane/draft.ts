/**
 * What the task pane's forms hold (text as typed) and how it becomes the model, with a Chinese
 * message for each field that cannot be used. Pure, so it is tested in Node.
 */
import { readAmount } from "../core/amount";
import { FrameworkId, placeIn } from "../core/framework";
import type { LibrarySuggestion } from "../core/library/search";
import { Department, IndicatorRow, Project } from "../core/model";
import { parseTarget } from "../core/target";

export interface UnitDraft {
  unitCode: string;
  unitName: string;
  year: string;
}

export interface ProjectDraft {
  index: string;
  code: string;
  name: string;
  budget: string;
  fiscalFunds: string;
  otherFunds: string;
  purpose: string;
  months: number[];
  amounts: string[];
  goals: string;
  indicators: IndicatorRow[];
  /**
   * Beside `indicators`, row for row: the typical 指标值 of a row added from the 指标库, shown
   * as the row's hint and never written into it (the accountant sets the value).
   */
  hints?: string[];
}

export interface OverviewDraft {
  overallGoal: string;
  itemGoals: string;
  measures: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

function money(
  text: string,
  field: string,
  label: string,
  problems: FieldProblem[]
): number | null {
  const amount = readAmount(text, label);
  if (!amount.ok) problems.push({ field, message: amount.error });
  else if (amount.value !== null) return Math.round(amount.value * 100) / 100;
  return null;
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim().replace(/^(\d+[.、．]|（[一二三四五六七八九十]+）)\s*/, ""))
    .filter((l) => l !== "");

/**
 * The review rules' findings the form shows beside its amounts (form-review.ts): the form passes
 * them once loaded, which it asks for when a budget is first typed, not with the pane.
 */
export type FormReview = (project: Project) => FieldProblem[];

/**
 * The problems that stop a project table from being inserted, and warnings that do not; with
 * `review`, also the review rules' warnings on the amounts once there is a budget.
 */
export function readProjectDraft(
  draft: ProjectDraft,
  review?: FormReview
): {
  project: Project;
  problems: FieldProblem[];
  warnings: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  if (draft.name.trim() === "") problems.push({ field: "name", message: "请填写项目名称" });
  const budget = money(draft.budget, "budget", "预算数", problems);
  if (budget === null && !problems.some((p) => p.field === "budget"))
    problems.push({ field: "budget", message: "请填写预算数" });
  const fiscalFunds = money(draft.fiscalFunds, "fiscalFunds", "财政资金", problems);
  const otherFunds = money(draft.otherFunds, "otherFunds", "其他资金", problems);
  const schedule = draft.months.map((month, i) => ({
    month,
    amount: money(draft.amounts[i] ?? "", `amount${i}`, `${month}月底累计支出`, problems),
  }));
  draft.indicators.forEach((row, i) => {
    if (row.value.trim() === "") warnings.push({ field: `value${i}`, message: "指标值为空" });
    else {
      const target = parseTarget(row.value);
      if (!target.ok) problems.push({ field: `value${i}`, message: target.error });
    }
  });
  const project: Project = {
    code: draft.code.trim(),
    name: draft.name.trim(),
    budget,
    fiscalFunds,
    otherFunds,
    purpose: draft.purpose.trim(),
    schedule,
    goals: lines(draft.goals),
    indicators: draft.indicators.map((r) => ({ ...r, value: r.value.trim() })),
  };
  // The sheet's own flags, as the pane shows them before inserting: the same review rules.
  if (budget !== null && review) warnings.push(...review(project));
  return { project, problems, warnings };
}

/**
 * The draft with a 指标库 suggestion as a new row: 一级 / 二级 as the form's tree names them, the
 * 三级 and the usual 依据 filled, the 指标值 left to the accountant (its typical value kept as the
 * row's hint). The row goes after the last row of its branch, else at the end; no row is changed.
 */
export function withSuggestion(
  draft: ProjectDraft,
  framework: FrameworkId,
  s: LibrarySuggestion
): ProjectDraft {
  const place = placeIn(framework, s.level1, s.level2) ?? { level1: s.level1, level2: s.level2 };
  const row: IndicatorRow = {
    ...place,
    level3: s.level3,
    description: "",
    value: "",
    basis: s.bases[0] ?? "",
  };
  const rows = draft.indicators;
  const hints = rows.map((_, k) => draft.hints?.[k] ?? "");
  let at = rows.length;
  for (let k = rows.length - 1; k >= 0; k--)
    if (rows[k].level1 === row.level1 && rows[k].level2 === row.level2) {
      at = k + 1;
      break;
    }
  return {
    ...draft,
    indicators: [...rows.slice(0, at), row, ...rows.slice(at)],
    hints: [...hints.slice(0, at), s.values[0]?.text ?? "", ...hints.slice(at)],
  };
}

export function departmentOf(
  unit: UnitDraft,
  projects: Project[],
  overview?: OverviewDraft
): Department {
  const year = Number(unit.year);
  return {
    unitCode: unit.unitCode.trim(),
    unitName: unit.unitName.trim(),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    overview: {
      overallGoal: overview?.overallGoal.trim() ?? "",
      itemGoals: overview ? lines(overview.itemGoals) : [],
      measures: overview ? lines(overview.measures) : [],
    },
    projects,
  };
}
