/**
 * The indicator table of a published 自评表, from a stream of cells (see selfeval.ts). Where empty
 * cells survived, a row is its columns in order, 一级 / 二级 present only where the merged cell
 * starts. Where they did not, rows are found from their end: every row closes with 分值 and 得分,
 * two numbers, before them 实际完成值, 年度指标值 and 三级指标; what precedes is the 一级 / 二级 of
 * a new group, or the previous row's 偏差原因.
 */
import { parseAmount } from "../amount";
import { belongsTo, LEVEL1_NAMES, LEVEL2_NAMES } from "../framework";
import { IndicatorResult, IndicatorRow } from "../model";
import { Problem } from "../problem";
import { composeValue } from "./columns";
import type { Cell } from "./selfeval";

export type Column =
  | "level1"
  | "level2"
  | "level3"
  | "nature"
  | "value"
  | "unit"
  | "actual"
  | "weight"
  | "score"
  | "reason";

export const HEADERS: [Column, RegExp][] = [
  ["level1", /^一级指标$/],
  ["level2", /^二级指标$/],
  ["level3", /^(三级指标|指标名称)$/],
  ["nature", /^指标性质$/],
  ["value", /^(年度指标值|指标值|目标值|年度目标值)$/],
  ["unit", /^(度量单位|计量单位|单位)$/],
  ["actual", /^(实际完成值|完成值|实际值|全年实际完成值)$/],
  ["weight", /^(分值|权重)$/],
  ["score", /^得分$/],
  ["reason", /^(偏差原因分析及改进措施|未完成原因分析|偏差原因.*|原因分析)$/],
];

export const END = /^(合计|总分|评价结论|评价等级|自评结论)$/;
const POINTS = /^(.+?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/;
const NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

const key = (text: string) => text.replace(/\s/g, "");

/** A heading's name and printed points: 产出指标(50分) → ["产出指标", 50]. */
export function pointsOf(text: string): [name: string, points: number | null] {
  const match = POINTS.exec(key(text));
  return match ? [match[1], Number(match[2])] : [key(text), null];
}

export function isLevel1(text: string): boolean {
  return LEVEL1_NAMES.includes(pointsOf(text)[0]);
}

export function isLevel2(text: string): boolean {
  return LEVEL2_NAMES.includes(key(text));
}

export interface ReadRow {
  row: IndicatorRow;
  result: IndicatorResult;
  line: number;
}

export interface IndicatorTable {
  rows: ReadRow[];
  /** Groups with printed points, from 产出指标(50分) or 绩效指标(90分). */
  groups: { label: string; level1: string[]; weight: number }[];
  /** Points of 预算执行 printed in a heading: 预算执行情况(10分). */
  executionPoints: number | null;
}

const text = (cells: Cell[], i: number) => cells[i]?.text ?? "";
const blank = (t: string) => t === "" || t === "/";
const numberOf = (t: string) => (blank(t) ? null : parseAmount(t));
const actualOf = (t: string): string | number | null =>
  blank(t) ? null : NUMBER.test(key(t)) && !t.endsWith("%") ? Number(key(t)) : t;

/** Running state: the current 一级 / 二级, the rows, the printed groups. */
class Builder {
  level1 = "";
  level2 = "";
  rows: ReadRow[] = [];
  groups: IndicatorTable["groups"] = [];

  setLevel1(cell: string): void {
    const [name, points] = pointsOf(cell);
    this.level1 = name;
    this.level2 = "";
    if (points !== null) this.groups.push({ label: name, level1: [name], weight: points });
  }

  /**
   * What a cell opens: a 一级 (printed with points, or followed by one of its own 二级), a 二级 of
   * the current 一级 (or the 一级's name repeated as its 二级: 满意度指标 under 满意度指标(10分)),
   * another 一级, or nothing. 成本指标 is both: under 产出指标 it is a 二级.
   */
  classify(cell: string, next: string): "level1" | "level2" | null {
    const [name, points] = pointsOf(cell);
    const [nextName] = pointsOf(next);
    if (
      LEVEL1_NAMES.includes(name) &&
      (points !== null || belongsTo(name, nextName) || nextName === name)
    )
      return "level1";
    if (isLevel2(cell) || (this.level1 !== "" && name === this.level1)) return "level2";
    return LEVEL1_NAMES.includes(name) ? "level1" : null;
  }

  add(fields: Partial<Record<Column, string>>, line: number): void {
    const get = (c: Column) => fields[c] ?? "";
    this.rows.push({
      row: {
        level1: this.level1,
        level2: this.level2,
        level3: get("level3"),
        description: "",
        value: composeValue({
          value: get("value"),
          nature: get("nature"),
          unit: get("unit"),
          direction: "",
        }).value,
        basis: "",
      },
      result: {
        actual: actualOf(get("actual")),
        weight: numberOf(get("weight")),
        score: numberOf(get("score")),
        reason: blank(get("reason")) ? "" : get("reason"),
      },
      line,
    });
  }
}

function readHeader(cells: Cell[]): { columns: Column[]; next: number } | null {
  const start = cells.findIndex(
    (c, i) => key(c.text) === "一级指标" && key(text(cells, i + 1)) === "二级指标"
  );
  if (start < 0) return null;
  const columns: Column[] = [];
  let i = start;
  for (; i < cells.length; i++) {
    const match = HEADERS.find(
      ([column, pattern]) => !columns.includes(column) && pattern.test(key(cells[i].text))
    );
    if (!match) break;
    columns.push(match[0]);
  }
  return { columns, next: i };
}

/** Reads the indicator table; `problems` gets what could not be placed. */
export function readIndicatorRows(
  cells: Cell[],
  keepsEmpty: boolean,
  problems: Problem[]
): IndicatorTable {
  const builder = new Builder();
  const heading = cells.map((c) => pointsOf(c.text)).find(([name]) => /^预算执行/.test(name));
  const overall = cells
    .map((c) => pointsOf(c.text))
    .find(([name, points]) => name === "绩效指标" && points !== null);
  const table: IndicatorTable = {
    rows: builder.rows,
    groups: builder.groups,
    executionPoints: heading?.[1] ?? null,
  };
  const header = readHeader(cells);
  if (!header) {
    problems.push({
      rule: "import/selfeval-table",
      severity: "error",
      message: "没有找到绩效指标表的表头（一级指标、二级指标…）",
    });
    return table;
  }
  let end = header.next;
  while (end < cells.length && !END.test(key(cells[end].text))) end++;
  const body = cells.slice(header.next, end);
  if (keepsEmpty) readColumns(body, header.columns, builder, problems);
  else readFromEnds(body, header.columns, builder, problems);
  if (overall && builder.groups.length === 0)
    builder.groups.push({
      label: overall[0],
      level1: [...LEVEL1_NAMES],
      weight: overall[1] as number,
    });
  return table;
}

/** Empty cells kept: a row is its columns in order after an optional 一级 and 二级. */
function readColumns(body: Cell[], columns: Column[], builder: Builder, problems: Problem[]): void {
  const rest = columns.filter((c) => c !== "level1" && c !== "level2");
  let i = 0;
  while (i < body.length) {
    const line = body[i].line;
    if (builder.classify(text(body, i), text(body, i + 1)) === "level1")
      builder.setLevel1(body[i++].text);
    if (builder.classify(text(body, i), text(body, i + 1)) === "level2")
      builder.level2 = key(body[i++].text);
    if (body.length - i < rest.length) {
      problems.push({
        rule: "import/selfeval-row",
        severity: "warning",
        line,
        message: `指标行不完整：${body
          .slice(i)
          .map((c) => c.text)
          .join(" ")}`,
      });
      builder.add(
        {
          level3: body
            .slice(i)
            .map((c) => c.text)
            .join(""),
        },
        line
      );
      return;
    }
    const fields: Partial<Record<Column, string>> = {};
    rest.forEach((column, k) => (fields[column] = body[i + k].text));
    builder.add(fields, line);
    i += rest.length;
  }
}

/** Empty cells lost: rows end at 分值 and 得分 (two numbers); see the file's comment. */
function readFromEnds(
  body: Cell[],
  columns: Column[],
  builder: Builder,
  problems: Problem[]
): void {
  const isNumber = (i: number) => i < body.length && NUMBER.test(key(body[i].text));
  const ends: number[] = [];
  for (let i = 0; i + 1 < body.length; i++) {
    if (isNumber(i) && isNumber(i + 1) && !isNumber(i + 2)) {
      ends.push(i + 1);
      i++;
    }
  }
  // The columns from 三级指标 to 得分 that every row has: 三级, 指标值, 完成值, 分值, 得分.
  const tail = columns.filter((c) => c !== "level1" && c !== "level2" && c !== "reason");
  let from = 0;
  for (const end of ends) {
    const start = end - tail.length + 1;
    if (start < from) {
      // Two numbers too close to the last row to close one of their own: kept as its 偏差原因.
      const previous = builder.rows[builder.rows.length - 1];
      const words = body.slice(from, end + 1).map((c) => c.text);
      if (previous) previous.result.reason = [previous.result.reason, ...words].join("");
      problems.push({
        rule: "import/selfeval-row",
        severity: "warning",
        line: body[from]?.line,
        message: `“${words.join(" ")}”不能单独成行，已并入上一行的偏差原因`,
      });
      from = end + 1;
      continue;
    }
    const { rest } = openGroup(body.slice(from, start), builder, problems);
    if (rest.length > 0) {
      // Words between the names and the row: a 三级指标 that the extraction split.
      body[start] = { ...body[start], text: rest.map((c) => c.text).join("") + body[start].text };
    }
    const fields: Partial<Record<Column, string>> = {};
    tail.forEach((column, k) => (fields[column] = body[start + k].text));
    builder.add(fields, body[start].line);
    from = end + 1;
  }
  const { rest, open } = openGroup(body.slice(from), builder, problems);
  if (rest.length === 0 && open) builder.add({}, open.line);
  if (rest.length > 0) {
    problems.push({
      rule: "import/selfeval-row",
      severity: "warning",
      line: rest[0].line,
      message: `表格在“${rest.map((c) => c.text).join(" ")}”处中断，这一行只读到了三级指标`,
    });
    builder.add({ level3: rest.map((c) => c.text).join("") }, rest[0].line);
  }
}

/**
 * The cells between two rows: the previous row's 偏差原因 up to the first 一级 / 二级 name, then
 * the names; a 二级 followed at once by another name had no rows and is kept as an empty row.
 * Returns what is left after the names, and the 二级 last opened (its rows may follow).
 */
function openGroup(
  cells: Cell[],
  builder: Builder,
  problems: Problem[]
): { rest: Cell[]; open: Cell | null } {
  const kind = (i: number) => builder.classify(text(cells, i), text(cells, i + 1));
  let first = 0;
  while (first < cells.length && kind(first) === null) first++;
  const reason = cells.slice(0, first);
  if (reason.length > 0) {
    const previous = builder.rows[builder.rows.length - 1];
    if (previous)
      previous.result.reason = [previous.result.reason, ...reason.map((c) => c.text)].join("");
    else
      problems.push({
        rule: "import/selfeval-row",
        severity: "warning",
        line: reason[0].line,
        message: `“${reason.map((c) => c.text).join(" ")}”不在任何指标行中，已忽略`,
      });
  }
  let open: Cell | null = null;
  let i = first;
  for (; i < cells.length; i++) {
    const found = kind(i);
    if (found === null) break;
    if (open) builder.add({}, open.line);
    open = null;
    if (found === "level1") builder.setLevel1(cells[i].text);
    else {
      builder.level2 = key(cells[i].text);
      open = cells[i];
    }
  }
  return { rest: cells.slice(i), open };
}
