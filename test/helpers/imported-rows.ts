/**
 * The check every published-text import test makes: each indicator row the importer put out is
 * either the expected row, exactly, or reported as kept as-is (`import/row-unplaced`, with its
 * lines and all its text in 三级指标). No row may pass with a cell shifted into another column,
 * no 二级指标 may sit outside its 一级指标's branch, and no 指标值 may hold a basis phrase.
 */
import { isBasisText } from "../../src/core/basis";
import { belongsTo } from "../../src/core/framework";
import type { ImportResult } from "../../src/core/import";
import { ROW_UNPLACED } from "../../src/core/import";
import type { Department, IndicatorRow } from "../../src/core/model";

export interface RowTally {
  /** Rows read exactly as expected. */
  read: number;
  /** Rows kept as text and reported. */
  reported: number;
  expected: number;
}

const letters = (text: string) => [...text.replace(/\s/g, "")].sort().join("");

function containsLetters(haystack: string, needle: string): boolean {
  const counts = new Map<string, number>();
  for (const ch of haystack.replace(/\s/g, "")) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of needle.replace(/\s/g, "")) {
    const left = counts.get(ch) ?? 0;
    if (left === 0) return false;
    counts.set(ch, left - 1);
  }
  return true;
}

const rowText = (r: IndicatorRow) => r.level3 + r.description + r.value + r.basis;

/** The invariants that hold for any input: the tree, and no basis phrase as 指标值. */
export function expectSaneRows(result: ImportResult): void {
  for (const project of result.department.projects)
    for (const row of project.indicators) {
      if (row.level2 !== "" && !belongsTo(row.level1, row.level2))
        throw new Error(`row outside its branch: ${JSON.stringify(row)}`);
      if (isBasisText(row.value)) throw new Error(`basis phrase as 指标值: ${JSON.stringify(row)}`);
    }
}

/**
 * Checks each project's rows against the expected ones, in order; returns how many were read and
 * how many reported. Throws (failing the test) on any row that is neither.
 */
export function tallyRows(result: ImportResult, expected: Department): RowTally {
  expectSaneRows(result);
  const tally: RowTally = { read: 0, reported: 0, expected: 0 };
  const projects = result.department.projects;
  if (projects.length !== expected.projects.length)
    throw new Error(`${projects.length} projects imported, ${expected.projects.length} expected`);
  projects.forEach((project, p) => {
    const want = expected.projects[p].indicators;
    tally.expected += want.length;
    const reported = new Set(
      result.diagnostics
        .filter((d) => d.rule === ROW_UNPLACED && d.at?.kind === "indicator" && d.at.project === p)
        .map((d) => (d.at as { row: number }).row)
    );
    let cursor = 0;
    let pending: string[] = [];
    const settle = (until: number) => {
      // Expected rows skipped over must be inside the text of the rows reported meanwhile.
      const skipped = want.slice(cursor, until).map(rowText).join("");
      if (skipped !== "" && !containsLetters(pending.join(""), skipped))
        throw new Error(
          `project ${p}: expected rows ${cursor}..${until - 1} neither read nor reported (kept: ${pending.join(" | ")})`
        );
      pending = [];
    };
    project.indicators.forEach((row, r) => {
      if (reported.has(r)) {
        tally.reported++;
        if (row.description !== "" || row.value !== "" || row.basis !== "")
          throw new Error(`reported row ${p}/${r} not kept in 三级指标: ${JSON.stringify(row)}`);
        pending.push(row.level3);
        return;
      }
      const at = want.findIndex((w, i) => i >= cursor && JSON.stringify(w) === JSON.stringify(row));
      if (at < 0) throw new Error(`project ${p} row ${r} read wrongly: ${JSON.stringify(row)}`);
      settle(at);
      cursor = at + 1;
      tally.read++;
    });
    settle(want.length);
  });
  return tally;
}

export { letters };
