/**
 * The overview (第一部分 部门整体绩效目标) of a PDF: the lines before its first table, read by the
 * text importer, whose line numbers become places on the page. Kept to this one function so that
 * it can move to the text importer's own overview reader when that reads placed lines.
 */
import { Problem } from "../../problem";
import { importPublishedText } from "../published";
import { PdfLine } from "./document";

const UNIT_LINE = /^(\d{3,})\s+(\S.*)$/;
const SECTION = /^[一二三四五六七八九十]+、/;

/** The overview; a title and unit line above the first section are the sheet's, not part of it. */
export function readOverview(lines: PdfLine[]) {
  const first = lines.findIndex((l) => SECTION.test(l.text));
  const unit = lines
    .slice(0, Math.max(first, 0))
    .map((l) => UNIT_LINE.exec(l.text))
    .find(Boolean);
  const kept = lines.filter(
    (l, i) =>
      first < 0 || i >= first || !(l.text.endsWith("部门整体绩效目标") || UNIT_LINE.test(l.text))
  );
  const read = importPublishedText(kept.map((l) => l.text).join("\n"));
  const problems = read.diagnostics
    // The text importer also looks for project tables, which here are read from the tables.
    .filter((d) => !d.message.startsWith("没有找到任何项目绩效目标表"))
    .map((d): Problem => {
      const line = d.line !== undefined ? kept[d.line - 1] : undefined;
      const moved: Problem = { ...d, ...(line && { page: line.page, x: line.x0, y: line.top }) };
      delete moved.line; // lines of the text made here, not of anything the user has
      delete moved.lastLine;
      return moved;
    });
  return {
    overview: read.department.overview,
    unit: unit ? { code: unit[1], name: unit[2].trim() } : null,
    problems,
  };
}
