/**
 * Documents written by the tests from sheets of values: an HTML page with one table per sheet
 * (rowspan / colspan, `<br>` for line breaks, entities), a .docx built by hand (w:gridSpan /
 * w:vMerge), and an .xlsx edited to carry the overlapping merges WPS writes. Never checked in.
 */
import JSZip from "jszip";
import { parseRange } from "../../src/core/layout/plan";
import type { Scalar } from "../../src/core/layout/plan";
import type { SheetValues } from "../../src/core/layout/workbook";

interface Spans {
  /** Top-left cell of a merge → its size. */
  starts: Map<string, { rows: number; columns: number }>;
  /** Cells inside a merge other than its top-left. */
  covered: Set<string>;
}

function spansOf(sheet: SheetValues): Spans {
  const starts = new Map<string, { rows: number; columns: number }>();
  const covered = new Set<string>();
  for (const merge of sheet.merges ?? []) {
    const { from, to } = parseRange(merge);
    starts.set(`${from.row - 1},${from.column - 1}`, {
      rows: to.row - from.row + 1,
      columns: to.column - from.column + 1,
    });
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++)
        if (r !== from.row || c !== from.column) covered.add(`${r - 1},${c - 1}`);
  }
  return { starts, covered };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const shown = (v: Scalar) => (v === null ? "" : String(v));
const width = (sheet: SheetValues) => sheet.grid.reduce((n, row) => Math.max(n, row.length), 0);

/** An HTML page with one table per sheet, as a bureau's page or a budget system's ".xls" holds them. */
export function htmlOfSheets(sheets: SheetValues[], charset = "utf-8"): string {
  const tables = sheets.map((sheet) => {
    const { starts, covered } = spansOf(sheet);
    const rows = sheet.grid.map((row, r) => {
      const cells: string[] = [];
      for (let c = 0; c < width(sheet); c++) {
        if (covered.has(`${r},${c}`)) continue;
        const span = starts.get(`${r},${c}`);
        const attributes =
          (span && span.rows > 1 ? ` rowspan="${span.rows}"` : "") +
          (span && span.columns > 1 ? ` colspan=${span.columns}` : "");
        const text = escapeHtml(shown(row[c] ?? null)).replace(/\n/g, "<br/>");
        cells.push(`<td${attributes}>${text || "&nbsp;"}</td>`);
      }
      return `  <tr>${cells.join("")}</tr>`;
    });
    return `<h2>${escapeHtml(sheet.name)}</h2>\n<table border="1">\n${rows.join("\n")}\n</table>`;
  });
  return `<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>绩效目标表</title>
<style>td { border: 1px solid #000 }</style><script>var x = "<table><tr><td>not a cell</td></tr></table>";</script>
</head><body>\n${tables.join("\n")}\n</body></html>\n`;
}

const escapeXml = escapeHtml;

function wordCell(text: string, span: number, vMerge: "" | "restart" | "continue"): string {
  const props =
    (span > 1 ? `<w:gridSpan w:val="${span}"/>` : "") +
    (vMerge === "restart"
      ? `<w:vMerge w:val="restart"/>`
      : vMerge === "continue"
        ? "<w:vMerge/>"
        : "");
  // One paragraph per line; the text split over two runs, as Word does after an edit.
  const paragraphs = (text === "" ? [""] : text.split("\n")).map((line) => {
    const half = Math.ceil(line.length / 2);
    const runs = [line.slice(0, half), line.slice(half)]
      .filter((t) => t !== "")
      .map(
        (t) =>
          `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`
      );
    return `<w:p>${runs.join("")}</w:p>`;
  });
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${paragraphs.join("")}</w:tc>`;
}

function wordTable(sheet: SheetValues): string {
  const { starts, covered } = spansOf(sheet);
  const columns = width(sheet);
  // For each covered cell: the merge it belongs to, to write vMerge continuations with its width.
  const below = new Map<string, number>();
  for (const [key, span] of starts) {
    const [r, c] = key.split(",").map(Number);
    for (let rr = r + 1; rr < r + span.rows; rr++) below.set(`${rr},${c}`, span.columns);
  }
  const rows = sheet.grid.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      const key = `${r},${c}`;
      const continued = below.get(key);
      if (continued !== undefined) {
        cells.push(wordCell("", continued, "continue"));
        c += continued - 1;
        continue;
      }
      if (covered.has(key)) continue;
      const span = starts.get(key);
      cells.push(
        wordCell(shown(row[c] ?? null), span?.columns ?? 1, span && span.rows > 1 ? "restart" : "")
      );
      c += (span?.columns ?? 1) - 1;
    }
    return `<w:tr>${cells.join("")}</w:tr>`;
  });
  const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="1000"/>`).join("");
  return `<w:p><w:r><w:t>${escapeXml(sheet.name)}</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

/** A .docx with one table per sheet, the minimal parts Word opens. */
export async function docxOfSheets(sheets: SheetValues[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${sheets.map(wordTable).join("")}<w:sectPr/></w:body></w:document>`
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The .xlsx with, on the given sheet, extra merges after the existing ones (WPS writes duplicates
 * and overlaps this way): each listed range is appended to the sheet's <mergeCells>.
 */
export async function withExtraMerges(
  xlsx: Uint8Array,
  sheetIndex: number,
  ranges: string[]
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const path = `xl/worksheets/sheet${sheetIndex + 1}.xml`;
  const xml = await zip.file(path)!.async("string");
  const extra = ranges.map((r) => `<mergeCell ref="${r}"/>`).join("");
  const edited = xml
    .replace(
      /<mergeCells count="(\d+)">/,
      (_, n: string) => `<mergeCells count="${Number(n) + ranges.length}">`
    )
    .replace("</mergeCells>", `${extra}</mergeCells>`);
  if (edited === xml) throw new Error(`no <mergeCells> on ${path}`);
  zip.file(path, edited);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
