/**
 * Importer for published 项目支出绩效自评表 (DESIGN §4): text extracted from a PDF becomes a
 * stream of cells — one cell a line where the extraction ends cells with `|` (empty cells kept), or
 * whitespace-separated words where it ran a table into one line (empty cells lost) — and one reader
 * finds the header, the funds block, 年度总体目标 and the indicator table by their labels. Both
 * indicator layouts are read: one 年度指标值 column (实际完成值 / 分值 / 得分 / 偏差原因), or 指标性质 /
 * 指标值 / 度量单位 split (完成值 / 权重 / 得分). What cannot be placed is reported and kept as text.
 */
import { parseAmount } from "../amount";
import { FundLine, IndicatorResult, IndicatorRow, SelfEvaluation, WeightSplit } from "../model";
import { Problem } from "../problem";
import { DEFAULT_SCORE_METHOD } from "../score";
import { fundsExecutionRate, projectFunds, selfEvalFindings } from "../selfeval";
import { parseTarget } from "../target";
import { defaultSplit } from "../weights";
import { readIndicatorRows } from "./selfeval-rows";

export interface Cell {
  text: string;
  /** 1-based line of the text. */
  line: number;
}

export interface SelfEvalImport {
  evaluation: SelfEvaluation;
  diagnostics: Problem[];
}

/** The text as cells, and whether empty cells survived the extraction. */
export function selfEvalCells(text: string): { cells: Cell[]; keepsEmpty: boolean } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const filled = lines.filter((l) => l.trim() !== "");
  const piped = filled.filter((l) => /\|\s*$/.test(l)).length;
  if (filled.length > 0 && piped >= filled.length / 2) {
    const cells = lines.flatMap((l, i) =>
      l.trim() === "" ? [] : [{ text: l.replace(/\|\s*$/, "").trim(), line: i + 1 }]
    );
    return { cells, keepsEmpty: true };
  }
  const cells = lines.flatMap((l, i) =>
    l
      .split(/\s+/)
      .filter((w) => w !== "")
      .map((w) => ({ text: w, line: i + 1 }))
  );
  return { cells, keepsEmpty: false };
}

export const FUND_COLUMNS: [keyof FundColumns, RegExp][] = [
  ["initial", /^年初预算(数)?$/],
  ["adjusted", /^(全年预算数|调整后预算数?)$/],
  ["spent", /^(全年执行数|预算执行数|执行数)$/],
  ["weight", /^(分值|权重)$/],
  ["rate", /^(预算)?执行率$/],
  ["score", /^得分$/],
  ["reason", /^(原因|偏差原因)$/],
];
export interface FundColumns {
  initial: string;
  adjusted: string;
  spent: string;
  weight: string;
  rate: string;
  score: string;
  reason: string;
}

export const FUND_LINE = /^(年度资金总额|总额|合计|其中[:：].+|.*(资金|拨款))[:：]?$/;
const SECTION = /^(年度总体目标|项目年度目标|项目基本情况|绩效指标|一级指标|\d+[.．]项目)/;
const EXPECTED = /^(预期目标|项目年度目标)$/;
const ACHIEVED = /^(实际完成情况|年度目标完成情况)$/;
const TRAILING = /^(评价结论|存在问题|改进措施|项目负责人|财务负责人|\d+[.．]项目实施内容)/;

const key = (text: string) => text.replace(/\s/g, "");
const isBlank = (text: string) => text === "" || text === "/" || text === "—" || text === "-";

function amountOf(text: string): number | null {
  return isBlank(text) ? null : parseAmount(text.replace(/%$/, ""));
}

/** The cell after the first whose text satisfies `label`, skipping a lone (盖章). */
function valueAfter(cells: Cell[], label: RegExp): string {
  const at = cells.findIndex((c) => label.test(key(c.text)));
  if (at < 0) return "";
  let next = at + 1;
  if (/^[(（]盖章[)）]$/.test(key(cells[next]?.text ?? ""))) next++;
  return cells[next]?.text ?? "";
}

function readFunds(
  cells: Cell[],
  problems: Problem[]
): { funds: FundLine[]; execution: SelfEvaluation["execution"]; printedRate: number | null } {
  const execution = { weight: null as number | null, score: null as number | null, reason: "" };
  const start = cells.findIndex((c) => FUND_COLUMNS[0][1].test(key(c.text)));
  if (start < 0) return { funds: [], execution, printedRate: null };
  const columns: (keyof FundColumns)[] = [];
  let i = start;
  for (; i < cells.length; i++) {
    const match = FUND_COLUMNS.find(([, pattern]) => pattern.test(key(cells[i].text)));
    if (!match) break;
    columns.push(match[0]);
  }
  const funds: FundLine[] = [];
  let printedRate: number | null = null;
  while (i < cells.length && !SECTION.test(key(cells[i].text))) {
    const label = key(cells[i].text);
    if (!FUND_LINE.test(label)) {
      problems.push({
        rule: "import/selfeval-funds",
        severity: "warning",
        line: cells[i].line,
        message: `资金表中的“${cells[i].text}”不在任何一行，已忽略`,
      });
      i++;
      continue;
    }
    const values: string[] = [];
    for (i++; i < cells.length; i++) {
      const t = key(cells[i].text);
      if (SECTION.test(t) || FUND_LINE.test(t)) break;
      values.push(cells[i].text);
    }
    const get = (column: keyof FundColumns) => values[columns.indexOf(column)] ?? "";
    funds.push({
      label: label.replace(/[:：]$/, ""),
      initial: amountOf(get("initial")),
      adjusted: amountOf(get("adjusted")),
      spent: amountOf(get("spent")),
    });
    if (funds.length === 1) {
      execution.weight = amountOf(get("weight"));
      execution.score = amountOf(get("score"));
      execution.reason = isBlank(get("reason")) ? "" : get("reason");
      const rate = get("rate");
      printedRate =
        amountOf(rate) === null
          ? null
          : (amountOf(rate) as number) / (rate.endsWith("%") ? 100 : 1);
    }
  }
  return { funds, execution, printedRate };
}

/** 预期目标 and 实际完成情况: the two texts after their two labels. */
function readGoals(cells: Cell[]): { expected: string; achieved: string } {
  const at = cells.findIndex(
    (c, i) => EXPECTED.test(key(c.text)) && ACHIEVED.test(key(cells[i + 1]?.text ?? ""))
  );
  if (at < 0) return { expected: "", achieved: "" };
  const texts: string[] = [];
  for (
    let i = at + 2;
    i < cells.length &&
    !SECTION.test(key(cells[i].text)) &&
    !/^预算执行情况/.test(key(cells[i].text));
    i++
  )
    texts.push(cells[i].text);
  return { expected: texts[0] ?? "", achieved: texts.slice(1).join("") };
}

/** Reads a published 自评表 from extracted text. */
export function importSelfEvalText(text: string): SelfEvalImport {
  const { cells, keepsEmpty } = selfEvalCells(text);
  return importSelfEvalCells(cells, keepsEmpty);
}

export function importSelfEvalCells(cells: Cell[], keepsEmpty: boolean): SelfEvalImport {
  const problems: Problem[] = [];
  const title = cells.find((c) => /自评表/.test(c.text));
  const year = /(\d{4})\s*年度/.exec(
    cells
      .slice(0, 12)
      .map((c) => c.text)
      .join(" ")
  );
  const named = valueAfter(cells, /^项目名称$/);
  const coded = /^([0-9A-Za-z]{10,})[-－—](.+)$/.exec(named);
  const { funds, execution, printedRate } = readFunds(cells, problems);
  const goals = readGoals(cells);
  const table = readIndicatorRows(cells, keepsEmpty, problems);
  const rate = funds.length > 0 ? fundsExecutionRate({ funds } as SelfEvaluation) : null;
  if (rate !== null && printedRate !== null && Math.abs(rate - printedRate) > 0.00005)
    problems.push({
      rule: "import/selfeval-rate",
      severity: "warning",
      message: `表中执行率 ${(printedRate * 100).toFixed(2)}% 与 全年执行数÷全年预算数 ${(rate * 100).toFixed(2)}% 不一致`,
    });
  // Sections the template has no place for: reported with their text, when they have any.
  cells.forEach((cell, i) => {
    const next = cells[i + 1]?.text ?? "";
    if (TRAILING.test(key(cell.text)) && next !== "" && !TRAILING.test(key(next)))
      problems.push({
        rule: "import/selfeval-unread",
        severity: "info",
        line: cell.line,
        message: `“${cell.text}”一栏不在自评表模板中，未读取：${next}`,
      });
  });
  if (!title)
    problems.push({
      rule: "import/selfeval",
      severity: "warning",
      message: "没有找到“自评表”标题",
    });

  const indicators: IndicatorRow[] = table.rows.map((r) => r.row);
  const results: IndicatorResult[] = table.rows.map((r) => r.result);
  indicators.forEach((row, i) => {
    if (row.value === "") return;
    const parsed = parseTarget(row.value);
    if (!parsed.ok)
      problems.push({
        rule: "import/selfeval-value",
        severity: "warning",
        line: table.rows[i].line,
        message: parsed.error,
        at: { kind: "indicator", project: 0, row: i, column: "value" },
      });
  });
  const evaluation: SelfEvaluation = {
    project: {
      code: coded ? coded[1] : "",
      name: coded ? coded[2] : named,
      ...projectFunds(funds),
      purpose: "",
      schedule: [],
      goals: goals.expected ? [goals.expected] : [],
      indicators,
    },
    year: year ? Number(year[1]) : null,
    department: valueAfter(cells, /^主管部门$/),
    unit: valueAfter(cells, /^实施单位([(（]盖章[)）])?$/),
    funds,
    execution: { ...execution, weight: execution.weight ?? table.executionPoints },
    achieved: goals.achieved,
    results,
    split: splitOf(execution.weight ?? table.executionPoints, table.groups),
    method: DEFAULT_SCORE_METHOD,
  };
  return { evaluation, diagnostics: [...problems, ...selfEvalFindings(evaluation)] };
}

/** The split as printed in the headings (产出指标(50分)…), or the default when none is. */
function splitOf(execution: number | null, groups: WeightSplit["groups"]): WeightSplit {
  if (groups.length === 0) return defaultSplit();
  return {
    execution: execution ?? defaultSplit().execution,
    groups,
  };
}
