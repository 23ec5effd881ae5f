/**
 * PDF import time: the seed (9 projects) and generated departments of 50 and 100 projects, each
 * written by the templates and printed to PDF by LibreOffice once, then imported several times.
 * Each further project should cost the same (linear growth); the seed should take under 1 s.
 * Baseline, in the same run: pdf.js alone opening the same file and extracting every page's text
 * and drawing operations, which the import needs before its own work (cells, tables, the form).
 * Beside the LibreOffice print, in the same run: the seed as other producers print it (Chromium
 * from a web page, a report engine in a non-embedded font), and a file of 5001 pages, which is
 * cut at 300 (bounded time).
 */
import { importPdf } from "../src/core/import/pdf";
import { loadPdfjs } from "../src/core/import/pdf/pdfjs";
import { Department } from "../src/core/model";
import { SEED_DEPARTMENT } from "../test/fixtures/seed-department";
import { renderPdfs, workbookOf } from "../test/helpers/pdf";
import { departmentHtml, printHtml } from "../test/helpers/html-print";
import { layOut, writePdf } from "../test/helpers/pdf-bytes";
import { printedDepartment } from "../test/helpers/printed";
import type { Figure } from "./run";

/** The seed's nine projects repeated to make a department of `count` projects. */
export function generatedDepartment(count: number): Department {
  return {
    ...SEED_DEPARTMENT,
    projects: Array.from({ length: count }, (_, i) => SEED_DEPARTMENT.projects[i % 9]),
  };
}

/** pdf.js alone on the file: every page's text content and operator list. Returns the page count. */
async function pdfjsOnly(bytes: Uint8Array): Promise<number> {
  const { pdfjs, cMapUrl } = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl,
    cMapPacked: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      await page.getTextContent();
      await page.getOperatorList();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await task.destroy();
  }
}

async function timeMs(run: () => Promise<unknown>, repeat: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1e6 / repeat;
}

export async function benchPdf(): Promise<Figure[]> {
  const [seedPdf, fiftyPdf, hundredPdf] = renderPdfs([
    await workbookOf(SEED_DEPARTMENT),
    await workbookOf(generatedDepartment(50)),
    await workbookOf(generatedDepartment(100)),
  ]);
  // The first import in a process also loads pdf.js, as the pane's first PDF does.
  const coldMs = await timeMs(() => importPdf(seedPdf), 1);
  const read = await importPdf(hundredPdf);
  if (read.department.projects.length !== 100)
    throw new Error(`the 100-project PDF gave ${read.department.projects.length} projects`);
  const seedMs = await timeMs(() => importPdf(seedPdf), 5);
  const seedPages = await pdfjsOnly(seedPdf);
  const baselineMs = await timeMs(() => pdfjsOnly(seedPdf), 5);
  const fiftyMs = await timeMs(() => importPdf(fiftyPdf), 3);
  const hundredMs = await timeMs(() => importPdf(hundredPdf), 3);
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    {
      name: "PDF import of the seed, first in the process (loads pdf.js)",
      value: round(coldMs),
      unit: "ms",
    },
    {
      name: `PDF import of the seed (${SEED_DEPARTMENT.projects.length} projects, ${seedPages} pages)`,
      value: round(seedMs),
      unit: "ms",
    },
    {
      name: "  pdf.js alone: text and drawing of the same pages (baseline)",
      value: round(baselineMs),
      unit: "ms",
    },
    { name: "PDF import of 50 projects", value: round(fiftyMs), unit: "ms" },
    { name: "PDF import of 100 projects", value: round(hundredMs), unit: "ms" },
    // Linear growth: each further project costs the same, from 9 to 50 as from 50 to 100.
    {
      name: `  each further project, ${SEED_DEPARTMENT.projects.length} → 50`,
      value: round((fiftyMs - seedMs) / (50 - SEED_DEPARTMENT.projects.length)),
      unit: "ms",
    },
    {
      name: "  each further project, 50 → 100",
      value: round((hundredMs - fiftyMs) / 50),
      unit: "ms",
    },
    ...(await benchProducers(seedMs)),
  ];
}

/** The seed from other producers, and a huge file, beside `seedMs` (LibreOffice's print, same run). */
async function benchProducers(seedMs: number): Promise<Figure[]> {
  const sheets = printedDepartment(SEED_DEPARTMENT);
  const [chromium] = await printHtml([departmentHtml(sheets, { split: true })]);
  const pages = layOut(sheets, 595, 842).map((content) => ({ width: 595, height: 842, content }));
  const engine = writePdf(pages);
  const blank = { width: 595, height: 842, content: "" };
  const huge = writePdf([...pages, ...Array.from({ length: 4991 }, () => blank)]);
  for (const [name, pdf] of [
    ["Chromium", chromium],
    ["report engine", engine],
  ] as const) {
    const read = await importPdf(pdf);
    if (read.department.projects.length !== 9) throw new Error(`the ${name} PDF gave no seed`);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    { name: "  the seed, LibreOffice's print (same run)", value: round(seedMs), unit: "ms" },
    {
      name: "  the seed printed by Chromium, forms as two tables",
      value: round(await timeMs(() => importPdf(chromium), 3)),
      unit: "ms",
    },
    {
      name: "  the seed by a report engine (STSong-Light, stroked cells)",
      value: round(await timeMs(() => importPdf(engine), 3)),
      unit: "ms",
    },
    {
      name: "PDF of 5001 pages, cut at 300",
      value: round(await timeMs(() => importPdf(huge), 1)),
      unit: "ms",
    },
  ];
}

if (require.main === module)
  benchPdf().then((figures) =>
    figures.forEach((f) => console.log(`${f.name.padEnd(60)} ${f.value} ${f.unit}`))
  );
