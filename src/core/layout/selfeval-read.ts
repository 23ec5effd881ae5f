/**
 * Reads a 自评表 made by the template back into the model (values as a host reads them, A1 at
 * [0][0]). Rows are found by their labels, so rows inserted into the indicator table or the funds
 * block are read too; a 得分 that differs from the rule's is kept as typed by the accountant.
 */
import { DEFAULT_PRESET } from "../presets";
import { FundLine, IndicatorResult, SelfEvaluation, WeightSplit } from "../model";
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
import { cellName, parseCell, Scalar } from "./plan";
import { SelfEvalPlaces, SelfEvalShown } from "./year-after-places";
import { readIndicatorRows, RowColumns } from "./read-rows";
import { amount, cellText as text, findRow, unnumbered } from "./read-cells";
import { SELFEVAL_HEADERS, SELFEVAL_LABELS as L, SELFEVAL_TITLE } from "./selfeval-form";

export interface ReadSelfEval {
  evaluation: SelfEvaluation;
  /** What could not be read, and what the budget system would query (偏差原因, bands, weights). */
  problems: Problem[];
  /** Where the rows and the table's own cells are, and what the sheet prints (for the review). */
  places: SelfEvalPlaces;
  shown: SelfEvalShown;
}

const WEIGHT = WEIGHT_PARAMETER;
/** The template's indicator columns A–H. */
const COLUMNS: RowColumns = { level1: 0, level2: 1, level3: 2, value: 3, width: 8 };

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
  let fundsFirst = -1;
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
      fundsFirst = r;
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

  const results: IndicatorResult[] = [];
  const end = totalRow >= 0 ? totalRow : grid.length;
  const { indicators, rows: rowOf } = readIndicatorRows(
    grid,
    header + 1,
    end,
    COLUMNS,
    (r, cells) => {
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
    }
  );

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
  const places = templatePlaces(rowOf, {
    fundsFirst,
    reasonRow,
    totalRow,
    gradeRow: findRow(grid, 0, L.grade, header + 1),
  });
  const shown = shownOf(grid, evaluation, places);
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
  return { evaluation, problems, places, shown };
}

/** The template's cells: the rows as read, the funds' total line, 总分 and 评价等级 rows (0-based). */
function templatePlaces(
  rowOf: number[],
  at: { fundsFirst: number; reasonRow: number; totalRow: number; gradeRow: number }
): SelfEvalPlaces {
  const cell = (r: number, column: number) => (r >= 0 ? cellName(r + 1, column) : undefined);
  const t = at.fundsFirst;
  const cells: SelfEvalPlaces["cells"] = {
    executionWeight: cell(t, 6),
    rate: cell(t, 7),
    executionScore: cell(t, 8),
    executionReason: cell(at.reasonRow, 3),
    weightTotal: cell(at.totalRow, 6),
    total: cell(at.totalRow, 7),
    grade: cell(at.gradeRow, 6),
  };
  return {
    rows: rowOf.map((r) => r + 1),
    columns: { level3: 3, value: 4, actual: 5, weight: 6, score: 7, reason: 8 },
    cells: Object.fromEntries(Object.entries(cells).filter(([, c]) => c !== undefined)),
  };
}

/** What the sheet prints, before the scores equal to the rule's are dropped from the model. */
function shownOf(
  grid: Scalar[][],
  evaluation: SelfEvaluation,
  places: SelfEvalPlaces
): SelfEvalShown {
  const value = (cell: string | undefined): Scalar => {
    if (!cell) return null;
    const { row, column } = parseCell(cell);
    return grid[row - 1]?.[column - 1] ?? null;
  };
  const number = (cell: string | undefined) => {
    const v = value(cell);
    return typeof v === "number" ? v : null;
  };
  return {
    scores: evaluation.results.map((r) => r.score),
    executionScore: evaluation.execution.score,
    rate: number(places.cells.rate),
    weightTotal: number(places.cells.weightTotal),
    total: number(places.cells.total),
    grade: text(value(places.cells.grade)),
  };
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
