/**
 * PDFs printed by headless Chromium (Skia) from an HTML rendering of a department, as bureaus
 * print forms from a web page: the borders of a collapsed table come out as thin filled
 * rectangles, shaded header cells as filled backgrounds, long tables run over page breaks, and
 * `@page` may make the pages landscape. The project form may be two tables one below the other
 * (its header block, then its indicators), as Word and web pages often make it.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { launch } from "./browser";
import { PrintedSheet } from "./printed";

export interface HtmlOptions {
  /** `@page { size: A4 landscape }`. */
  landscape?: boolean;
  /** Each project form as two tables, split above its indicator header, with a gap between. */
  split?: boolean;
  /** Rewrites every text of the page source (e.g. to put radicals in it). */
  text?: (text: string) => string;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function tableHtml(sheet: PrintedSheet, from: number, to: number, show: (t: string) => string) {
  const total = sheet.widths.reduce((a, b) => a + b, 0);
  const cols = sheet.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`);
  const rows: string[] = [];
  for (let r = from; r < to; r++) {
    const cells = sheet.cells
      .filter((c) => c.row === r)
      .map((c) => {
        const span =
          (c.rowSpan > 1 ? ` rowspan="${Math.min(c.rowSpan, to - r)}"` : "") +
          (c.columnSpan > 1 ? ` colspan="${c.columnSpan}"` : "");
        const style = [c.fill && `background:${c.fill}`, c.bold && "font-weight:bold"]
          .filter(Boolean)
          .join(";");
        return `<td${span}${style ? ` style="${style}"` : ""}>${escape(show(c.text))}</td>`;
      });
    rows.push(`<tr>${cells.join("")}</tr>`);
  }
  return `<table><colgroup>${cols.join("")}</colgroup>${rows.join("\n")}</table>`;
}

/** The page source: each sheet from a new page, its lines above its table(s). */
export function departmentHtml(sheets: PrintedSheet[], options: HtmlOptions = {}): string {
  const show = options.text ?? ((t: string) => t);
  const sections = sheets.map((sheet) => {
    const lines = sheet.lines.map((pieces, i) =>
      pieces.length > 1
        ? `<div class="unit">${pieces.map((p) => `<span>${escape(show(p))}</span>`).join("")}</div>`
        : `<div class="${i === 0 && sheet.cells.length > 0 ? "title" : "line"}">${escape(show(pieces[0]))}</div>`
    );
    const header = sheet.cells.find((c) => c.text === "一级指标")?.row ?? -1;
    const tables =
      options.split && header > 0
        ? tableHtml(sheet, 0, header, show) +
          `<div style="height:14pt"></div>` +
          tableHtml(sheet, header, sheet.rowCount, show)
        : sheet.cells.length > 0
          ? tableHtml(sheet, 0, sheet.rowCount, show)
          : "";
    return `<section>${lines.join("\n")}${tables}</section>`;
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4${options.landscape ? " landscape" : ""}; margin: 15mm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10pt; margin: 0; }
section { break-after: page; }
.title { text-align: center; font-size: 16pt; font-weight: bold; margin-bottom: 4pt; }
.unit { display: flex; justify-content: space-between; margin-bottom: 2pt; }
.line { margin: 2pt 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle;
  word-break: break-all; white-space: pre-wrap; }
</style></head><body>${sections.join("\n")}</body></html>`;
}

/** Prints each page source to PDF with headless Chromium, one browser for all. */
export async function printHtml(pages: string[]): Promise<Uint8Array[]> {
  const context = await launch("http://127.0.0.1:9");
  try {
    const page = await context.newPage();
    const pdfs: Uint8Array[] = [];
    for (const html of pages) {
      await page.setContent(html, { waitUntil: "load" });
      pdfs.push(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
    }
    return pdfs;
  } finally {
    await context.close();
  }
}

/** A folder for PDFs kept for a look after a failing run. */
export const keptPdfs = () => mkdtempSync(join(tmpdir(), "pt-chromium-pdf-"));
