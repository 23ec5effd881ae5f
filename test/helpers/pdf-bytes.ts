/**
 * PDFs written byte by byte, as report engines built on iText write them: every cell a stroked
 * rectangle (`re S`, so shared borders are drawn twice), Chinese text in the non-embedded Adobe
 * font STSong-Light with the UniGB-UCS2-H encoding (two-byte UCS-2 codes in hex strings), Latin
 * text in the standard Courier (non-embedded too), optionally on a page turned by /Rotate 90; and
 * PDFs of images only, as a scanner writes them. No library between the test and the bytes.
 */
import { PrintedSheet } from "./printed";

export interface HandPage {
  /** The page as shown (after /Rotate), points. */
  width: number;
  height: number;
  /** Drawing operators in the shown page's coordinates (origin bottom-left). */
  content: string;
  /** Stored portrait with /Rotate 90, the content turned so that it shows upright. */
  rotate?: boolean;
  /** A grey image covering the page and nothing else: a scan. */
  scan?: boolean;
}

const SIZE = 9;
const LEADING = 12;
const MARGIN = 36;

/** Width of a character in ems: Courier's 0.6 for ASCII, a full em for STSong-Light. */
const ems = (ch: string) => (ch.charCodeAt(0) < 0x80 ? 0.6 : 1);

function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function ucs2(text: string): string {
  return `<${Array.from(text)
    .map((ch) => ch.charCodeAt(0).toString(16).padStart(4, "0"))
    .join("")}>`;
}

/** Operators showing `text` from (x, baseline y), each run in its font. */
export function showText(text: string, x: number, y: number, size = SIZE): string {
  const runs = text.match(/[\u0020-\u007e]+|[^\u0020-\u007e]+/g) ?? [];
  let out = "";
  for (const run of runs) {
    const latin = run.charCodeAt(0) < 0x80;
    out += `BT /${latin ? "F2" : "F1"} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${
      latin ? literal(run) : ucs2(run)
    } Tj ET\n`;
    x += Array.from(run).reduce((w, ch) => w + ems(ch) * size, 0);
  }
  return out;
}

const widthOf = (text: string, size = SIZE) =>
  Array.from(text).reduce((w, ch) => w + ems(ch) * size, 0);

/** Lines of `text` that fit `width`: character by character, at line breaks of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const ch of Array.from(paragraph)) {
      if (line !== "" && widthOf(line + ch) > width) {
        lines.push(line);
        line = ch === " " ? "" : ch;
      } else line += ch;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * How borders are drawn: each cell stroked (`re S`, iText), each side a thin filled rectangle
 * (`re f`, Excel, Word, Skia), or each side a filled four-point path (`m l l l h f`).
 */
export type Rules = "stroke" | "bars" | "paths";

function cellRules(x0: number, x1: number, top: number, bottom: number, rules: Rules): string {
  const f = (n: number) => n.toFixed(2);
  if (rules === "stroke") return `${f(x0)} ${f(bottom)} ${f(x1 - x0)} ${f(top - bottom)} re S\n`;
  const t = 0.5;
  const sides: [number, number, number, number][] = [
    [x0, top - t / 2, x1 - x0, t],
    [x0, bottom - t / 2, x1 - x0, t],
    [x0 - t / 2, bottom, t, top - bottom],
    [x1 - t / 2, bottom, t, top - bottom],
  ];
  return sides
    .map(([x, y, w, h]) =>
      rules === "bars"
        ? `${f(x)} ${f(y)} ${f(w)} ${f(h)} re f\n`
        : `${f(x)} ${f(y)} m ${f(x + w)} ${f(y)} l ${f(x + w)} ${f(y + h)} l ${f(x)} ${f(y + h)} l h f\n`
    )
    .join("");
}

/** A shaded cell's background: a filled rectangle of the cell's size, in its colour (`#rrggbb`). */
function shading(x0: number, x1: number, top: number, bottom: number, fill: string): string {
  const rgb = [1, 3, 5].map((i) => (parseInt(fill.slice(i, i + 2), 16) / 255).toFixed(3));
  return `q ${rgb.join(" ")} rg ${x0.toFixed(2)} ${bottom.toFixed(2)} ${(x1 - x0).toFixed(2)} ${(top - bottom).toFixed(2)} re f Q\n`;
}

/**
 * Sheets laid out on pages of `width` × `height`, each sheet from a new page, as iText would:
 * lines above the table (a title centred, a unit line's last piece flush right), then the cells,
 * shaded where the sheet shades them and ruled as `rules` says. Throws when a sheet does not fit
 * its page (the helper's limit).
 */
export function layOut(
  sheets: PrintedSheet[],
  width: number,
  height: number,
  rules: Rules = "stroke"
): string[] {
  const pages: string[] = [];
  for (const sheet of sheets) {
    const inner = width - 2 * MARGIN;
    const total = sheet.widths.reduce((a, b) => a + b, 0);
    const xs = [MARGIN];
    for (const w of sheet.widths) xs.push(xs[xs.length - 1] + (w / total) * inner);
    let out = "0.5 w 0 0 0 RG 0 0 0 rg\n";
    let y = height - MARGIN;
    for (const pieces of sheet.lines) {
      const lines = pieces.length === 1 ? wrap(pieces[0], inner) : [pieces.join("")];
      for (const [k, line] of lines.entries()) {
        y -= LEADING * 1.5;
        if (pieces.length > 1) {
          out += showText(pieces[0], MARGIN, y);
          const last = pieces[pieces.length - 1];
          out += showText(last, MARGIN + inner - widthOf(last), y);
        } else if (sheet.cells.length > 0 && k === 0 && sheet.lines.indexOf(pieces) === 0)
          out += showText(line, MARGIN + (inner - widthOf(line)) / 2, y);
        else out += showText(line, MARGIN, y);
      }
    }
    y -= LEADING;
    const cellWidth = (c: PrintedSheet["cells"][number]) =>
      xs[c.column + c.columnSpan] - xs[c.column];
    const wrapped = sheet.cells.map((c) => wrap(c.text, cellWidth(c) - 2));
    const heights = Array<number>(sheet.rowCount).fill(LEADING + 6);
    sheet.cells.forEach((c, i) => {
      const need = wrapped[i].length * LEADING + 6;
      const have = heights.slice(c.row, c.row + c.rowSpan).reduce((a, b) => a + b, 0);
      if (need > have) heights[c.row + c.rowSpan - 1] += need - have;
    });
    const ys = [y];
    for (const h of heights) ys.push(ys[ys.length - 1] - h);
    if (ys[ys.length - 1] < MARGIN) throw new Error("the sheet does not fit the page");
    sheet.cells.forEach((c, i) => {
      const [x0, x1] = [xs[c.column], xs[c.column + c.columnSpan]];
      const [top, bottom] = [ys[c.row], ys[c.row + c.rowSpan]];
      if (c.fill) out += shading(x0, x1, top, bottom, c.fill);
      out += cellRules(x0, x1, top, bottom, rules);
      const lines = wrapped[i];
      let base = (top + bottom) / 2 + (lines.length * LEADING) / 2 - LEADING + 3;
      for (const line of lines) {
        out += showText(line, x0 + 1, base);
        base -= LEADING;
      }
    });
    pages.push(out);
  }
  return pages;
}

/**
 * A ToUnicode CMap saying that the codes of some characters stand for others: how Chrome/Skia
 * (and Word or WPS on some systems) write ideographs whose glyph they took from a radical.
 */
function toUnicodeCMap(map: Record<string, string>): string {
  const hex = (ch: string) =>
    Array.from(ch)
      .map((c) => c.charCodeAt(0).toString(16).padStart(4, "0"))
      .join("");
  const entries = Object.entries(map).map(([from, to]) => `<${hex(from)}> <${hex(to)}>`);
  return [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <ffff> endcodespacerange",
    `${entries.length} beginbfchar`,
    ...entries,
    "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
}

/**
 * The bytes of a PDF of these pages, with a cross-reference table that is right. `toUnicode`
 * gives the Chinese font a ToUnicode map for these characters (the others as its CMap says).
 */
export function writePdf(pages: HandPage[], toUnicode?: Record<string, string>): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const stream = (dict: string, data: string) =>
    add(`<< ${dict} /Length ${Buffer.byteLength(data, "latin1")} >>\nstream\n${data}\nendstream`);
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  const pagesAt = add("");
  const descriptor = add(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] " +
      "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
  );
  const cid = add(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light " +
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> " +
      `/FontDescriptor ${descriptor} 0 R /DW 1000 >>`
  );
  const unicode = toUnicode ? stream("", toUnicodeCMap(toUnicode)) : 0;
  const song = add(
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H " +
      `/Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R]` +
      (unicode ? ` /ToUnicode ${unicode} 0 R` : "") +
      " >>"
  );
  const courier = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
  );
  const grey = "\x80".repeat(64 * 64);
  const image = stream(
    "/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8",
    grey
  );
  const kids: number[] = [];
  for (const page of pages) {
    const [w, h] = page.rotate ? [page.height, page.width] : [page.width, page.height];
    const body = page.scan
      ? `q ${page.width} 0 0 ${page.height} 0 0 cm /Im1 Do Q`
      : page.rotate
        ? `q 0 1 -1 0 ${w} 0 cm\n${page.content}Q`
        : page.content;
    const content = stream("", body);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesAt} 0 R /MediaBox [0 0 ${w} ${h}]` +
          (page.rotate ? " /Rotate 90" : "") +
          ` /Resources << /Font << /F1 ${song} 0 R /F2 ${courier} 0 R >> /XObject << /Im1 ${image} 0 R >> >>` +
          ` /Contents ${content} 0 R >>`
      )
    );
  }
  objects[pagesAt - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}
