/**
 * Reader of the indicator tables of a published document: header → labels and content (labels.ts)
 * → rows, read in block order (block.ts, the seed's extraction) and in line order (by-line.ts, a
 * viewer's copy or `pdftotext -layout`); each table keeps the order that reads more of it. Column
 * widths are learned from the document itself: rows that read one way only tell how wide each
 * column's full lines are, and the rest are read again with that knowledge. A row that still reads
 * no way or several ways is kept with its text as it was, all of it in 三级指标, and reported
 * (`import/row-unplaced`).
 */
import { belongsTo, LEVEL1_NAMES } from "../../framework";
import type { IndicatorRow } from "../../model";
import type { Problem, SourcePlace } from "../../problem";
import { ALIGNMENTS, readLineRow } from "./by-line";
import { readBlockGroup } from "./block";
import { tableItems } from "./labels";
import type { Piece, TextLine } from "./lines";
import { spanPlace } from "./lines";
import {
  CellColumn,
  ColumnWidths,
  NO_WIDTHS,
  PLAIN_TEXT,
  Reading,
  RowVerdict,
  TextTraits,
} from "./reconcile";
import { TEXT_IMPORT_SETTINGS } from "./settings";

export const ROW_UNPLACED = "import/row-unplaced";

/** The header words of an indicator table, and their wrapped halves. */
const HEADER_WORDS = new Set([
  "一级指标",
  "二级指标",
  "三级指标",
  "绩效指标描述",
  "指标描述",
  "指标值",
  "指标值确定依据",
  "指标值确定",
  "确定依据",
  "依据",
]);

/** Whether a line holds only an indicator table's header words (一级指标 …, 指标值确定, 依据). */
export const isTableHeader = (line: TextLine) =>
  line.pieces.length > 0 && line.pieces.every((p) => HEADER_WORDS.has(p.text));

/** The content of one row, or of one 二级 name's rows, with what reading it gave. */
interface Group {
  level1: string;
  level2: string;
  lines: { place: SourcePlace; pieces: Piece[] }[];
  /** Place of the 二级 name, for a name with no content. */
  place: SourcePlace;
  verdict: RowVerdict;
  rows: Reading[] | null;
  /** Reads it again with what the document told of its widths (line order: the rows' lines). */
  reread: (known: ColumnWidths) => void;
}

interface Table {
  traits: TextTraits;
  columns: CellColumn[];
  laidOut: boolean;
  body: TextLine[];
  items: ReturnType<typeof tableItems>;
  problems: Problem[];
  groups: Group[];
  /** The table read in block order, kept to read its unread rows again. */
  block: { groups: Group[]; problems: Problem[] } | null;
}

export interface TableRead {
  rows: IndicatorRow[];
  problems: Problem[];
}

/** The cells a table has, from its header: some tables have no 描述 column. */
function columnsOf(header: string): CellColumn[] {
  const columns: CellColumn[] = ["level3"];
  if (header.includes("描述") || !header.includes("指标值")) columns.push("description");
  columns.push("value", "basis");
  return columns;
}

/** The 一级指标 a 二级指标 belongs to (every 二级 name has one parent across both trees). */
function parentOf(level2: string): string {
  return LEVEL1_NAMES.find((level1) => belongsTo(level1, level2)) ?? "";
}

function tableOf(lines: readonly TextLine[], traits: TextTraits): Table {
  const headerEnd = lines.findIndex((l, i) => i > 0 && !isTableHeader(l));
  const header = lines.slice(0, headerEnd < 0 ? lines.length : headerEnd);
  // Headers repeated after a page break (一级指标 … / 指标值确定 / 依据) are dropped wherever they are.
  const body: TextLine[] = [];
  let inHeader = false;
  for (const line of lines) {
    inHeader = line.pieces[0]?.text === "一级指标" || (inHeader && isTableHeader(line));
    if (!inHeader) body.push(line);
  }
  return {
    traits,
    columns: columnsOf(header.map((l) => l.text).join("")),
    laidOut: header.some((l) => l.pieces.some((p) => p.gap >= TEXT_IMPORT_SETTINGS.layoutGap)),
    body,
    items: tableItems(body),
    problems: [],
    groups: [],
    block: null,
  };
}

/** Block order: the content between one 二级 name and the next is that name's rows. */
function blockGroups(table: Table, known: ColumnWidths): { groups: Group[]; problems: Problem[] } {
  const groups: Group[] = [];
  const problems: Problem[] = [];
  let level1 = "";
  /** Where each group's name ends and its content begins, to tell block order from line order. */
  const nameEnds = new Map<Group, number>();
  const contentStarts = new Map<Group, number>();
  const open = (level2: string, place: SourcePlace): Group => {
    const group: Group = {
      level1: parentOf(level2) || level1,
      level2,
      lines: [],
      place,
      verdict: { kind: "none" },
      rows: null,
      reread: (widths) => {
        if (group.level2 === "" || group.lines.length === 0) return;
        // In block order a name stands before its rows: one wrapped round them is line order.
        if ((nameEnds.get(group) ?? -1) > (contentStarts.get(group) ?? Infinity)) return;
        const read = readBlockGroup(
          group.lines.map((l) => l.pieces),
          table.columns,
          widths,
          table.traits
        );
        group.verdict = read.verdict;
        group.rows = read.rows;
      },
    };
    groups.push(group);
    return group;
  };
  let current: Group | null = null;
  for (const item of table.items) {
    if (item.kind === "label") {
      if (item.level === 1) {
        level1 = item.name;
        continue;
      }
      const parent = parentOf(item.name);
      if (level1 && parent && level1 !== parent)
        problems.push({
          rule: "import/text",
          severity: "warning",
          ...item.place,
          message: `二级指标“${item.name}”不属于其上的一级指标“${level1}”，已按指标体系归入“${parent}”`,
        });
      current = open(item.name, item.place);
      nameEnds.set(current, Math.max(...item.lines));
      continue;
    }
    current ??= open("", item.place);
    if (!contentStarts.has(current)) contentStarts.set(current, item.line);
    current.lines.push({ place: item.place, pieces: item.pieces });
  }
  for (const group of groups) group.reread(known);
  return { groups, problems };
}

/**
 * Line order: each row stands around its 二级 name, as many of its lines above the name as below
 * (centred), or from the name down (top), or up to it (bottom). Null when the lines cannot be
 * shared out so under `alignment`.
 */
function lineGroups(table: Table, alignment: (typeof ALIGNMENTS)[number], known: ColumnWidths) {
  const content = new Map<number, Piece[]>();
  const names: { name: string; lines: number[]; place: SourcePlace }[] = [];
  for (const item of table.items)
    if (item.kind === "content") content.set(item.line, item.pieces);
    else if (item.level === 2)
      names.push({ name: item.name, lines: item.lines, place: item.place });
  // The lines that make rows: content, and the lines a 二级 name stands on alone.
  const kept = [...new Set([...content.keys(), ...names.flatMap((n) => n.lines)])].sort(
    (a, b) => a - b
  );
  const index = new Map(kept.map((line, i) => [line, i]));
  if (names.length === 0) return null;
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < names.length; i++) {
    const at = names[i].lines.map((l) => index.get(l) ?? 0);
    const [first, last] = [Math.min(...at), Math.max(...at)];
    const nextFirst =
      i + 1 < names.length
        ? Math.min(...names[i + 1].lines.map((l) => index.get(l) ?? 0))
        : kept.length;
    let from = start;
    let to: number;
    if (alignment === "top") {
      if (i === 0 && first > 0) return null;
      from = first;
      to = nextFirst - 1;
    } else if (alignment === "bottom") to = i + 1 < names.length ? last : kept.length - 1;
    else to = last + (first - from);
    if (from > first || to < last || to >= nextFirst) return null;
    spans.push([from, to]);
    start = to + 1;
  }
  if (start !== kept.length) return null;
  return spans.map(([from, to], i): Group => {
    const lines = kept.slice(from, to + 1);
    const group: Group = {
      level1: parentOf(names[i].name),
      level2: names[i].name,
      lines: lines
        .filter((l) => content.has(l))
        .map((l) => ({ place: table.body[l].place, pieces: content.get(l) ?? [] })),
      place: names[i].place,
      verdict: { kind: "none" },
      rows: null,
      reread: (widths) => {
        group.verdict = readLineRow(
          {
            lines: lines.map((l) => content.get(l) ?? []),
            labelLines: names[i].lines.map((l) => lines.indexOf(l)),
          },
          table.columns,
          alignment,
          widths,
          table.laidOut,
          table.traits
        );
        group.rows = group.verdict.kind === "read" ? [group.verdict.reading] : null;
      },
    };
    group.reread(known);
    return group;
  });
}

const unread = (groups: Group[]) => groups.filter((g) => !g.rows && g.lines.length > 0).length;

/**
 * Whether a table reads in line order: most of its 二级 names share their line with content (in
 * line order a name stands in the middle of its row, beside the cells of one line; in block order
 * it stands alone before them).
 */
function inLineOrder(items: Table["items"]): boolean {
  const contentLines = new Set(items.flatMap((i) => (i.kind === "content" ? [i.line] : [])));
  const names = items.filter((i) => i.kind === "label" && i.level === 2);
  const beside = names.filter(
    (i) => i.kind === "label" && i.lines.some((l) => contentLines.has(l))
  );
  return names.length > 0 && beside.length * 2 > names.length;
}

/**
 * Reads a table in the order its text is in: block order, or line order when its 二级 names stand
 * beside content. Line order needs positions or words without spaces between them: without, a
 * line's words could be shared among cells too many ways, and its rows are reported.
 */
function readTable(table: Table, known: ColumnWidths): void {
  if (!inLineOrder(table.items)) {
    if (table.block) {
      // Read again with the widths: only what did not read before.
      for (const group of table.block.groups) if (!group.rows) group.reread(known);
    } else table.block = blockGroups(table, known);
    table.groups = table.block.groups;
    table.problems = table.block.problems;
    return;
  }
  table.block ??= blockGroups(table, NO_WIDTHS);
  // The block reading only stands for what each row's text is, should no line reading work.
  let best: Group[] = table.block.groups.map((g) => ({
    ...g,
    verdict: { kind: "none" },
    rows: null,
  }));
  table.problems = [];
  // The first alignment its rows can be shared out under (centred, as tables print, comes first):
  // trying them all and keeping the one that reads most would let a wrong one win by chance.
  if (table.laidOut || !table.traits.spacedWords)
    for (const alignment of ALIGNMENTS) {
      const groups = lineGroups(table, alignment, known);
      if (groups) {
        best = groups;
        break;
      }
    }
  table.groups = best;
}

/** Column widths that every row read so far agrees on. */
function learnWidths(tables: Table[]): ColumnWidths {
  const full: Partial<Record<CellColumn, number[]>> = {};
  const widest: Partial<Record<CellColumn, number>> = {};
  for (const table of tables)
    for (const group of table.groups)
      for (const reading of group.rows ?? [])
        for (const [column, widths] of Object.entries(reading.lines) as [CellColumn, number[]][]) {
          if (widths.length > 1) (full[column] ??= []).push(Math.max(...widths.slice(0, -1)));
          else widest[column] = Math.max(widest[column] ?? 0, widths[0]);
        }
  const agreed: Partial<Record<CellColumn, number>> = {};
  const { shortLine, measure } = TEXT_IMPORT_SETTINGS;
  for (const [column, seen] of Object.entries(full) as [CellColumn, number[]][]) {
    const top = Math.max(...seen);
    if (seen.every((w) => top - w <= shortLine + measure)) agreed[column] = top;
  }
  return { full: agreed, widest };
}

function reason(group: Group): string {
  if (group.level2 === "") return "它之前没有二级指标";
  const v = group.verdict;
  if (v.kind === "ambiguous") return `它有 ${v.count} 种同样说得通的分列方式`;
  return "没有一种分列方式能让各列都说得通（例如找不到可作指标值的内容）";
}

/** The rows of one table, and the problems of its rows. */
function tableRows(table: Table, project: number): TableRead {
  const rows: IndicatorRow[] = [];
  const problems = [...table.problems];
  for (const group of table.groups) {
    if (group.lines.length === 0) {
      if (group.level2)
        problems.push({
          rule: "import/text",
          severity: "warning",
          ...group.place,
          message: `二级指标“${group.level2}”之下没有指标行`,
        });
      continue;
    }
    if (group.rows) {
      for (const reading of group.rows)
        rows.push({ level1: group.level1, level2: group.level2, ...reading.cells });
      continue;
    }
    const text = group.lines.map((l) => l.pieces.map((p) => p.text).join(" ")).join(" ");
    const first = group.lines[0].place;
    const last = group.lines[group.lines.length - 1].place;
    problems.push({
      rule: ROW_UNPLACED,
      severity: "error",
      ...spanPlace(first, last),
      at: { kind: "indicator", project, row: rows.length },
      message: `这一指标行无法确定各列：${reason(group)}。已把原文“${text}”整行放在“三级指标”中，请对照原文分到各列`,
    });
    rows.push({
      level1: group.level2 ? group.level1 : "",
      level2: group.level2,
      level3: text,
      description: "",
      value: "",
      basis: "",
    });
  }
  return { rows, problems };
}

/**
 * Reads the indicator tables of one document: `tables` holds each table's lines from its header
 * (一级指标 …) on; `projects` the index of the project each belongs to; `traits` what the text is
 * like (lines.ts `spacesWords`).
 */
export function readIndicatorTables(
  tables: readonly (readonly TextLine[])[],
  projects: readonly number[],
  traits: TextTraits = PLAIN_TEXT
): TableRead[] {
  const read = tables.map((lines) => tableOf(lines, traits));
  for (const table of read) readTable(table, NO_WIDTHS);
  const widths = learnWidths(read);
  for (const table of read) if (unread(table.groups) > 0) readTable(table, widths);
  return read.map((table, i) => tableRows(table, projects[i] ?? i));
}
