/**
 * Import of the published PDF itself: its pages are read as tables and lines (document.ts), the
 * tables become sheets as they were printed from (sheets.ts), and the one cell reader of every
 * importer (`importSheets`) turns them into the model, so a PDF gets the same checks and the same
 * diagnostics as a workbook, placed on the page instead of in a cell. The overview text goes
 * through the text importer. Never throws: an unreadable file is a problem with an empty result.
 */
import { emptyDepartment } from "../../model";
import { Problem, SourcePlace } from "../../problem";
import { parseCell } from "../../layout/plan";
import { importSheets } from "../detect";
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

/** The model of pages already read: pure, for tests with hand-made pages. */
export function importPdfPages(
  pages: PdfPage[],
  name = DEFAULT_NAME,
  settings: PdfSettings = pdfSettings()
): PdfImport {
  const layout = readLayout(pages, settings);
  const { sheets, leading, problems } = sheetsOf(layout, settings);
  const diagnostics: Problem[] = [...layout.problems, ...problems];
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
  return { kind: "pdf", department, diagnostics: diagnostics.sort(byPlace) };
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
    read = await readPdf(bytesOf(bytes), runtime);
  } catch (error) {
    return failed(unreadable(error));
  }
  try {
    const result = importPdfPages(read.pages, options.name ?? DEFAULT_NAME, settings);
    return { ...result, diagnostics: [...read.problems, ...result.diagnostics].sort(byPlace) };
  } catch (error) {
    return failed(`读取 PDF 中的表格时出错（${(error as Error)?.message ?? String(error)}）`);
  }
}
