/**
 * Importer for indicator tables: rows pasted from a spreadsheet, or read from an .xlsx that a
 * budget system exported, found by their header names in either indicator tree. Some provinces
 * split the 指标值 into 指标性质 (= ≥ ≤ > < 定性), the value, 度量单位 and 指标方向; they are put
 * back together into one 指标值 the grammar reads.
 */
import { LEVEL1_NAMES, LEVEL2_NAMES } from "../framework";
import { cellName, Scalar } from "../layout/plan";
import { IndicatorRow } from "../model";
import { parseTarget } from "../target";
import { Problem } from "../problem";

export interface TableImport {
  indicators: IndicatorRow[];
  diagnostics: Problem[];
}

type Column =
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "value"
  | "basis"
  | "nature"
  | "unit"
  | "direction";

const HEADERS: [Column, RegExp][] = [
  ["level1", /^一级指标$/],
  ["level2", /^二级指标$/],
  ["level3", /^(三级指标|指标名称)$/],
  ["description", /^(绩效指标描述|指标描述|指标内容|指标解释)$/],
  ["basis", /^(指标值确定依据|确定依据|指标值设定依据|设定依据)$/],
  ["nature", /^指标性质$/],
  ["unit", /^(度量单位|计量单位|单位)$/],
  ["direction", /^(指标方向|正向\/反向|正反向)$/],
  ["value", /^(指标值|目标值|年度指标值|年度目标值)$/],
];

const NATURE: Record<string, string> = {
  "=": "=",
  "＝": "=",
  等于: "=",
  "≥": "≥",
  ">=": "≥",
  大于等于: "≥",
  "≤": "≤",
  "<=": "≤",
  小于等于: "≤",
  ">": ">",
  大于: ">",
  "<": "<",
  小于: "<",
};

const KNOWN_LEVEL1 = new Set(LEVEL1_NAMES);
const KNOWN_LEVEL2 = new Set(LEVEL2_NAMES);

const text = (v: Scalar | undefined): string =>
  v === null || v === undefined ? "" : String(v).replace(/\s+/g, " ").trim();
const key = (v: Scalar | undefined): string => text(v).replace(/\s/g, "");

/** Rows of pasted text: tab-separated as spreadsheets copy them, or comma-separated. */
export function parseDelimited(input: string): string[][] {
  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  const tab = lines.some((l) => l.includes("\t"));
  return lines.map((line) => (tab ? line.split("\t") : splitCsv(line)));
}

function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function findHeader(
  grid: Scalar[][]
): { row: number; columns: Partial<Record<Column, number>> } | null {
  for (let r = 0; r < Math.min(grid.length, 30); r++) {
    const columns: Partial<Record<Column, number>> = {};
    (grid[r] ?? []).forEach((cell, c) => {
      const name = key(cell);
      const match = HEADERS.find(
        ([column, pattern]) => columns[column] === undefined && pattern.test(name)
      );
      if (match) columns[match[0]] = c;
    });
    if (
      columns.level1 !== undefined &&
      (columns.value !== undefined || columns.nature !== undefined)
    )
      return { row: r, columns };
  }
  return null;
}

/** Puts 指标性质 / 指标值 / 度量单位 / 指标方向 back into one 指标值. */
export function composeValue(
  value: string,
  nature: string,
  unit: string,
  direction: string
): string {
  if (nature === "定性") return value;
  const symbol =
    NATURE[nature.replace(/\s/g, "")] ??
    (direction === "反向" ? "≤" : direction === "正向" ? "≥" : "");
  const hasSymbol = /^[≥≤<>=＞＜＝]|^(不低于|不高于|大于|小于|等于)/.test(value);
  const withUnit = unit && /\d$/.test(value) ? `${value}${unit}` : value;
  return hasSymbol || value === "" ? withUnit : `${symbol}${withUnit}`;
}

/** Reads indicator rows from a grid (A1 at [0][0]). `sheet` names the cells in diagnostics. */
export function importIndicatorTable(grid: Scalar[][], sheet?: string): TableImport {
  const diagnostics: Problem[] = [];
  const address = (r: number, c: number) => ({
    ...(sheet ? { sheet } : {}),
    cell: cellName(r + 1, c + 1),
  });
  const header = findHeader(grid);
  if (!header) {
    return {
      indicators: [],
      diagnostics: [
        {
          rule: "import/table",
          severity: "error",
          ...address(0, 0),
          message: "没有找到表头（需要“一级指标”和“指标值”或“指标性质”列）",
        },
      ],
    };
  }
  const { columns } = header;
  const get = (row: Scalar[] | undefined, column: Column) =>
    columns[column] === undefined ? "" : text(row?.[columns[column] as number]);
  const indicators: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r];
    const cells = (row ?? []).map(text);
    if (cells.every((c) => c === "")) continue;
    if (get(row, "level1") === "一级指标") continue; // a header repeated on a new page
    const filled = cells.filter((c) => c !== "").length;
    if (filled === 1 && cells[0] !== "" && !KNOWN_LEVEL1.has(cells[0])) {
      diagnostics.push({
        rule: "import/table",
        severity: "warning",
        ...address(r, 0),
        message: `“${cells[0]}”不是指标行，已忽略`,
      });
      continue;
    }
    // Merged 一级 / 二级 cells read as empty below their first row.
    if (get(row, "level1")) {
      level1 = get(row, "level1");
      level2 = "";
    }
    if (get(row, "level2")) level2 = get(row, "level2");
    const value = composeValue(
      get(row, "value"),
      get(row, "nature"),
      get(row, "unit"),
      get(row, "direction")
    );
    const indicator: IndicatorRow = {
      level1,
      level2,
      level3: get(row, "level3"),
      description: get(row, "description"),
      value,
      basis: get(row, "basis"),
    };
    if (!KNOWN_LEVEL1.has(level1))
      diagnostics.push({
        rule: "import/table",
        severity: "warning",
        ...address(r, columns.level1 ?? 0),
        message: `一级指标“${level1}”不在指标体系中`,
      });
    if (columns.level2 !== undefined && !KNOWN_LEVEL2.has(level2)) {
      diagnostics.push({
        rule: "import/table",
        severity: "warning",
        ...address(r, columns.level2),
        message: `二级指标“${level2}”不在指标体系中`,
      });
    }
    if (!indicator.level3)
      diagnostics.push({
        rule: "import/table",
        severity: "warning",
        ...address(r, columns.level3 ?? 0),
        message: "三级指标为空",
      });
    const valueColumn = columns.value ?? columns.nature ?? 0;
    if (!value)
      diagnostics.push({
        rule: "import/table",
        severity: "warning",
        ...address(r, valueColumn),
        message: "指标值为空",
      });
    else {
      const parsed = parseTarget(value);
      if (!parsed.ok)
        diagnostics.push({
          rule: "import/table",
          severity: "warning",
          ...address(r, valueColumn),
          message: parsed.error,
        });
    }
    indicators.push(indicator);
  }
  return { indicators, diagnostics };
}
