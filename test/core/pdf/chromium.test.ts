/**
 * PDFs printed by headless Chromium (Skia) from an HTML rendering of the department's forms, as
 * bureaus print them from a web page, each imported to the exact model: borders as thin filled
 * rectangles, shaded header cells, radicals (Kangxi and supplement) in the page's text, a project
 * form made of two tables one below the other, a table over a page break, landscape pages.
 */
import { PdfImport } from "../../../src/core/import/pdf";
import { importPdf } from "../../../src/core/import/pdf";
import { Department } from "../../../src/core/model";
import { LONG } from "../../fixtures/pdf-departments";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { departmentHtml, HtmlOptions, printHtml } from "../../helpers/html-print";
import { printedDepartment } from "../../helpers/printed";

const cp = (code: number) => String.fromCodePoint(code);
/** Radicals written into the page source for these ideographs. */
const RADICALS: Record<string, string> = {
  文: cp(0x2f42),
  目: cp(0x2f6c),
  人: cp(0x2f08),
  行: cp(0x2f8f),
  民: cp(0x2ea0),
};
const radicals = (text: string) => text.replace(/[文目人行民]/g, (ch) => RADICALS[ch]);

const CASES: [string, Department, HtmlOptions][] = [
  ["the seed, one table a form, radicals in the source", SEED_DEPARTMENT, { text: radicals }],
  ["the seed, header block and indicators as two tables", SEED_DEPARTMENT, { split: true }],
  ["a project over a page break, two tables", LONG, { split: true }],
  ["the seed on landscape pages (@page A4 landscape)", SEED_DEPARTMENT, { landscape: true }],
];

const results: Record<string, PdfImport> = {};

beforeAll(async () => {
  const pdfs = await printHtml(
    CASES.map(([, department, options]) => departmentHtml(printedDepartment(department), options))
  );
  for (const [i, [name]] of CASES.entries()) results[name] = await importPdf(pdfs[i]);
}, 600_000);

it.each(CASES.map(([name, expected]) => [name, expected] as const))(
  "%s: imports to the exact model",
  (name, expected) => {
    const result = results[name];
    expect(result.department).toEqual(expected);
    // Only notes: folded characters, stacked tables, a table continued over a page.
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  }
);

/** How many characters the one note says were folded. */
function folded(name: string): number {
  const notes = results[name].diagnostics.filter((d) => d.rule === "import/folded");
  expect(notes).toHaveLength(1);
  return Number(/文件中有 (\d+) 个字符/.exec(notes[0].message)?.[1]);
}

it("folds the radicals Chromium writes, by itself and from the source, in one note", () => {
  // Chromium (Skia) writes one code per glyph in its ToUnicode map, and for the glyphs Noto CJK
  // shares between an ideograph and its radical (工 人 金 目 民 …) that code is the radical's,
  // whatever the source said: the PDF printed from the source with radicals says the same.
  const own = folded(CASES[1][0]);
  expect(own).toBeGreaterThan(0);
  expect(folded(CASES[0][0])).toBeGreaterThanOrEqual(own);
});

it("says that two tables one below the other were read as one form", () => {
  const stacked = results[CASES[1][0]].diagnostics.filter((d) => d.rule === "import/pdf-stacked");
  expect(stacked).toHaveLength(SEED_DEPARTMENT.projects.length);
  expect(results[CASES[0][0]].diagnostics.some((d) => d.rule === "import/pdf-stacked")).toBe(false);
});

it("joins the table over the page break, and says where", () => {
  const notes = results[CASES[2][0]].diagnostics;
  expect(notes).toContainEqual(
    expect.objectContaining({ rule: "import/pdf-continued", severity: "info" })
  );
});
