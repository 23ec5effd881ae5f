/**
 * Importer for published target documents: text extracted from the PDF of a 部门预算绩效目标
 * becomes the department model. Pure stages: lines (lines.ts) → blocks (the overview part, and per
 * project its title, header block and indicator table) → the readers of each block (overview.ts,
 * header.ts, indicators.ts). Column widths are never assumed: they are learned from the document,
 * and a row that cannot be read one way only is kept as text and reported. It never throws.
 */
import type { Department, Project } from "../model";
import { emptyProject } from "../model";
import type { Problem } from "../problem";
import { HeaderRead, holdsHeaderLabel, readHeader } from "./text/header";
import { isTableHeader, readIndicatorTables } from "./text/indicators";
import { labelledStarts, refusal } from "./text/declaration";
import { spacesWords, TextLine, textLines } from "./text/lines";
import { readOverview } from "./text/overview";
import { LEVEL2_NAMES } from "../framework";

export { textWidth } from "./text/lines";
export { ROW_UNPLACED } from "./text/indicators";

export interface ImportResult {
  department: Department;
  diagnostics: Problem[];
}

const PROJECT_TITLE = /^(\d+)\s*[.．、]\s*(.+?)绩效目标表$/;
/** Where the project tables end: a summary table or a further part of the document. */
const DOCUMENT_PART = /^(第[一二三四五六七八九十]+部分|.+汇总表)$/;
const PART_TWO = /^(第二部分|预算项目绩效目标)$/;

/** Whether a line opens with a 二级指标 name, or the start of one (社会效益指). */
const opensLabel = (line: TextLine) => {
  const first = line.pieces[0]?.text ?? "";
  return first.length >= 2 && LEVEL2_NAMES.some((name) => name.startsWith(first));
};

interface Block {
  title: TextLine;
  index: number;
  name: string;
  header: TextLine[];
  table: TextLine[];
}

/** Splits a project's lines into its header block and its indicator table (from 一级指标 on). */
function projectBlock(title: TextLine, lines: TextLine[]): Block {
  const match = PROJECT_TITLE.exec(title.text);
  const block: Block = {
    title,
    index: match ? Number(match[1]) : 0,
    name: match ? match[2].trim() : "",
    header: lines,
    table: [],
  };
  const start = lines.findIndex((l) => l.pieces[0]?.text === "一级指标");
  if (start < 0) return block;
  // When extraction scattered the table's header words among the header block's fields (plain
  // `pdftotext` of a sheet), the fields up to the last header word still belong to the header.
  let firstRow = lines.findIndex((l, i) => i > start && opensLabel(l));
  if (firstRow < 0) firstRow = lines.length;
  let end = start;
  while (end + 1 < firstRow && isTableHeader(lines[end + 1])) end++;
  // Only header fields make a spill: page breaks repeat the table's header words too.
  let last = start;
  if (lines.slice(end + 1, firstRow).some(holdsHeaderLabel))
    for (let i = end + 1; i < firstRow; i++)
      if (isTableHeader(lines[i]) || holdsHeaderLabel(lines[i])) last = i;
  const spilled = lines.slice(start + 1, last + 1).filter((l) => !isTableHeader(l));
  block.header = [...lines.slice(0, start), ...spilled];
  block.table = [lines[start], ...lines.slice(last + 1)];
  return block;
}

/**
 * The projects of the text: after numbered titles (1.某某经费绩效目标表), as the seed publishes
 * them; else, as a 申报表 copied as text, from the lines that open with the project's name label
 * (declaration.ts), each with the title and labels just above it.
 */
function projectBlocks(lines: TextLine[]): {
  blocks: Block[];
  overviewEnd: number;
  titled: boolean;
} {
  const titles = lines.flatMap((l, i) => (PROJECT_TITLE.test(l.text) ? [i] : []));
  const partTwo = lines.findIndex((l) => PART_TWO.test(l.text));
  if (titles.length === 0) {
    const starts = labelledStarts(lines);
    if (starts.length > 0) {
      const blocks = starts.map(({ title, from }, k) => {
        const end = starts[k + 1]?.from ?? lines.length;
        const block = projectBlock(
          title === null ? { ...lines[from], text: "", pieces: [] } : lines[title],
          lines.slice(from, end).filter((_, i) => from + i !== title)
        );
        return { ...block, index: k + 1 };
      });
      const first = starts[0].from;
      return {
        blocks,
        overviewEnd: partTwo >= 0 ? Math.min(partTwo, first) : first,
        titled: false,
      };
    }
  }
  const overviewEnd = Math.min(...[partTwo, titles[0] ?? -1].filter((i) => i >= 0), lines.length);
  const blocks = titles.map((start, k) => {
    let end = titles[k + 1] ?? lines.length;
    const part = lines.slice(start + 1, end).findIndex((l) => DOCUMENT_PART.test(l.text));
    if (part >= 0) end = start + 1 + part;
    return projectBlock(lines[start], lines.slice(start + 1, end));
  });
  return { blocks, overviewEnd, titled: true };
}

/** The project's fields from its header block, and what is missing or differs from the title. */
function fill(project: Project, header: HeaderRead, block: Block, titled: boolean): Problem[] {
  const place = block.title.place;
  const problems: Problem[] = [];
  const warn = (message: string) =>
    problems.push({ rule: "import/text", severity: "warning", ...place, message });
  if (header.name && project.name && header.name !== project.name)
    warn(`标题中的项目名称“${project.name}”与“项目名称”栏“${header.name}”不同，采用后者`);
  Object.assign(project, {
    code: header.code,
    name: header.name || project.name,
    budget: header.budget,
    fiscalFunds: header.fiscalFunds,
    otherFunds: header.otherFunds,
    purpose: header.purpose,
    schedule: header.schedule,
    goals: header.goals,
  });
  if (titled && !project.code) warn(`“${project.name}”没有项目编码`);
  if (project.budget === null) warn(`“${project.name}”没有预算数`);
  if (block.table.length === 0) warn(`“${project.name}”没有找到指标表（一级指标 二级指标 …）`);
  return problems;
}

/** Imports a published document (text extracted from its PDF), or a 申报表 copied as text. */
export function importPublishedText(text: string): ImportResult {
  const diagnostics: Problem[] = [];
  const lines = textLines(typeof text === "string" ? text : "");
  const { blocks, overviewEnd, titled } = projectBlocks(lines);
  const overview = readOverview(lines.slice(0, overviewEnd));
  const overviewRead = Object.values(overview.overview).some((v) => v.length > 0);
  if (blocks.length === 0 && !overviewRead) return refused(lines);
  diagnostics.push(...overview.problems);

  // Whether the prose spaces its words tells how to take a space inside a table row.
  const prose = [...lines.slice(0, overviewEnd), ...blocks.flatMap((b) => b.header)];
  const tables = readIndicatorTables(
    blocks.map((b) => b.table),
    blocks.map((_, i) => i),
    { spacedWords: spacesWords(prose) }
  );

  let unit = overview.unit;
  let year: number | null = null;
  let unitSeen = false;
  const projects: Project[] = blocks.map((block, i) => {
    const place = block.title.place;
    const project = emptyProject(block.name);
    const header = readHeader(block.header, place);
    if (header.unit) {
      if (!unitSeen) unit = header.unit;
      else if (unit && header.unit.code !== unit.code)
        diagnostics.push({
          rule: "import/text",
          severity: "warning",
          ...place,
          message: `项目表的单位“${header.unit.code} ${header.unit.name}”与前面的单位不同`,
        });
      unitSeen = true;
    }
    if (titled && block.index !== i + 1)
      diagnostics.push({
        rule: "import/text",
        severity: "warning",
        ...place,
        message: `项目序号 ${block.index} 与位置（第 ${i + 1} 个）不符`,
      });
    diagnostics.push(
      ...header.problems.map((p) =>
        p.at?.kind === "project" ? { ...p, at: { ...p.at, project: i } } : p
      ),
      ...fill(project, header, block, titled)
    );
    year ??= header.year;
    project.indicators = tables[i].rows;
    diagnostics.push(...tables[i].problems);
    return project;
  });

  if (blocks.length === 0) diagnostics.push(refusal(lines));
  return {
    department: {
      unitCode: unit?.code ?? "",
      unitName: unit?.name ?? "",
      year,
      overview: overview.overview,
      projects,
    },
    diagnostics,
  };
}

/** Text with no project table and no overview: the one message saying what is missing. */
function refused(lines: TextLine[]): ImportResult {
  return {
    department: {
      unitCode: "",
      unitName: "",
      year: null,
      overview: readOverview([]).overview,
      projects: [],
    },
    diagnostics: [refusal(lines)],
  };
}
