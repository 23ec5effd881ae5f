/**
 * A file the user chose or dropped, read by the one entry the command line uses too
 * (core/import/open): decided by its content, whatever its name. The importers, ExcelJS, SheetJS
 * and pdf.js load on first use, so the pane inside Excel opens without them. Shared by the 导入
 * page and, in the preview, the 自评 and 监控 pages.
 */
import type { DetectedImport } from "../core/import/detect";
import type { PdfImport } from "../core/import/pdf";
import type { SheetValues } from "../core/layout/workbook";

export const importers = () => import(/* webpackChunkName: "import" */ "../core/import/open");

export type Imported = DetectedImport | PdfImport;

export interface ReadFile {
  imported: Imported;
  /** The sheets when the file was a workbook, a web page or a Word document with tables, else none. */
  sheets: SheetValues[];
}

export async function readFile(file: File): Promise<ReadFile> {
  const { openDocument } = await importers();
  const { imported, sheets } = await openDocument(
    new Uint8Array(await file.arrayBuffer()),
    file.name
  );
  return { imported, sheets };
}

/** What the file inputs offer (the content decides; any file may be chosen). */
export const ACCEPTED_FILES =
  ".pdf,.xlsx,.xls,.et,.xlsb,.ods,.xml,.html,.htm,.docx,.doc,.txt,.csv,.tsv,.json";
