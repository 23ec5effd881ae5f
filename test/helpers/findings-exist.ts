/**
 * The assertion that every finding of a review names a sheet of the workbook and a cell inside
 * what that sheet holds (a finding on a sheet the workbook does not have is a bug, not a hint).
 */
import { parseCell } from "../../src/core/layout/plan";
import type { SheetValues } from "../../src/core/layout/workbook";
import type { Problem } from "../../src/core/problem";

export function expectFindingsOnSheets(findings: readonly Problem[], sheets: SheetValues[]): void {
  const byName = new Map(sheets.map((s) => [s.name, s.grid]));
  for (const finding of findings) {
    const grid = byName.get(finding.sheet ?? "");
    expect({ rule: finding.rule, sheet: finding.sheet, known: grid !== undefined }).toEqual({
      rule: finding.rule,
      sheet: finding.sheet,
      known: true,
    });
    expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
    const { row, column } = parseCell(finding.cell as string);
    const width = Math.max(...(grid ?? []).map((r) => r?.length ?? 0));
    expect([finding.sheet, finding.cell, row <= (grid?.length ?? 0) && column <= width]).toEqual([
      finding.sheet,
      finding.cell,
      true,
    ]);
  }
}
