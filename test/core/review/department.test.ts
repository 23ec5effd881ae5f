/**
 * The department as a whole: the 汇总 against the project sheets (every project once, amounts
 * equal, the 合计 their sum) and the 部门整体 goals (present, each served by some project). The
 * clean department workbook gives no finding; each defect, typed over the drawn sheets, is found
 * at its cell with its rule.
 */
import { planDepartment, planGrid, Scalar } from "../../../src/core/layout";
import type { SheetValues } from "../../../src/core/layout/workbook";
import { reviewSheets } from "../../../src/core/review";
import { cleanDepartment } from "../../fixtures/clean-department";
import { expectFindingsOnSheets } from "../../helpers/findings-exist";

const RULES = new Set(["review/summary-projects", "review/department-goals"]);

function workbook(): SheetValues[] {
  return planDepartment(cleanDepartment()).map((p) => ({ name: p.name, grid: planGrid(p) }));
}

const sheet = (sheets: SheetValues[], name: string) =>
  sheets.find((s) => s.name === name)?.grid as Scalar[][];
/** The 1-based row of the 汇总 whose 项目名称 (column C) is `name`, or whose A reads 合计. */
const summaryRow = (grid: Scalar[][], name: string) =>
  grid.findIndex((r) => r[2] === name || (name === "合计" && r[0] === "合计")) + 1;

/** The A1 name of the first cell holding `value`: the project's name on its sheet. */
function cellHolding(grid: Scalar[][], value: string): string {
  const r = grid.findIndex((row) => row.includes(value));
  return `${String.fromCharCode(65 + grid[r].indexOf(value))}${r + 1}`;
}

const found = (sheets: SheetValues[]) =>
  reviewSheets(sheets)
    .findings.filter((f) => RULES.has(f.rule))
    .map((f) => [f.rule, f.sheet, f.cell, f.messageId]);

it("finds nothing on the clean department", () => {
  expect(found(workbook())).toEqual([]);
});

const projects = cleanDepartment().projects;

it.each<[string, (sheets: SheetValues[]) => void, (sheets: SheetValues[]) => unknown[][]]>([
  [
    "a 预算数 in the 汇总 that differs from its sheet",
    (sheets) => {
      const grid = sheet(sheets, "汇总");
      (grid[summaryRow(grid, projects[2].name) - 1][3] as number) += 1;
    },
    (sheets) => [
      [
        "review/summary-projects",
        "汇总",
        `D${summaryRow(sheet(sheets, "汇总"), projects[2].name)}`,
        "amount",
      ],
    ],
  ],
  [
    "a project left out of the 汇总",
    (sheets) => {
      const grid = sheet(sheets, "汇总");
      grid[summaryRow(grid, projects[4].name) - 1].fill(null);
    },
    (sheets) => [
      [
        "review/summary-projects",
        `5.${projects[4].name}`,
        cellHolding(sheet(sheets, `5.${projects[4].name}`), projects[4].name),
        "missing",
      ],
    ],
  ],
  [
    "a 合计 that is not the sum of the projects",
    (sheets) => {
      const grid = sheet(sheets, "汇总");
      (grid[summaryRow(grid, "合计") - 1][3] as number) += 10;
    },
    (sheets) => [
      ["review/summary-projects", "汇总", `D${summaryRow(sheet(sheets, "汇总"), "合计")}`, "total"],
    ],
  ],
  [
    "a 分项目标 that no project serves",
    (sheets) => {
      const grid = sheet(sheets, "部门整体绩效目标");
      const heading = grid.findIndex((r) => r[0] === "二、分项绩效目标");
      grid[heading + 1][0] = "（一）发展远洋渔业和港口物流";
    },
    (sheets) => [
      [
        "review/department-goals",
        "部门整体绩效目标",
        `A${sheet(sheets, "部门整体绩效目标").findIndex((r) => r[0] === "二、分项绩效目标") + 1}`,
        "unserved",
      ],
    ],
  ],
])("finds %s at its cell", (_name, plant, expected) => {
  const sheets = workbook();
  plant(sheets);
  expect(found(sheets)).toEqual(expected(sheets));
  expectFindingsOnSheets(reviewSheets(sheets).findings, sheets);
});
