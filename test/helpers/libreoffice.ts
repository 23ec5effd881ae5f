/** Headless LibreOffice for end-to-end tests: render .xlsx to PDF / PNG and export sheets as CSV. */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { splitCsv } from "../../src/core/import/table";

/** A LibreOffice profile that recalculates .xlsx on load (OOXMLRecalcMode 0 = always). */
function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "pt-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`
  );
  return dir;
}

function soffice(args: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile()}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

/**
 * Converts files with one LibreOffice run (`filter`: xls, ods, html, …); returns the new paths.
 * The extension of the result is the filter's name before any ":".
 */
export function convertTo(
  files: string[],
  filter: string,
  outDir: string,
  extension?: string
): string[] {
  soffice(["--convert-to", filter, "--outdir", outDir, ...files]);
  const ext = extension ?? filter.split(":")[0];
  return files.map((file) => join(outDir, basename(file).replace(/\.[^.]+$/, `.${ext}`)));
}

/** Converts an .xlsx to PDF; returns the PDF's path. `filter` may carry export options (a password). */
export function toPdf(xlsx: string, outDir: string, filter = "pdf"): string {
  return toPdfs([xlsx], outDir, filter)[0];
}

/** Converts several .xlsx files to PDF in one LibreOffice run (it takes seconds to start). */
export function toPdfs(xlsxs: string[], outDir: string, filter = "pdf"): string[] {
  soffice(["--convert-to", filter, "--outdir", outDir, ...xlsxs]);
  return xlsxs.map((xlsx) => join(outDir, basename(xlsx).replace(/\.xlsx$/, ".pdf")));
}

export function pdfText(pdf: string, page?: number): string {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return execFileSync("pdftotext", ["-layout", ...range, pdf, "-"], { encoding: "utf8" });
}

export function pdfPages(pdf: string): { pages: number; width: number; height: number } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  };
}

/** Renders one PDF page to PNG; returns the PNG's path. */
export function pageToPng(pdf: string, page: number, outPrefix: string, dpi = 80): string {
  execFileSync("pdftoppm", [
    "-r",
    String(dpi),
    "-png",
    "-singlefile",
    "-f",
    String(page),
    "-l",
    String(page),
    pdf,
    outPrefix,
  ]);
  return `${outPrefix}.png`;
}

/** The recalculated values of one sheet (1-based) as CSV rows. */
export function sheetCsv(xlsx: string, sheet: number, outDir: string): string[][] {
  soffice([
    "--convert-to",
    `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`,
    "--outdir",
    outDir,
    xlsx,
  ]);
  const file = readdirSync(outDir).find((f) => f.endsWith(".csv"));
  if (!file) throw new Error("LibreOffice wrote no CSV");
  return readFileSync(join(outDir, file), "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(","));
}

/** Width and height of a PNG, from its header. */
export function pngSize(png: string): { width: number; height: number } {
  const bytes = readFileSync(png);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The recalculated values of every sheet, by sheet name, in one LibreOffice run (the CSV filter's
 * sheet -1 writes one file per sheet, named `<file>-<sheet>.csv`).
 */
export function allSheetsCsv(xlsx: string, outDir: string): Map<string, string[][]> {
  soffice([
    "--convert-to",
    `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`,
    "--outdir",
    outDir,
    xlsx,
  ]);
  const prefix = `${basename(xlsx).replace(/\.xlsx$/, "")}-`;
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(outDir).filter(
    (f) => f.startsWith(prefix) && f.endsWith(".csv")
  )) {
    const rows = readFileSync(join(outDir, file), "utf8").trim().split("\n").map(splitCsv);
    sheets.set(file.slice(prefix.length, -".csv".length), rows);
  }
  return sheets;
}
