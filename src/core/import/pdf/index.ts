/**
 * Import of the published PDF itself: its pages are read as tables and lines (document.ts), the
 * tables become sheets as they were printed from (sheets.ts), and the one cell reader of every
 * importer (`importSheets`) turns them into the model, so a PDF gets the same checks and the same
 * diagnostics as a workbook, placed on the page instead of in a cell. The overview text goes
 * through the text importer. Look-alike characters are folded first (fold.ts, one note); a scan
 * gets one message; a file longer than `maxPages` is cut with a message. Never throws: an
 * unreadable file is a problem with an empty result.
 */
import { emptyDepartment } from "../../model";
import { Problem, SourcePlace } from "../../problem";
import { parseCell } from "../../layout/plan";
import { importSheets } from "../detect";
import { Folds, foldNote, foldText } from "../fold";
import { ImportResult } from "../published";
import { Place } from "./document";
import { readOverview } from "./overview";
import { readLayout } from "./pages";
import { PdfPage } from "./page";
import { loadPdfjs, PdfjsRuntime, readPdf } from "./pdfjs";
import { PdfSettings, pdfSettings } from "./settings";
import { PdfSheet, sheetsOf } from "./sheets";

export type PdfImport = ImportResult & { kind: "pdf" };

export interface PdfImportOptions {
  /** Names a lone project when the PDF holds only an indicator table (e.g. the file's name). */
  name?: string;
  settings?: Partial<PdfSettings>;
  /** How pdf.js is loaded; by default for Node or the browser, wherever this runs. */
  load?: () => Promise<PdfjsRuntime>;
}

export { DEFAULT_PDF_SETTINGS, pdfSettings } from "./settings";
export type { PdfSettings } from "./settings";
export type { PdfPage, Glyph, Edge } from "./page";
export type { PdfSheet } from "./sheets";

const DEFAULT_NAME = "导入的项目";

function failed(message: string): PdfImport {
  return {
    kind: "pdf",
    department: emptyDepartment(),
    diagnostics: [{ rule: "import/pdf-unreadable", severity: "error", message }],
  };
}

/** Why pdf.js could not open the file, for an accountant. */
function unreadable(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === "PasswordException")
    return "PDF 文件有密码保护，无法读取；请在 PDF 阅读器中取消密码后另存，再导入";
  if (name === "InvalidPDFException")
    return "文件不是有效的 PDF，或已损坏、不完整；请重新下载后再导入";
  return `无法读取 PDF 文件（${(error as Error)?.message ?? String(error)}）`;
}

/** Moves a problem found in a sheet to where that cell was read on the page. */
function placeOnPage(problem: Problem, sheets: PdfSheet[]): Problem {
  const sheet = sheets.find((s) => s.name === problem.sheet);
  if (!sheet) return problem;
  let place: Place | null | undefined;
  try {
    const cell = problem.cell ? parseCell(problem.cell) : null;
    place = cell ? sheet.places[cell.row - 1]?.[cell.column - 1] : undefined;
  } catch {
    place = undefined;
  }
  place ??= sheet.places.flat().find((p) => p !== null);
  if (!place) return problem;
  const moved: Problem = { ...problem, page: place.page, x: place.x, y: place.y };
  delete moved.sheet; // the sheet and cell are the reader's, not the user's
  delete moved.cell;
  return moved;
}

function byPlace(a: SourcePlace, b: SourcePlace): number {
  return (a.page ?? Infinity) - (b.page ?? Infinity) || (a.y ?? 0) - (b.y ?? 0);
}

/** The pages with look-alike characters folded (fold.ts), before any text is compared. */
function folded(pages: PdfPage[], folds: Folds): PdfPage[] {
  return pages.map((page) => ({
    ...page,
    glyphs: page.glyphs.map((g) => {
      const text = foldText(g.text, folds);
      return text === g.text ? g : { ...g, text };
    }),
  }));
}

const pageList = (numbers: number[]) =>
  numbers.length > 5
    ? `${numbers.slice(0, 5).join("、")} 等 ${numbers.length} `
    : numbers.join("、");

/**
 * Pages that are pictures without text: a scan. A wholly scanned file gets one message saying so
 * and what to do (returned as `whole`), instead of "no table" for each page.
 */
function scanned(pages: PdfPage[]): { whole: Problem | null; pages: Problem[] } {
  const pictures = pages.filter((p) => p.glyphs.length === 0 && (p.images ?? 0) > 0);
  if (pictures.length === 0) return { whole: null, pages: [] };
  if (pages.every((p) => p.glyphs.length === 0))
    return {
      whole: {
        rule: "import/pdf-scanned",
        severity: "error",
        page: 1,
        message:
          `这个 PDF 是扫描件或图片（共 ${pages.length} 页，都没有可读取的文字，只有图像），无法读出表格。` +
          "请向发文单位索取电子版原文件（Excel、Word，或由它们直接导出的 PDF）；" +
          "没有原文件时，可先用文字识别（OCR）软件转换为 Excel 后再导入",
      },
      pages: [],
    };
  return {
    whole: null,
    pages: [
      {
        rule: "import/pdf-scanned",
        severity: "warning",
        page: pictures[0].number,
        message: `第 ${pageList(pictures.map((p) => p.number))} 页是图片（扫描页），没有可读取的文字，未导入；请核对这些页的内容`,
      },
    ],
  };
}

/** The model of pages already read: pure, for tests with hand-made pages. */
export function importPdfPages(
  read: PdfPage[],
  name = DEFAULT_NAME,
  settings: PdfSettings = pdfSettings()
): PdfImport {
  const folds: Folds = new Map();
  const pages = folded(read, folds);
  const scans = scanned(pages);
  if (scans.whole)
    return { kind: "pdf", department: emptyDepartment(), diagnostics: [scans.whole] };
  const layout = readLayout(pages, settings);
  const { sheets, leading, problems } = sheetsOf(layout, settings);
  const diagnostics: Problem[] = [...layout.problems, ...problems, ...scans.pages];
  let department = emptyDepartment();
  if (sheets.length > 0) {
    const read = importSheets(sheets, name);
    department = read.department;
    diagnostics.push(...read.diagnostics.map((d) => placeOnPage(d, sheets)));
  } else
    diagnostics.push({
      rule: "import/pdf-no-table",
      severity: "error",
      page: pages.length > 0 ? 1 : undefined,
      message:
        "PDF 中没有找到表格（有框线的表格，或按列对齐的文字）；如是扫描件，请先用文字识别软件转换",
    });
  if (leading.length > 0) {
    const overview = readOverview(leading);
    department = { ...department, overview: overview.overview };
    if (!department.unitCode && overview.unit)
      department = { ...department, unitCode: overview.unit.code, unitName: overview.unit.name };
    diagnostics.push(...overview.problems);
  }
  diagnostics.sort(byPlace);
  return { kind: "pdf", department, diagnostics: [...diagnostics, ...foldNote(folds)] };
}

/** The bytes of any binary view (a Buffer too, from whichever realm), or none. */
function bytesOf(input: unknown): Uint8Array {
  if (ArrayBuffer.isView(input))
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(0);
}

/** Imports a PDF. Never throws: truncated, random or encrypted bytes give a problem and an empty department. */
export async function importPdf(
  bytes: Uint8Array,
  options: PdfImportOptions = {}
): Promise<PdfImport> {
  let settings: PdfSettings;
  try {
    settings = pdfSettings(options.settings);
  } catch (error) {
    return failed((error as Error).message);
  }
  let read;
  try {
    const runtime = await (options.load ?? loadPdfjs)();
    read = await readPdf(bytesOf(bytes), runtime, settings.maxPages);
  } catch (error) {
    return failed(unreadable(error));
  }
  try {
    const result = importPdfPages(read.pages, options.name ?? DEFAULT_NAME, settings);
    const cut: Problem[] =
      read.pageCount > settings.maxPages
        ? [
            {
              rule: "import/pdf-cut",
              severity: "warning",
              page: settings.maxPages,
              message: `PDF 共 ${read.pageCount} 页，只读取了前 ${settings.maxPages} 页，其后的页未导入；请把文件按单位或项目拆分后分别导入`,
            },
          ]
        : [];
    return {
      ...result,
      diagnostics: [...cut, ...read.problems, ...result.diagnostics].sort(byPlace),
    };
  } catch (error) {
    return failed(`读取 PDF 中的表格时出错（${(error as Error)?.message ?? String(error)}）`);
  }
}
