/**
 * Documents of the seed's kind that are not the seed: other column widths, cells wrapped at other
 * places, values with a space before the unit, a per-person-per-month unit, a basis that wraps,
 * qualitative values, the 2021 tree, page breaks inside tables, spaces between words, lines in a
 * viewer's order, no 描述 column, and real `pdftotext` output of the seed workbook (with and
 * without `-layout`). Every row is read exactly or reported as kept as-is; none passes shifted.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importPublishedText, ROW_UNPLACED } from "../../../src/core/import";
import type { Department } from "../../../src/core/model";
import { layoutDocument, LayoutOptions, SEED_WIDTHS } from "../../fixtures/published/layout";
import { PER_MONTH_VALUE, TOWNSHIP_DEPARTMENT } from "../../fixtures/published/township";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { tallyRows } from "../../helpers/imported-rows";

const NARROW = { level1: 4, level2: 4, level3: 4, description: 7, value: 4, basis: 4 };
const WIDE = { level1: 6, level2: 7, level3: 8, description: 14, value: 7, basis: 8 };
const ODD = { level1: 5, level2: 6, level3: 7, description: 9, value: 6, basis: 10 };

function imported(department: Department, options: LayoutOptions) {
  return importPublishedText(layoutDocument(department, options));
}

describe("the seed laid out again", () => {
  it("with the seed's own widths gives the seed's tables back, row for row", () => {
    const result = imported(SEED_DEPARTMENT, { widths: SEED_WIDTHS });
    expect(result.diagnostics).toEqual([]);
    expect(result.department.projects.map((p) => p.indicators)).toEqual(
      SEED_DEPARTMENT.projects.map((p) => p.indicators)
    );
  });

  it.each([
    ["wider columns", 59, { widths: WIDE }],
    [
      "page breaks every 11 table lines, spaces between words",
      59,
      { widths: SEED_WIDTHS, pageLines: 11, spacedWords: true },
    ],
    ["narrower columns", 58, { widths: NARROW }],
    ["a viewer's line order", 58, { widths: SEED_WIDTHS, order: "lines" as const }],
    ["a viewer's line order, narrow columns", 49, { widths: NARROW, order: "lines" as const }],
  ])("with %s: every row read or reported, at least %i read", (_, fewestRead, options) => {
    const tally = tallyRows(imported(SEED_DEPARTMENT, options), SEED_DEPARTMENT);
    expect(tally.read).toBeGreaterThanOrEqual(fewestRead);
  });

  it("without a 描述 column reads the other cells", () => {
    const expected: Department = {
      ...SEED_DEPARTMENT,
      projects: SEED_DEPARTMENT.projects.map((p) => ({
        ...p,
        indicators: p.indicators.map((r) => ({ ...r, description: "" })),
      })),
    };
    const tally = tallyRows(
      imported(expected, { widths: SEED_WIDTHS, noDescription: true }),
      expected
    );
    expect(tally.read).toBe(tally.expected);
  });
});

describe("a document of another township", () => {
  it.each([
    ["the seed's widths", 19, { widths: SEED_WIDTHS }],
    ["narrow columns", 19, { widths: NARROW }],
    ["wide columns and page breaks", 19, { widths: WIDE, pageLines: 13 }],
    ["odd widths and spaces between words", 13, { widths: ODD, spacedWords: true }],
    ["a viewer's line order", 9, { widths: SEED_WIDTHS, order: "lines" as const }],
  ])("with %s: every row read or reported, at least %i read", (_, fewestRead, options) => {
    const tally = tallyRows(imported(TOWNSHIP_DEPARTMENT, options), TOWNSHIP_DEPARTMENT);
    expect(tally.read).toBeGreaterThanOrEqual(fewestRead);
  });

  it(`reads ${PER_MONTH_VALUE}, a unit the grammar does not know yet, where it is the only way`, () => {
    const { department } = imported(TOWNSHIP_DEPARTMENT, { widths: SEED_WIDTHS });
    expect(department.projects[0].indicators[4].value).toBe(PER_MONTH_VALUE);
  });

  it("reads the header block: other funds, 9月底, several goals, the 2021 tree", () => {
    const { department } = imported(TOWNSHIP_DEPARTMENT, { widths: SEED_WIDTHS });
    const [first, second] = department.projects;
    expect(first).toMatchObject({
      code: "21300524P0000130001",
      budget: 86.5,
      fiscalFunds: 80,
      otherFunds: 6.5,
      goals: TOWNSHIP_DEPARTMENT.projects[0].goals,
      schedule: TOWNSHIP_DEPARTMENT.projects[0].schedule,
      purpose: TOWNSHIP_DEPARTMENT.projects[0].purpose,
    });
    expect(second.indicators[0]).toEqual(TOWNSHIP_DEPARTMENT.projects[1].indicators[0]);
    expect(department.overview).toEqual(TOWNSHIP_DEPARTMENT.overview);
  });

  it("keeps the rows it cannot read as text, with their lines, and says why in Chinese", () => {
    const text = layoutDocument(TOWNSHIP_DEPARTMENT, { widths: ODD, spacedWords: true });
    const { department, diagnostics } = importPublishedText(text);
    const kept = diagnostics.filter((d) => d.rule === ROW_UNPLACED);
    expect(kept.length).toBeGreaterThan(0);
    for (const problem of kept) {
      expect(problem.severity).toBe("error");
      expect(problem.line).toBeGreaterThan(0);
      expect(problem.lastLine ?? problem.line).toBeGreaterThanOrEqual(problem.line as number);
      expect(problem.message).toMatch(/无法确定各列.*整行放在“三级指标”中/);
      const at = problem.at as { project: number; row: number };
      const row = department.projects[at.project].indicators[at.row];
      const first = problem.line as number;
      const lines = text.split("\n").slice(first - 1, problem.lastLine ?? first);
      // The row keeps its lines' text, in order, but for the 一级 / 二级 names among them.
      expect(lines.join(" ").replace(/ /g, "")).toContain(row.level3.split(" ")[0]);
      expect([row.description, row.value, row.basis]).toEqual(["", "", ""]);
    }
  });
});

describe("pdftotext output of the seed workbook (LibreOffice's rendering)", () => {
  const fixture = (name: string) =>
    readFileSync(join(__dirname, "..", "..", "fixtures", "published", name), "utf8");

  it("with -layout: every row read", () => {
    const result = importPublishedText(fixture("seed-workbook.layout.txt"));
    const tally = tallyRows(result, SEED_DEPARTMENT);
    expect(tally.read).toBe(tally.expected);
    expect(result.department.projects.map((p) => p.budget)).toEqual(
      SEED_DEPARTMENT.projects.map((p) => p.budget)
    );
    expect(result.department.projects.map((p) => p.code)).toEqual(
      SEED_DEPARTMENT.projects.map((p) => p.code)
    );
  });

  it("plain (cells in reading order, tables scrambled): every row read or reported", () => {
    const tally = tallyRows(
      importPublishedText(fixture("seed-workbook.plain.txt")),
      SEED_DEPARTMENT
    );
    expect(tally.read + tally.reported).toBeGreaterThan(0);
  });
});
