/**
 * Real PDFs for the PDF importer's tests and benchmark: workbooks printed by LibreOffice, as users
 * print them. LibreOffice takes seconds, so each workbook is rendered once, all in one run, and
 * the PDFs are kept in a temporary folder by content.
 */
import { createHash } from "crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { importPdf, PdfImport } from "../../src/core/import/pdf";
import { planDepartment } from "../../src/core/layout";
import { Department } from "../../src/core/model";
import { writeXlsx } from "../../src/hosts/xlsx";
import { toPdfs } from "./libreoffice";

const CACHE = join(tmpdir(), "pt-pdf-cache");

/** A layout to print and read back: the workbook and the model the PDF must give back. */
export interface RoundTripCase {
  name: string;
  xlsx: Uint8Array;
  expected: Department;
}

/** The workbook the templates make of a department, as `pt build` writes it. */
export async function workbookOf(department: Department): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsx(planDepartment(department), { standalone: true }));
}

/** Each workbook printed to PDF by LibreOffice (`filter` may add export options, e.g. a password). */
export function renderPdfs(xlsxs: Uint8Array[], filter = "pdf"): Uint8Array[] {
  mkdirSync(CACHE, { recursive: true });
  const keys = xlsxs.map((x) => createHash("sha256").update(filter).update(x).digest("hex"));
  const cached = (key: string) => join(CACHE, `${key}.pdf`);
  const missing = keys.map((key, i) => ({ key, i })).filter(({ key }) => !existsSync(cached(key)));
  if (missing.length > 0) {
    const work = mkdtempSync(join(tmpdir(), "pt-pdf-"));
    const files = missing.map(({ key, i }) => {
      const file = join(work, `${key}.xlsx`);
      writeFileSync(file, xlsxs[i]);
      return file;
    });
    toPdfs(files, work, filter).forEach((pdf, k) => renameSync(pdf, cached(missing[k].key)));
  }
  return keys.map((key) => new Uint8Array(readFileSync(cached(key))));
}

/** Prints every case's workbook and imports the PDF: results by case name. */
export async function importRendered(cases: RoundTripCase[]): Promise<Record<string, PdfImport>> {
  const pdfs = renderPdfs(cases.map((c) => c.xlsx));
  const results: Record<string, PdfImport> = {};
  for (let i = 0; i < cases.length; i++) results[cases[i].name] = await importPdf(pdfs[i]);
  return results;
}
