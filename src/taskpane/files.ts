/**
 * A file the user chose or dropped, read by the importers: a PDF by geometry, a workbook (.xlsx)
 * by its sheets, text, CSV or JSON as text. The importers, ExcelJS and pdf.js load on first use,
 * so the pane inside Excel opens without them. Shared by the 导入 page and, in the preview, the
 * 自评 and 监控 pages.
 */
import type { DetectedImport } from "../core/import/detect";
import type { PdfImport } from "../core/import/pdf";
import type { SheetValues } from "../core/layout/workbook";

export const importers = () => import(/* webpackChunkName: "import" */ "../core/import/detect");

export type Imported = DetectedImport | PdfImport;

export interface ReadFile {
  imported: Imported;
  /** The workbook's sheets when the file was an .xlsx, else none. */
  sheets: SheetValues[];
}

export async function readFile(file: File): Promise<ReadFile> {
  const dot = file.name.lastIndexOf(".");
  const extension = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
  const name = dot >= 0 ? file.name.slice(0, dot) : file.name;
  if (extension === ".pdf") {
    // The PDF reader, and pdf.js after it, load only when a PDF is opened.
    const { importPdf } = await import(/* webpackChunkName: "pdf" */ "../core/import/pdf");
    return {
      imported: await importPdf(new Uint8Array(await file.arrayBuffer()), { name }),
      sheets: [],
    };
  }
  const { importSheets, importText } = await importers();
  if (extension === ".xlsx") {
    const { readSheetValues, readXlsx } = await import(
      /* webpackChunkName: "xlsx" */ "../hosts/xlsx"
    );
    const workbook = await readXlsx(await file.arrayBuffer());
    const sheets = workbook.worksheets.map(readSheetValues);
    return { imported: importSheets(sheets, name), sheets };
  }
  return {
    imported: importText(await file.text(), name, extension === ".txt" ? "" : extension),
    sheets: [],
  };
}

/** What the file inputs accept: the importers' formats. */
export const ACCEPTED_FILES = ".pdf,.txt,.csv,.tsv,.json,.xlsx";
