/**
 * A published 项目支出绩效自评表 on a sheet (the layouts of the provinces' budget systems, as a
 * workbook holds them): found by its content (a title with 自评表 and an indicator header with
 * 实际完成值 and 得分), its columns found by their headers as the text reader finds them
 * (selfeval.ts, selfeval-rows.ts share the patterns), rows read by the year-after readers' one row
 * loop. Returns the model, what the sheet prints (得分, 总分, 评价等级) and where each cell is, so
 * that the review can point at it.
 */
import { parseAmount } from "../amount";
import type { FundLine, IndicatorResult, SelfEvaluation } from "../model";
import type { Problem } from "../problem";
import { DEFAULT_SCORE_METHOD } from "../score";
import { projectFunds } from "../selfeval";
import { defaultSplit } from "../weights";
import { cellName, Scalar } from "../layout/plan";
import { cellText as text } from "../layout/read-cells";
import { readIndicatorRows } from "../layout/read-rows";
import type { ReadSelfEval } from "../layout/selfeval-read";
import type { SelfEvalPlaces } from "../layout/year-after-places";
import { composeValue } from "./columns";
import { FUND_COLUMNS, FUND_LINE, FundColumns } from "./selfeval";
import { Column, HEADERS, pointsOf } from "./selfeval-rows";

const key = (v: Scalar | undefined) => text(v).replace(/\s/g, "");
const blank = (t: string) => t === "" || t === "/" || t === "—" || t === "-";
const TOTAL = /^(总分|合计|总计)$/;
const GRADE = /^(评价等级|自评等级|等级|自评结论)[:：]?(.*)$/;
const SECTION = /^(年度总体目标|项目年度目标|绩效指标|一级指标)/;

function numberOf(v: Scalar | undefined): number | null {
  if (typeof v === "number") return v;
  const t = text(v);
  return blank(t) ? null : parseAmount(t.replace(/%$/, ""));
}

/** A share: 0.95 as printed in a percent cell, or 95% as text. */
function rateOf(v: Scalar | undefined): number | null {
  const n = numberOf(v);
  if (n === null) return null;
  return typeof v === "string" && v.trim().endsWith("%") ? n / 100 : n;
}

const actualOf = (v: Scalar | undefined): string | number | null =>
  typeof v === "number" ? v : blank(text(v)) ? null : text(v);

/** The header row of the indicator table and the column of each header (0-based). */
function indicatorHeader(grid: Scalar[][]): { row: number; columns: Map<Column, number> } | null {
  for (let r = 0; r < grid.length; r++) {
    const columns = new Map<Column, number>();
    (grid[r] ?? []).forEach((v, c) => {
      const match = HEADERS.find(([column, p]) => !columns.has(column) && p.test(key(v)));
      if (match) columns.set(match[0], c);
    });
    if (
      ["level1", "level2", "level3", "value", "actual", "score"].every((h) =>
        columns.has(h as Column)
      )
    )
      return { row: r, columns };
  }
  return null;
}

/** Whether a sheet is a published 自评表 (any layout with the indicator header above). */
export function looksPublishedSelfEval(grid: Scalar[][]): boolean {
  const titled = grid.slice(0, 6).some((row) => (row ?? []).some((v) => /自评表/.test(text(v))));
  return titled && indicatorHeader(grid) !== null;
}

interface Funds {
  funds: FundLine[];
  execution: SelfEvaluation["execution"];
  rate: number | null;
  cells: SelfEvalPlaces["cells"];
}

/** The funds block: its header (年初预算数 …) and the lines below it, the first the total. */
function readFunds(grid: Scalar[][], end: number): Funds {
  const read: Funds = {
    funds: [],
    execution: { weight: null, score: null, reason: "" },
    rate: null,
    cells: {},
  };
  const headerRow = grid.findIndex(
    (row, r) => r < end && (row ?? []).some((v) => FUND_COLUMNS[0][1].test(key(v)))
  );
  if (headerRow < 0) return read;
  const columns = new Map<keyof FundColumns, number>();
  (grid[headerRow] ?? []).forEach((v, c) => {
    const match = FUND_COLUMNS.find(([, p]) => p.test(key(v)));
    if (match && !columns.has(match[0])) columns.set(match[0], c);
  });
  const first = Math.min(...columns.values());
  for (let r = headerRow + 1; r < end; r++) {
    const row = grid[r] ?? [];
    if (row.some((v) => SECTION.test(key(v)))) break;
    const label =
      [...row.slice(0, first)]
        .reverse()
        .map(key)
        .find((t) => t !== "") ?? "";
    if (!FUND_LINE.test(label)) continue;
    const at = (column: keyof FundColumns) =>
      columns.has(column) ? row[columns.get(column) as number] : null;
    read.funds.push({
      label: label.replace(/[:：]$/, ""),
      initial: numberOf(at("initial")),
      adjusted: numberOf(at("adjusted")),
      spent: numberOf(at("spent")),
    });
    if (read.funds.length > 1) continue;
    const reason = text(at("reason"));
    read.execution = {
      weight: numberOf(at("weight")),
      score: numberOf(at("score")),
      reason: blank(reason) ? "" : reason,
    };
    read.rate = rateOf(at("rate"));
    const cell = (column: keyof FundColumns) =>
      columns.has(column) ? cellName(r + 1, (columns.get(column) as number) + 1) : undefined;
    read.cells = {
      executionWeight: cell("weight"),
      rate: cell("rate"),
      executionScore: cell("score"),
      executionReason: cell("reason"),
    };
  }
  return read;
}

/** The 总分 row below the table (0-based), and the 评价等级 cell with its text. */
function readEnd(grid: Scalar[][], from: number, before: number) {
  let total = -1;
  let grade: { cell: string; text: string } | null = null;
  for (let r = from; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (total < 0 && row.slice(0, before).some((v) => TOTAL.test(key(v)))) total = r;
    row.forEach((v, c) => {
      const match = GRADE.exec(key(v));
      if (!match || grade) return;
      if (match[2] !== "") grade = { cell: cellName(r + 1, c + 1), text: match[2] };
      else {
        const next = row.findIndex((w, k) => k > c && text(w) !== "");
        if (next >= 0) grade = { cell: cellName(r + 1, next + 1), text: text(row[next]) };
      }
    });
  }
  return { total, grade: grade as { cell: string; text: string } | null };
}

/** Reads a published 自评表 from a sheet's grid, or null when the sheet is not one. */
export function readPublishedSelfEvalSheet(grid: Scalar[][]): ReadSelfEval | null {
  if (!looksPublishedSelfEval(grid)) return null;
  const header = indicatorHeader(grid) as NonNullable<ReturnType<typeof indicatorHeader>>;
  const col = (c: Column) => header.columns.get(c) ?? -1;
  const at = (r: number, c: Column) => (col(c) >= 0 ? (grid[r]?.[col(c)] ?? null) : null);
  const end = readEnd(grid, header.row + 1, col("weight") >= 0 ? col("weight") : col("score"));
  const last = end.total >= 0 ? end.total : grid.length;
  const results: IndicatorResult[] = [];
  const scores: (number | null)[] = [];
  const width = Math.max(...header.columns.values()) + 1;
  const rows = readIndicatorRows(
    grid,
    header.row + 1,
    last,
    {
      level1: col("level1"),
      level2: col("level2"),
      level3: col("level3"),
      value: col("value"),
      width,
    },
    (r, cells) => {
      const reason = col("reason") >= 0 ? cells[col("reason")] : "";
      results.push({
        actual: actualOf(at(r, "actual")),
        weight: numberOf(at(r, "weight")),
        score: numberOf(at(r, "score")),
        reason: blank(reason) ? "" : reason,
      });
      scores.push(numberOf(at(r, "score")));
    }
  );
  const indicators = rows.indicators.map((row, i) => ({
    ...row,
    level1: pointsOf(row.level1)[0],
    value: composeValue({
      value: row.value,
      nature: text(at(rows.rows[i], "nature")),
      unit: text(at(rows.rows[i], "unit")),
      direction: "",
    }).value,
  }));
  const funds = readFunds(grid, header.row);
  const totalCell = (c: Column) =>
    end.total >= 0 && col(c) >= 0 ? cellName(end.total + 1, col(c) + 1) : undefined;
  const places: SelfEvalPlaces = {
    rows: rows.rows.map((r) => r + 1),
    columns: Object.fromEntries(
      (["level3", "value", "actual", "weight", "score", "reason"] as const)
        .filter((c) => col(c) >= 0)
        .map((c) => [c, col(c) + 1])
    ),
    cells: Object.fromEntries(
      Object.entries({
        ...funds.cells,
        weightTotal: totalCell("weight"),
        total: totalCell("score"),
        grade: end.grade?.cell,
      }).filter(([, cell]) => cell !== undefined)
    ),
  };
  const name = text(
    grid.flatMap((row) => row ?? []).find((v, i, all) => key(all[i - 1]) === "项目名称")
  );
  const coded = /^([0-9A-Za-z]{10,})[-－—](.+)$/.exec(name);
  const year = /(\d{4})\s*年度?/.exec(
    grid
      .slice(0, 3)
      .flatMap((row) => (row ?? []).map(text))
      .join(" ")
  );
  const evaluation: SelfEvaluation = {
    project: {
      code: coded ? coded[1] : "",
      name: coded ? coded[2] : name,
      ...projectFunds(funds.funds),
      purpose: "",
      schedule: [],
      goals: [],
      indicators,
    },
    year: year ? Number(year[1]) : null,
    department: "",
    unit: "",
    funds: funds.funds,
    execution: funds.execution,
    achieved: "",
    results,
    split: defaultSplit(),
    method: DEFAULT_SCORE_METHOD,
  };
  const onTotal = (c: Column) =>
    end.total >= 0 && col(c) >= 0 ? numberOf(grid[end.total]?.[col(c)]) : null;
  const problems: Problem[] = [];
  return {
    evaluation,
    problems,
    places,
    shown: {
      scores,
      executionScore: funds.execution.score,
      rate: funds.rate,
      weightTotal: onTotal("weight"),
      total: onTotal("score"),
      grade: end.grade?.text ?? "",
    },
  };
}
