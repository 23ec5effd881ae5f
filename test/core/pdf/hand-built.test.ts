/**
 * PDFs written byte by byte by the test (helpers/pdf-bytes.ts), as report engines built on iText
 * write them: stroked rectangles with every shared border drawn twice, Chinese text in the
 * non-embedded Adobe font STSong-Light (UniGB-UCS2-H, read through pdf.js's standard CMaps) and
 * Latin in the non-embedded standard Courier; the same on pages turned by /Rotate 90; a scan
 * (images only) gives one message; a huge page count is cut with a message.
 */
import { importPdf } from "../../../src/core/import/pdf";
import { loadPdfjs, readPdf } from "../../../src/core/import/pdf/pdfjs";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { HandPage, layOut, Rules, writePdf } from "../../helpers/pdf-bytes";
import { printedDepartment, PrintedSheet } from "../../helpers/printed";

/** pdf.js reads a few pages a second on a busy machine. */
const SLOW = 180_000;

const cp = (code: number) => String.fromCodePoint(code);
/** Radicals some producers write for these ideographs (Kangxi and the supplement). */
const RADICALS: Record<string, string> = {
  文: cp(0x2f42),
  目: cp(0x2f6c),
  人: cp(0x2f08),
  行: cp(0x2f8f),
  民: cp(0x2ea0),
};

function pagesOf(sheets: PrintedSheet[], landscape: boolean, rules?: Rules): HandPage[] {
  const [width, height] = landscape ? [842, 595] : [595, 842];
  return layOut(sheets, width, height, rules).map((content) => ({
    width,
    height,
    content,
    rotate: landscape,
  }));
}

describe.each([
  ["portrait A4", false],
  ["landscape, stored portrait with /Rotate 90", true],
])("the seed written with STSong-Light and stroked rectangles, %s", (_, landscape) => {
  // The font's own CMap gives each ideograph (a radical's code comes back as the ideograph); the
  // radicals come, as from Chrome/Skia, through a ToUnicode map.
  const sheets = printedDepartment(SEED_DEPARTMENT);
  const bytes = writePdf(pagesOf(sheets, landscape), RADICALS);

  it(
    "imports to the exact model; the radicals are folded and quoted in one note",
    async () => {
      const result = await importPdf(bytes);
      expect(result.department).toEqual(SEED_DEPARTMENT);
      expect(result.diagnostics.map((d) => d.rule)).toEqual(["import/folded"]);
      expect(result.diagnostics[0].message).toContain(`“${RADICALS["目"]}”(U+2F6C)→“目”`);
      expect(result.diagnostics[0].message).toContain(`“${RADICALS["民"]}”(U+2EA0)→“民”`);
    },
    SLOW
  );

  it(
    "reads the pages as shown: text upright, rules as cells",
    async () => {
      const read = await readPdf(bytes, await loadPdfjs(), 2);
      const [, page] = read.pages;
      expect(page.width > page.height).toBe(landscape);
      expect(page.glyphs.map((g) => g.text).join("")).toContain("项");
      // Each cell stroked on its own: the shared borders come twice.
      expect(page.edges.length).toBeGreaterThan(4 * 30);
      expect(read.pageCount).toBe(sheets.length);
    },
    SLOW
  );
});

describe.each([
  ["thin filled rectangles (Excel, Word, Skia)", "bars"],
  ["filled four-point paths", "paths"],
] as const)("borders drawn as %s, header cells shaded", (_, rules) => {
  it(
    "imports to the exact model",
    async () => {
      const bytes = writePdf(pagesOf(printedDepartment(SEED_DEPARTMENT), false, rules));
      const result = await importPdf(bytes);
      expect(result.department).toEqual(SEED_DEPARTMENT);
      expect(result.diagnostics).toEqual([]);
    },
    SLOW
  );
});

it(
  "a cell's shading is no rule; a thin bar is one, along its middle",
  async () => {
    const shaded = "q 0.85 0.88 0.95 rg 100 600 200 40 re f Q\n";
    const bar = "100 500 200 0.6 re f\n";
    const read = await readPdf(
      writePdf([{ width: 595, height: 842, content: shaded + bar }]),
      await loadPdfjs()
    );
    const [edge, ...others] = read.pages[0].edges;
    expect(others).toEqual([]);
    expect(edge.orientation).toBe("h");
    expect(edge.at).toBeCloseTo(842 - 500.3, 1);
    expect([edge.from, edge.to]).toEqual([100, 300]);
  },
  SLOW
);

it(
  "a PDF of images only gives one message that says it is a scan and what to do",
  async () => {
    const scan = writePdf(
      [1, 2, 3].map(() => ({ width: 595, height: 842, content: "", scan: true }))
    );
    const result = await importPdf(scan);
    expect(result.department.projects).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ rule: "import/pdf-scanned", severity: "error" });
    expect(result.diagnostics[0].message).toMatch(/扫描件.*3 页.*电子版原文件.*文字识别（OCR）/);
  },
  SLOW
);

it(
  "a scanned page among text pages is named, the rest is read",
  async () => {
    const sheets = printedDepartment({
      ...SEED_DEPARTMENT,
      projects: SEED_DEPARTMENT.projects.slice(0, 1),
    });
    const pages = pagesOf(sheets, false);
    const scan: HandPage = { width: 595, height: 842, content: "", scan: true };
    const result = await importPdf(writePdf([...pages, scan]));
    expect(result.department.projects.map((p) => p.name)).toEqual([
      SEED_DEPARTMENT.projects[0].name,
    ]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "import/pdf-scanned", severity: "warning", page: 3 })
    );
  },
  SLOW
);

it(
  "a huge page count is cut at the setting, with a message",
  async () => {
    const blank: HandPage = { width: 595, height: 842, content: "" };
    const pages = [
      ...pagesOf(printedDepartment({ ...SEED_DEPARTMENT, projects: [] }), false),
      ...Array.from({ length: 5000 }, () => blank),
    ];
    const result = await importPdf(writePdf(pages)); // the default: 300 pages
    const cut = result.diagnostics.find((d) => d.rule === "import/pdf-cut");
    expect(cut).toMatchObject({ severity: "warning", page: 300 });
    expect(cut?.message).toContain("共 5001 页，只读取了前 300 页");
    expect(result.department.overview).toEqual(SEED_DEPARTMENT.overview);
  },
  SLOW
);
