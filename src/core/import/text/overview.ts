/**
 * Reader of a document's first part, 部门整体绩效目标: 总体绩效目标 (one paragraph), 分项绩效目标 and
 * 工作保障措施 (numbered items, wrapped over lines). It takes lines with their places, so that the
 * text importer (line numbers) and the PDF importer (pages and heights) report alike.
 */
import type { DepartmentOverview } from "../../model";
import type { Problem } from "../../problem";
import { joinPieces, numberedItem, piecesOf, PlacedLine } from "./lines";

export interface OverviewRead {
  overview: DepartmentOverview;
  /** The unit, when the part names it on a line of its own (`989001 某某单位`). */
  unit: { code: string; name: string } | null;
  problems: Problem[];
}

type Section = "overall" | "items" | "measures";

/** Section headings `一、总体绩效目标` and the word that tells which section it opens. */
const SECTION_HEADING = /^[一二三四五六七八九十]+\s*[、.．]\s*(.*)$/;
const SECTION_WORDS: [string, Section][] = [
  ["总体", "overall"],
  ["分项", "items"],
  ["保障", "measures"],
  ["措施", "measures"],
];
/** Titles of the part, passed over: 第一部分, 部门整体绩效目标, 某某单位部门整体绩效目标. */
const PART_TITLE = /^(第[一二三四五六七八九十]+部分|.*部门整体绩效目标)$/;
const UNIT_LINE = /^(\d{3,})\s+(\S.*)$/;

/** A line's text; spaces a viewer put between Chinese words are dropped (lines.ts joinPieces). */
const textOf = (line: PlacedLine) =>
  piecesOf(typeof line.text === "string" ? line.text : "").reduce(
    (text, piece) => joinPieces(text, piece.text, true),
    ""
  );

/** Reads the overview part; what it cannot place is reported with its place and left out. */
export function readOverview(lines: readonly PlacedLine[]): OverviewRead {
  const overview: DepartmentOverview = { overallGoal: "", itemGoals: [], measures: [] };
  const problems: Problem[] = [];
  let unit: OverviewRead["unit"] = null;
  let section: Section | null = null;
  /** Under a heading it does not know: the heading's report covers its lines. */
  let skipping = false;
  const lists: Record<Exclude<Section, "overall">, string[]> = {
    items: overview.itemGoals,
    measures: overview.measures,
  };

  for (const line of lines) {
    const text = textOf(line);
    if (text === "" || PART_TITLE.test(text)) continue;
    const heading = SECTION_HEADING.exec(text);
    if (heading) {
      section = SECTION_WORDS.find(([word]) => heading[1].includes(word))?.[1] ?? null;
      skipping = section === null;
      if (section === null)
        problems.push({
          rule: "import/overview",
          severity: "warning",
          ...line.place,
          message: `无法识别的部分标题“${text}”，其下内容已忽略`,
        });
      continue;
    }
    const unitLine: RegExpExecArray | null =
      section === null && !unit ? UNIT_LINE.exec(text) : null;
    if (unitLine) {
      unit = { code: unitLine[1], name: unitLine[2] };
      continue;
    }
    if (section === "overall") {
      overview.overallGoal = joinPieces(overview.overallGoal, text, false);
      continue;
    }
    if (section === null) {
      if (skipping) continue;
      problems.push({
        rule: "import/overview",
        severity: "warning",
        ...line.place,
        message: `“${text}”不在任何部分之下，已忽略`,
      });
      continue;
    }
    const list = lists[section];
    const item = numberedItem(text);
    if (item) list.push(item.rest);
    else if (list.length > 0)
      list[list.length - 1] = joinPieces(list[list.length - 1], text, false);
    else list.push(text);
  }
  return { overview, unit, problems };
}
