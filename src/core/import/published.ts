/**
 * Importer for published target documents: text extracted from the PDF of a 部门预算绩效目标
 * (the seed's layout) becomes the department model. It undoes what the extraction did: cells
 * wrapped over lines, project codes split over lines, page breaks, empty cells. What it cannot
 * place is reported with its line; everything it can read is kept. It never throws.
 */
import { parseAmount } from "../amount";
import { belongsTo, LEVEL1_NAMES, LEVEL2_NAMES } from "../framework";
import { Department, DepartmentOverview, emptyProject, IndicatorRow, Project } from "../model";
import { parseTarget } from "../target";
import { Problem } from "../problem";

export interface ImportResult {
  department: Department;
  diagnostics: Problem[];
}

interface Line {
  no: number;
  text: string;
}

const LEVEL1 = new Set(LEVEL1_NAMES);
const LEVEL2 = LEVEL2_NAMES;
const PROJECT_TITLE = /^(\d+)\s*[.．、]\s*(.+?)绩效目标表$/;
const UNIT_LINE = /^(\d{3,})\s+(.+?)\s*单位[:：]\s*万元$/;
/** A page number on a line of its own: `- 1 -`, `— 1 —`, `第 1 页 共 9 页`, `1/9`. */
export const PAGE_NUMBER =
  /^([-—–－]+\s*\d+\s*[-—–－]+|第\s*\d+\s*页(\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const SECTION = /^[一二三四五六七八九十]+、/;
const ITEM = /^（[一二三四五六七八九十\d]+）/;
const CLOSING = /^.[，。、；：）」』”,.;:)]/;

/** Column widths of the indicator table in the seed's layout, in CJK characters. */
const CAPACITY = { level2: 5, level3: 5, description: 11, value: 5, basis: 5 };
const CELL_CAPACITY = [CAPACITY.level3, CAPACITY.description, CAPACITY.value, CAPACITY.basis];

/** Printed width: CJK and full-width characters 1, ASCII ½. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

/** Joins the pieces of a wrapped cell: Chinese text wraps without spaces. */
function join(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

function amount(text: string | undefined): number | null {
  return text === undefined ? null : parseAmount(text);
}

function prepare(text: string): Line[] {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .split("\n")
      // Full-width punctuation is the document's own (，：；（）): only spaces are folded.
      .map((raw, i) => ({ no: i + 1, text: raw.replace(/[\s\u3000]+/g, " ").trim() }))
      .filter((line) => line.text !== "" && !PAGE_NUMBER.test(line.text))
  );
}

// ---------------------------------------------------------------------------------------------
// Part one: 部门整体绩效目标.

function readOverview(lines: Line[], diagnostics: Problem[]): DepartmentOverview {
  const overview: DepartmentOverview = { overallGoal: "", itemGoals: [], measures: [] };
  let section: 0 | 1 | 2 | null = null;
  let list: string[] | null = null;
  for (const line of lines) {
    const text = line.text;
    if (/^第[一二三四五六七八九十]+部分$/.test(text) || text === "部门整体绩效目标") continue;
    if (SECTION.test(text)) {
      section = text.includes("总体")
        ? 0
        : text.includes("分项")
          ? 1
          : text.includes("保障")
            ? 2
            : null;
      list = section === 1 ? overview.itemGoals : section === 2 ? overview.measures : null;
      if (section === null)
        diagnostics.push({
          rule: "import/text",
          severity: "warning",
          line: line.no,
          message: `无法识别的部分标题“${text}”，已忽略`,
        });
      continue;
    }
    if (section === 0) overview.overallGoal = join(overview.overallGoal, text);
    else if (list) {
      if (ITEM.test(text)) list.push(text.replace(ITEM, ""));
      else if (list.length > 0) list[list.length - 1] = join(list[list.length - 1], text);
      else list.push(text);
    } else
      diagnostics.push({
        rule: "import/text",
        severity: "warning",
        line: line.no,
        message: `“${text}”不在任何部分之下，已忽略`,
      });
  }
  return overview;
}

// ---------------------------------------------------------------------------------------------
// Part two: one 项目绩效目标表 per project.

interface Segment {
  text: string;
  line: number;
  /** First segment of its line: only such a segment can continue a cell wrapped from the line before. */
  first: boolean;
}

/** Splits a line into cells; a number keeps its short unit ("23 个", "766 元/人", "2020 年最"). */
function segments(line: Line): Segment[] {
  const parts = line.text.split(" ");
  const merged: string[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (
      last !== undefined &&
      /^\d+(\.\d+)?$/.test(last) &&
      /^[\u4e00-\u9fff元]/.test(part) &&
      textWidth(part) <= 3
    ) {
      merged[merged.length - 1] = `${last} ${part}`;
    } else merged.push(part);
  }
  return merged.map((text, i) => ({ text, line: line.no, first: i === 0 }));
}

function isLevel2Prefix(text: string): boolean {
  return text.length >= 2 && LEVEL2.some((name) => name.startsWith(text));
}

/** Reads the indicator rows: cells in column order, wrapped pieces joined by column widths. */
function readIndicators(lines: Line[], diagnostics: Problem[]): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  let pendingLevel2: { text: string; line: number } | null = null;
  let cells: string[] = [];
  let rowLine = 0;
  let lastFull = false;
  let lastWidth = 0;

  const finish = () => {
    if (cells.length === 0) return;
    if (cells.length < 4) {
      const missing = ["三级指标", "绩效指标描述", "指标值", "指标值确定依据"].slice(cells.length);
      diagnostics.push({
        rule: "import/text",
        severity: "warning",
        line: rowLine,
        message: `指标行缺少${missing.join("、")}，已按空白保留`,
      });
    }
    if (!level1 || !level2)
      diagnostics.push({
        rule: "import/text",
        severity: "warning",
        line: rowLine,
        message: "指标行之前没有一级或二级指标",
      });
    const [level3 = "", description = "", value = "", basis = ""] = cells;
    rows.push({ level1, level2, level3, description, value, basis });
    cells = [];
  };

  for (const line of lines) {
    const text = line.text;
    // A table header repeated after a page break, and its wrapped last label.
    if (
      text.startsWith("一级指标") ||
      text === "指标值确定" ||
      text === "依据" ||
      text === "指标值确定依据"
    )
      continue;
    for (const segment of segments(line)) {
      const piece = segment.text;
      if (pendingLevel2) {
        const joined = pendingLevel2.text + piece;
        if (segment.first && LEVEL2.some((name) => name.startsWith(joined))) {
          pendingLevel2.text = joined;
          if (LEVEL2.includes(joined)) {
            level2 = joined;
            pendingLevel2 = null;
          }
          continue;
        }
        diagnostics.push({
          rule: "import/text",
          severity: "warning",
          line: pendingLevel2.line,
          message: `无法识别的二级指标“${pendingLevel2.text}”，已按原文保留`,
        });
        level2 = pendingLevel2.text;
        pendingLevel2 = null;
      }
      // 成本指标 is a 二级指标 under 产出指标 (2015) and a 一级指标 of its own (2021).
      const level2Here = belongsTo(level1, piece);
      if (
        segment.first &&
        LEVEL1.has(piece) &&
        !level2Here &&
        (cells.length === 0 || cells.length >= 3)
      ) {
        finish();
        level1 = piece;
        level2 = "";
        lastFull = false;
        continue;
      }
      const rowDone = cells.length === 0 || cells.length === 4;
      const level2Expected = (cells.length === 0 && level2 === "") || cells.length === 4;
      if (segment.first && rowDone && level2Expected && isLevel2Prefix(piece)) {
        finish();
        if (LEVEL2.includes(piece)) level2 = piece;
        else pendingLevel2 = { text: piece, line: segment.line };
        lastFull = false;
        continue;
      }
      const column = cells.length - 1;
      const fits = column >= 0 && textWidth(piece) <= CELL_CAPACITY[column] + 0.5;
      const kinsoku =
        column >= 0 && lastWidth >= CELL_CAPACITY[column] - 1.5 && CLOSING.test(piece);
      if (segment.first && cells.length > 0 && (lastFull || kinsoku) && fits) {
        cells[column] = join(cells[column], piece);
      } else {
        if (cells.length === 4) finish();
        if (cells.length === 0) rowLine = segment.line;
        cells.push(piece);
      }
      const now = cells.length - 1;
      lastWidth = textWidth(piece);
      const target = now === 2 ? parseTarget(cells[now]) : null;
      const complete =
        target !== null &&
        target.ok &&
        (target.value.kind === "quantitative" || target.value.kind === "range");
      lastFull = !complete && lastWidth >= CELL_CAPACITY[now] - 0.5;
    }
  }
  if (pendingLevel2) {
    diagnostics.push({
      rule: "import/text",
      severity: "warning",
      line: pendingLevel2.line,
      message: `无法识别的二级指标“${pendingLevel2.text}”，已按原文保留`,
    });
    level2 = pendingLevel2.text;
  }
  finish();
  return rows;
}

interface ProjectRead {
  project: Project;
  index: number;
  unit: { code: string; name: string } | null;
}

type Field = "code" | "name" | "purpose" | "goals" | null;

function readProject(title: Line, lines: Line[], diagnostics: Problem[]): ProjectRead {
  const match = PROJECT_TITLE.exec(title.text);
  const project = emptyProject(match ? match[2].trim() : "");
  let unit: ProjectRead["unit"] = null;
  let field: Field = null;
  let nameFromRow = "";
  let months: number[] | null = null;
  let tableAt = lines.findIndex((l) => l.text.startsWith("一级指标"));
  if (tableAt < 0) {
    diagnostics.push({
      rule: "import/text",
      severity: "warning",
      line: title.no,
      message: `“${project.name}”没有找到指标表（一级指标 二级指标 …）`,
    });
    tableAt = lines.length;
  }

  for (const line of lines.slice(0, tableAt)) {
    const text = line.text;
    const unitMatch = UNIT_LINE.exec(text);
    if (unitMatch) {
      unit = { code: unitMatch[1], name: unitMatch[2].trim() };
      continue;
    }
    if (text.startsWith("项目编码")) {
      project.code = text.slice(4).replace(/\s/g, "");
      field = "code";
      continue;
    }
    if (text.startsWith("项目名称")) {
      nameFromRow = text.slice(4).trim();
      field = "name";
      continue;
    }
    if (
      text === "预算规模及" ||
      text === "资金用途" ||
      text === "预算规模及资金用途" ||
      text === "其中：财政" ||
      text === "资金" ||
      text === "其中：财政资金"
    ) {
      field = null;
      continue;
    }
    const budget = /^预算数\s*(\S*)$/.exec(text);
    if (budget) {
      project.budget = amount(budget[1]);
      if (project.budget === null)
        diagnostics.push({
          rule: "import/text",
          severity: "warning",
          line: line.no,
          message: `预算数“${budget[1]}”不是金额`,
        });
      field = null;
      continue;
    }
    const funds = /^(?:其中：财政\s*资金\s*)?(\S+)?\s*其他资金\s*(\S+)?$/.exec(text);
    if (funds) {
      project.fiscalFunds = amount(funds[1]);
      project.otherFunds = amount(funds[2]);
      if (funds[1] && project.fiscalFunds === null)
        diagnostics.push({
          rule: "import/text",
          severity: "warning",
          line: line.no,
          message: `财政资金“${funds[1]}”不是金额`,
        });
      field = "purpose";
      continue;
    }
    if (text.startsWith("累计支出资")) {
      field = null;
      continue;
    }
    if (text === "金") continue;
    if (/^(\d{1,2}\s*月底\s*)+$/.test(text)) {
      months = [...text.matchAll(/(\d{1,2})\s*月底/g)].map((m) => Number(m[1]));
      continue;
    }
    if (months && project.schedule.length === 0 && /^[\d.,\s]+$/.test(text)) {
      const values = text.split(" ").map((v) => amount(v));
      if (values.length !== months.length) {
        diagnostics.push({
          rule: "import/text",
          severity: "warning",
          line: line.no,
          message: `累计支出资金有 ${months.length} 个检查点，但读到 ${values.length} 个金额；按顺序填入`,
        });
      }
      project.schedule = months.map((month, i) => ({ month, amount: values[i] ?? null }));
      continue;
    }
    if (text.startsWith("绩效目标")) {
      const rest = text.slice(4).trim();
      if (rest) project.goals.push(rest.replace(/^\d+[.、．]\s*/, ""));
      field = "goals";
      continue;
    }
    switch (field) {
      case "code":
        project.code += text.replace(/\s/g, "");
        break;
      case "name":
        nameFromRow = join(nameFromRow, text);
        break;
      case "purpose":
        project.purpose = join(project.purpose, text);
        break;
      case "goals":
        if (/^\d+[.、．]/.test(text) || project.goals.length === 0)
          project.goals.push(text.replace(/^\d+[.、．]\s*/, ""));
        else
          project.goals[project.goals.length - 1] = join(
            project.goals[project.goals.length - 1],
            text
          );
        break;
      default:
        diagnostics.push({
          rule: "import/text",
          severity: "warning",
          line: line.no,
          message: `无法归入项目表“${project.name}”的内容“${text}”，已忽略`,
        });
    }
  }
  if (months && project.schedule.length === 0) {
    project.schedule = months.map((month) => ({ month, amount: null }));
    diagnostics.push({
      rule: "import/text",
      severity: "warning",
      line: title.no,
      message: `“${project.name}”的累计支出资金没有金额`,
    });
  }
  if (nameFromRow && project.name && nameFromRow !== project.name) {
    diagnostics.push({
      rule: "import/text",
      severity: "warning",
      line: title.no,
      message: `标题中的项目名称“${project.name}”与“项目名称”栏“${nameFromRow}”不同，采用后者`,
    });
  }
  project.name = nameFromRow || project.name;
  if (!project.code)
    diagnostics.push({
      rule: "import/text",
      severity: "warning",
      line: title.no,
      message: `“${project.name}”没有项目编码`,
    });
  if (project.budget === null)
    diagnostics.push({
      rule: "import/text",
      severity: "warning",
      line: title.no,
      message: `“${project.name}”没有预算数`,
    });
  project.indicators = readIndicators(lines.slice(tableAt), diagnostics);
  return { project, index: match ? Number(match[1]) : 0, unit };
}

/** Imports a published document (text extracted from its PDF). */
export function importPublishedText(text: string): ImportResult {
  const diagnostics: Problem[] = [];
  const lines = prepare(typeof text === "string" ? text : "");
  const titles = lines.map((l, i) => (PROJECT_TITLE.test(l.text) ? i : -1)).filter((i) => i >= 0);
  const partTwo = lines.findIndex(
    (l) => /^第二部分$/.test(l.text) || l.text === "预算项目绩效目标"
  );
  const overviewEnd = Math.min(
    ...[partTwo, titles[0]].filter((i) => i !== undefined && i >= 0),
    lines.length
  );
  const overview = readOverview(lines.slice(0, overviewEnd), diagnostics);

  let unitCode = "";
  let unitName = "";
  const projects: Project[] = [];
  titles.forEach((start, k) => {
    const end = titles[k + 1] ?? lines.length;
    const read = readProject(lines[start], lines.slice(start + 1, end), diagnostics);
    if (read.unit) {
      if (!unitCode) ({ code: unitCode, name: unitName } = read.unit);
      else if (read.unit.code !== unitCode) {
        diagnostics.push({
          rule: "import/text",
          severity: "warning",
          line: lines[start].no,
          message: `项目表的单位“${read.unit.code} ${read.unit.name}”与前面的单位不同`,
        });
      }
    }
    if (read.index !== projects.length + 1) {
      diagnostics.push({
        rule: "import/text",
        severity: "warning",
        line: lines[start].no,
        message: `项目序号 ${read.index} 与位置（第 ${projects.length + 1} 个）不符`,
      });
    }
    projects.push(read.project);
  });
  if (titles.length === 0)
    diagnostics.push({
      rule: "import/text",
      severity: "warning",
      line: lines[0]?.no ?? 1,
      message: "没有找到任何项目绩效目标表（标题形如“1.某某经费绩效目标表”）",
    });
  return { department: { unitCode, unitName, year: null, overview, projects }, diagnostics };
}
