/**
 * Reads a 自评表 made by the template back into the model (values as a host reads them, A1 at
 * [0][0]). Rows are found by their labels, so rows inserted into the indicator table or the funds
 * block are read too; a 得分 that differs from the rule's is kept as typed by the accountant.
 */
import { DEFAULT_PRESET } from "../presets";
import { FundLine, IndicatorResult, IndicatorRow, SelfEvaluation, WeightSplit } from "../model";
import { Problem } from "../problem";
import {
  DEFAULT_SCORE_METHOD,
  readMethod,
  readPreset,
  readNumber,
  ScoreMethodId,
  WEIGHT_PARAMETER,
} from "../score";
import {
  CENT_TOLERANCE,
  CHECK_MESSAGES,
  projectFunds,
  ruleExecutionScore,
  ruleScore,
  selfEvalFindings,
} from "../selfeval";
import { defaultSplit } from "../weights";
import { cellName, Scalar } from "./plan";
import { amount, cellText as text, findRow, unnumbered } from "./read-cells";
import { SELFEVAL_HEADERS, SELFEVAL_LABELS as L, SELFEVAL_TITLE } from "./selfeval-form";

export interface ReadSelfEval {
  evaluation: SelfEvaluation;
  /** What could not be read, and what the budget system would query (偏差原因, bands, weights). */
  problems: Problem[];
}

const WEIGHT = WEIGHT_PARAMETER;

/** A cell as the model keeps an actual: a number, trimmed text, or null. */
function actualOf(v: Scalar | undefined): string | number | null {
  if (typeof v === "number") return v;
  const t = text(v);
  return t === "" ? null : t;
}

/** Where a cell holding `label` is, anywhere on the sheet. */
function findLabel(grid: Scalar[][], label: string): { row: number; column: number } | null {
  for (let r = 0; r < grid.length; r++) {
    const c = (grid[r] ?? []).findIndex((v) => text(v) === label);
    if (c >= 0) return { row: r, column: c };
  }
  return null;
}

/** The settings block: the split, the method and the preset; the defaults when it is gone. */
function readSettings(
  grid: Scalar[][],
  problems: Problem[]
): { split: WeightSplit; method: ScoreMethodId; preset?: string } {
  const at = (r: number, c: number) => grid[r]?.[c] ?? null;
  const found = findLabel(grid, L.split);
  if (!found) {
    problems.push({
      rule: "read/selfeval-settings",
      severity: "info",
      message: "没有找到自评设置，按默认分值分配与计分方法读取",
    });
    return { split: defaultSplit(), method: DEFAULT_SCORE_METHOD };
  }
  const { row, column: c } = found;
  const number = (r: number) => {
    const read = readNumber(at(r, c + 1), WEIGHT);
    if (read.ok) return read.value ?? 0;
    problems.push({
      rule: "read/number",
      severity: "error",
      cell: cellName(r + 1, c + 2),
      message: read.error,
    });
    return 0;
  };
  const split: WeightSplit = { execution: 0, groups: [] };
  let r = row + 1;
  for (; r < grid.length && text(at(r, c)) !== L.splitTotal; r++) {
    const label = text(at(r, c));
    if (label === "") break;
    if (label === L.execution) {
      split.execution = number(r);
      continue;
    }
    const fallback = text(at(r, c + 4));
    split.groups.push({
      label,
      level1: text(at(r, c + 3))
        .split(/[、,，]/)
        .filter(Boolean),
      weight: number(r),
      ...(fallback ? { fallback } : {}),
    });
  }
  const methodRow = findRow(grid, c, L.method, r);
  let method = DEFAULT_SCORE_METHOD;
  if (methodRow >= 0) {
    const read = readMethod(at(methodRow, c + 1));
    if (read.ok) method = read.value.id;
    else
      problems.push({
        rule: "read/method",
        severity: "error",
        cell: cellName(methodRow + 1, c + 2),
        message: read.error,
      });
  }
  const presetRow = findRow(grid, c, L.preset, r);
  if (presetRow < 0) return { split, method };
  const preset = readPreset(at(presetRow, c + 1));
  // The ministry's is what an evaluation without a preset scores by: no need to name it.
  if (preset.ok)
    return preset.value.id === DEFAULT_PRESET.id
      ? { split, method }
      : { split, method, preset: preset.value.id };
  problems.push({
    rule: "read/preset",
    severity: "error",
    cell: cellName(presetRow + 1, c + 2),
    message: preset.error,
  });
  return { split, method };
}

/** Reads a 自评表 back, or null when the grid is not one. */
export function readSelfEvalSheet(grid: Scalar[][]): ReadSelfEval | null {
  const at = (r: number, c: number) => grid[r]?.[c] ?? null;
  const header = grid.findIndex(
    (row) => text(row?.[0]) === SELFEVAL_HEADERS[0] && text(row?.[7]) === SELFEVAL_HEADERS[7]
  );
  if (text(at(0, 0)) !== SELFEVAL_TITLE || header < 0) return null;
  const problems: Problem[] = [];
  const money = (r: number, c: number) => amount(at(r, c), cellName(r + 1, c + 1), problems);

  const nameRow = findRow(grid, 0, L.name);
  const departmentRow = findRow(grid, 0, L.department);
  const fundsRow = findRow(grid, 0, L.funds);
  const reasonRow = findRow(grid, 1, L.executionReason);
  const goalsRow = findRow(grid, 0, L.goals);
  const totalRow = findRow(grid, 0, L.total, header + 1);
  const year = /（\s*(\d{4})\s*年度）/.exec(text(at(1, 0)));

  const funds: FundLine[] = [];
  let weightCell = "";
  let execution: SelfEvaluation["execution"] = { weight: null, score: null, reason: "" };
  const fundsEnd = reasonRow >= 0 ? reasonRow : goalsRow >= 0 ? goalsRow : header;
  for (let r = fundsRow + 1; fundsRow >= 0 && r < fundsEnd; r++) {
    if (text(at(r, 1)) === "" && [2, 3, 4].every((c) => text(at(r, c)) === "")) continue;
    funds.push({
      label: text(at(r, 1)),
      initial: money(r, 2),
      adjusted: money(r, 3),
      spent: money(r, 4),
    });
    if (funds.length === 1) {
      weightCell = cellName(r + 1, 6);
      const weight = readNumber(at(r, 5), WEIGHT);
      if (!weight.ok)
        problems.push({
          rule: "read/number",
          severity: "error",
          cell: weightCell,
          message: weight.error,
        });
      const score = at(r, 7);
      execution = {
        weight: weight.ok ? weight.value : null,
        score: typeof score === "number" ? score : null,
        reason: "",
      };
    }
  }
  if (reasonRow >= 0) execution.reason = text(at(reasonRow, 2));

  const indicators: IndicatorRow[] = [];
  const results: IndicatorResult[] = [];
  const rowOf: number[] = [];
  let level1 = "";
  let level2 = "";
  const end = totalRow >= 0 ? totalRow : grid.length;
  for (let r = header + 1; r < end; r++) {
    const cells = Array.from({ length: 8 }, (_, c) => text(at(r, c)));
    if (cells.every((c) => c === "")) continue;
    // Merged 一级 / 二级 cells read as empty below their first row.
    if (cells[0] !== "") {
      level1 = cells[0];
      level2 = "";
    }
    if (cells[1] !== "") level2 = cells[1];
    indicators.push({
      level1,
      level2,
      level3: cells[2],
      description: "",
      value: cells[3],
      basis: "",
    });
    const weight = readNumber(at(r, 5), WEIGHT);
    if (!weight.ok)
      problems.push({
        rule: "read/number",
        severity: "error",
        cell: cellName(r + 1, 6),
        message: weight.error,
      });
    const score = at(r, 6);
    results.push({
      actual: actualOf(at(r, 4)),
      weight: weight.ok ? weight.value : null,
      score: typeof score === "number" ? score : null,
      reason: cells[7],
    });
    rowOf.push(r);
  }

  const { split, method, preset } = readSettings(grid, problems);
  const evaluation: SelfEvaluation = {
    project: {
      code: nameRow >= 0 ? text(at(nameRow, 6)) : "",
      name: nameRow >= 0 ? text(at(nameRow, 1)) : "",
      ...projectFunds(funds),
      purpose: "",
      schedule: [],
      goals: goalsRow >= 0 ? unnumbered(text(at(goalsRow + 1, 1))) : [],
      indicators,
    },
    year: year ? Number(year[1]) : null,
    department: departmentRow >= 0 ? text(at(departmentRow, 1)) : "",
    unit: departmentRow >= 0 ? text(at(departmentRow, 6)) : "",
    funds,
    execution,
    achieved: goalsRow >= 0 ? text(at(goalsRow + 1, 5)) : "",
    results,
    split,
    method,
    ...(preset ? { preset } : {}),
  };
  keepTypedScores(evaluation);
  const cellOf = (p: Problem): string | undefined => {
    if (p.at?.kind === "indicator") {
      const r = rowOf[p.at.row] + 1;
      return p.message.endsWith(CHECK_MESSAGES.outsideBand) ? `G${r}` : `H${r}`;
    }
    if (p.rule === "selfeval/execution-reason" && reasonRow >= 0) return cellName(reasonRow + 1, 3);
    if (p.rule === "selfeval/weights-total" && totalRow >= 0) return cellName(totalRow + 1, 6);
    return weightCell || undefined;
  };
  for (const finding of selfEvalFindings(evaluation))
    problems.push({ ...finding, cell: cellOf(finding) });
  return { evaluation, problems };
}

/** A 得分 equal (to the cent) to the rule's is the formula's; only one that differs was typed. */
function keepTypedScores(evaluation: SelfEvaluation): void {
  const differs = (shown: number | null, rule: unknown) =>
    shown !== null && !(typeof rule === "number" && Math.abs(shown - rule) <= CENT_TOLERANCE);
  evaluation.results.forEach((result, i) => {
    const shown = result.score;
    result.score = null;
    if (differs(shown, ruleScore(evaluation, i))) result.score = shown;
  });
  const shown = evaluation.execution.score;
  evaluation.execution.score = null;
  if (differs(shown, ruleExecutionScore(evaluation))) evaluation.execution.score = shown;
}
