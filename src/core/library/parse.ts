/**
 * Reads a gatherer's TSV of published indicator rows (the format of GATHER.md: `@table` lines, an
 * optional `@goal`, then one row per indicator) into tables. Never throws: a line that cannot be
 * read is left out and reported as a problem at its file and line, so one bad line costs one row.
 */
import type { Problem } from "../problem";
import type { LibraryRow, LibraryTable } from "./types";

/** A problem of one library file: the file beside the line, so a report can say `central.tsv:12`. */
export interface LibraryProblem extends Problem {
  file: string;
}

export interface ParsedLibrary {
  tables: LibraryTable[];
  problems: LibraryProblem[];
}

/** The fields of a `@table` line after the tag, in order. */
const TABLE_FIELDS = ["id", "province", "place", "year", "kind", "name", "form", "source"] as const;

/** Fields with the spaces around them trimmed; trailing empty fields (a closing tab) dropped. */
function fieldsOf(line: string): string[] {
  const fields = line.split("\t").map((f) => f.trim());
  while (fields.length > 0 && fields[fields.length - 1] === "") fields.pop();
  return fields;
}

function tableOf(fields: string[], file: string, line: number): LibraryTable {
  const get = (i: number) => fields[i + 1] ?? "";
  const record = Object.fromEntries(TABLE_FIELDS.map((name, i) => [name, get(i)]));
  return {
    ...(record as Record<(typeof TABLE_FIELDS)[number], string>),
    goal: "",
    rows: [],
    file,
    line,
  };
}

/** Reads one file's text; `file` names it in the problems (e.g. `central.tsv`). */
export function parseLibrary(text: string, file: string): ParsedLibrary {
  const tables: LibraryTable[] = [];
  const problems: LibraryProblem[] = [];
  const report = (line: number, messageId: string, message: string) =>
    problems.push({
      rule: `library/${messageId}`,
      severity: "error",
      message,
      messageId,
      file,
      line,
    });
  let current: LibraryTable | null = null;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const fields = fieldsOf(raw);
    if (fields[0] === "@table") {
      if (fields.length !== 9)
        report(
          line,
          "table-fields",
          `表头行应有 9 列（@table 与 8 项），此行有 ${fields.length} 列`
        );
      current = tableOf(fields, file, line);
      tables.push(current);
    } else if (fields[0] === "@goal") {
      if (!current) report(line, "orphan", "@goal 行之前没有 @table 行");
      else current.goal = fields.slice(1).join(" ");
    } else if (fields[0].startsWith("@")) {
      report(line, "unknown-tag", `无法识别的标记“${fields[0]}”`);
    } else if (!current) {
      report(line, "orphan", "指标行之前没有 @table 行");
    } else if (fields.length < 4 || fields.length > 5) {
      report(
        line,
        "row-fields",
        `指标行应有 4 或 5 列（一级、二级、三级、指标值、依据），此行有 ${fields.length} 列`
      );
    } else {
      const [level1, level2, level3, value, basis = ""] = fields;
      const row: LibraryRow = { level1, level2, level3, value, basis, line };
      current.rows.push(row);
    }
  });
  return { tables, problems };
}

/** Reads several files (name → text) as one library, tables in file order. */
export function parseLibraryFiles(files: { name: string; text: string }[]): ParsedLibrary {
  const parsed = files.map((f) => parseLibrary(f.text, f.name));
  return {
    tables: parsed.flatMap((p) => p.tables),
    problems: parsed.flatMap((p) => p.problems),
  };
}
