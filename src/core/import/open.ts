/**
 * The one entry for a file, shared by the command line and the pane: the bytes are sniffed (never
 * the name), handed to the one reader for their container, and what comes out goes to the readers
 * that already exist: grids to importSheets (the form reader), text to importText, a PDF to
 * importPdf. A file no reader takes gets one Chinese message saying what it is and what to do.
 * The readers of containers load on demand, so the pane loads SheetJS only for such a file.
 */
import type { SheetValues } from "../layout/workbook";
import type { Problem } from "../problem";
import type { PdfImport } from "./pdf";
import { DetectedImport, departmentOfIndicators, importSheets, importText } from "./detect";
import { htmlTables } from "./html-tables";
import { decodeText, sniff, Sniffed } from "./sniff";
import {
  checkZip,
  checkZipInflated,
  MAX_FILE_BYTES,
  refusedXml,
  trimSpreadsheetMl,
} from "./hostile";
import { cutSheet, MAX_ROWS, sheetCut } from "./sheet-limits";
import { wordTables } from "./word-tables";

export interface Opened {
  imported: DetectedImport | PdfImport;
  /** The sheets the file held (a workbook, or the tables of a page or document), else none. */
  sheets: SheetValues[];
  /** What the bytes were found to be. */
  format: Sniffed["kind"];
}

/**
 * The readers that load on demand. The defaults are dynamic imports (a webpack chunk each in the
 * pane); the command line passes the modules themselves, since tsx runs it as CommonJS, where a
 * dynamic import of a .ts file cannot be resolved.
 */
export interface Readers {
  sheetjs(): Promise<typeof import("./spreadsheet")>;
  xlsx(): Promise<Pick<typeof import("../../hosts/xlsx"), "readXlsx" | "readSheetValues">>;
  pdf(): Promise<Pick<typeof import("./pdf"), "importPdf">>;
}

const LAZY: Readers = {
  sheetjs: () => import(/* webpackChunkName: "sheetjs" */ "./spreadsheet"),
  xlsx: () => import(/* webpackChunkName: "xlsx" */ "../../hosts/xlsx"),
  pdf: () => import(/* webpackChunkName: "pdf" */ "./pdf"),
};

export interface OpenOptions {
  /** The project's name when the file holds one unnamed project (default: the file's name). */
  name?: string;
  readers?: Readers;
}

const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
const extensionOf = (fileName: string) => /\.[^.\\/]*$/.exec(fileName)?.[0]?.toLowerCase() ?? "";

/** An import that read nothing, with the one message saying why. */
export function refused(name: string, message: string, rule = "import/format"): DetectedImport {
  return {
    kind: "table",
    department: departmentOfIndicators(name, []),
    diagnostics: [{ rule, severity: "error", message }],
  };
}

/** What each refused kind is, in words an accountant knows, and what to do. */
const REFUSALS: Partial<Record<Sniffed["kind"], string>> = {
  empty: "文件是空的",
  doc: "这是旧版 Word 文档（.doc），无法直接读取表格：请在 Word 或 WPS 中“另存为” .docx 后再导入",
  encrypted: "文件设有打开密码：请在 Excel 或 WPS 中取消密码并另存后再导入",
  "ole-other": "这是 Office 复合文档，但不是工作簿或 Word 文档，无法导入",
  "zip-other": "这是压缩包（zip），其中没有工作簿（.xlsx/.ods）或 Word 文档（.docx），无法导入",
  "xml-other":
    "这是 XML 文件，但不是 Excel 2003 XML、OpenDocument 工作簿或 Word 2003 XML 文档，无法导入",
  binary:
    "无法识别的文件格式（不是 PDF、Excel/WPS 工作簿、Word 文档、网页或文本）：请另存为 .xlsx、.pdf 或文本后再导入",
};

async function sheetsOf(
  sniffed: Sniffed,
  bytes: Uint8Array,
  problems: Problem[],
  readers: Readers
): Promise<SheetValues[]> {
  const { sheetjs } = readers;
  switch (sniffed.kind) {
    case "xlsx": {
      // ExcelJS holds a whole sheet as objects; a sheet too large for a form goes to SheetJS, cut.
      if (
        sniffed.entries.some(
          (e) => /^xl\/worksheets\//.test(e.name) && e.uncompressedSize > LARGE_SHEET
        )
      ) {
        const read = (await sheetjs()).readWorkbook(bytes);
        problems.push(...read.problems);
        return read.sheets;
      }
      try {
        const { readSheetValues, readXlsx } = await readers.xlsx();
        const book = await readXlsx(bytes, { valuesOnly: true });
        return book.worksheets.map((sheet) => {
          const cut = cutSheet(readSheetValues(sheet));
          problems.push(...cut.problems);
          return cut.sheet;
        });
      } catch {
        // ExcelJS throws on overlapping merges (WPS): SheetJS reads the file and repairs them.
        const read = (await sheetjs()).readWorkbook(bytes);
        problems.push(...read.problems);
        return read.sheets;
      }
    }
    case "xls":
    case "xlsb":
    case "ods": {
      const read = (await sheetjs()).readWorkbook(bytes);
      problems.push(...read.problems);
      return read.sheets;
    }
    case "spreadsheetml": {
      const { xml, cut } = trimSpreadsheetMl(decodeText(bytes, sniffed.encoding), MAX_ROWS);
      const read = (await sheetjs()).readWorkbook(xml);
      problems.push(...read.problems, ...cut.map((sheet) => sheetCut(sheet, "rows")));
      return read.sheets;
    }
    case "fods": {
      const read = (await sheetjs()).readWorkbook(decodeText(bytes, sniffed.encoding));
      problems.push(...read.problems);
      return read.sheets;
    }
    case "docx": {
      const xml = (await sheetjs()).zipText(bytes, "word/document.xml");
      const read = wordTables(xml ?? "");
      problems.push(...read.problems);
      return read.sheets;
    }
    case "wordml":
    case "html": {
      const text = decodeText(bytes, sniffed.encoding);
      const read = sniffed.kind === "html" ? htmlTables(text) : wordTables(text);
      problems.push(...read.problems);
      return read.sheets;
    }
    default:
      return [];
  }
}

/** Why the file cannot be read before any reader runs, or null when it may be. */
function precheck(sniffed: Sniffed, bytes: Uint8Array): string | null {
  if (bytes.length > MAX_FILE_BYTES)
    return `文件过大（${Math.round(bytes.length / 1048576)} MB），绩效目标表不会这么大，未读取`;
  const refusal = REFUSALS[sniffed.kind];
  if (refusal) return refusal;
  if ("entries" in sniffed) return checkZip(sniffed.entries, bytes.length);
  if (sniffed.kind === "spreadsheetml" || sniffed.kind === "fods" || sniffed.kind === "wordml")
    return refusedXml(decodeText(bytes.subarray(0, 65536), sniffed.encoding));
  return null;
}

/** Sheet XML past this (some 100,000 rows of a form) is not given to ExcelJS. */
const LARGE_SHEET = 16 * 1024 * 1024;

const TEXT_HINTS = new Set([".csv", ".tsv", ".json"]);
/** Names that promise a binary document: text under such a name is read, with a word about it. */
const BINARY_NAMES = new Set([".pdf", ".xlsx", ".xlsm", ".xls", ".et", ".ods", ".docx", ".doc"]);

/** Reads any file the importers take, by its content. Never throws on bad bytes. */
export async function openDocument(
  bytes: Uint8Array,
  fileName: string,
  options: OpenOptions = {}
): Promise<Opened> {
  const name = options.name ?? baseName(fileName);
  const sniffed = sniff(bytes);
  const format = sniffed.kind;
  const why =
    precheck(sniffed, bytes) ??
    ("entries" in sniffed ? await checkZipInflated(bytes, sniffed.entries) : null);
  if (why) return { imported: refused(name, `${fileName}：${why}`), sheets: [], format };
  if (sniffed.kind === "pdf") {
    const { importPdf } = await (options.readers ?? LAZY).pdf();
    return { imported: await importPdf(bytes, { name }), sheets: [], format };
  }
  if (sniffed.kind === "text") {
    const extension = extensionOf(fileName);
    const imported = importText(
      decodeText(bytes, sniffed.encoding),
      name,
      TEXT_HINTS.has(extension) ? extension : ""
    );
    if (BINARY_NAMES.has(extension))
      imported.diagnostics.unshift({
        rule: "import/format-mismatch",
        severity: "warning",
        message: `${fileName}：扩展名为 ${extension}，但内容是文本，已按文本读取`,
      });
    return { imported, sheets: [], format };
  }
  const problems: Problem[] = [];
  let sheets: SheetValues[];
  try {
    sheets = await sheetsOf(sniffed, bytes, problems, options.readers ?? LAZY);
  } catch (error) {
    const detail = error instanceof Error ? `（${error.message.slice(0, 120)}）` : "";
    return {
      imported: refused(name, `${fileName}：文件已损坏或不完整，无法读取${detail}`),
      sheets: [],
      format,
    };
  }
  if (sheets.length === 0) {
    const what = sniffed.kind === "docx" || sniffed.kind === "wordml" || sniffed.kind === "html";
    const message = what ? "文档中没有表格" : "工作簿中没有工作表";
    return { imported: refused(name, `${fileName}：${message}`), sheets, format };
  }
  const imported = importSheets(sheets, name);
  return {
    imported: { ...imported, diagnostics: [...problems, ...imported.diagnostics] },
    sheets,
    format,
  };
}

export { importText };

/**
 * A paste: the clipboard's HTML when it holds tables (a table copied from a bureau's web page keeps
 * its cells and spans), else its plain text as before.
 */
export function importPasted(html: string, text: string, name: string): DetectedImport {
  const { sheets, problems } = html ? htmlTables(html) : { sheets: [], problems: [] };
  if (sheets.length === 0) return importText(text, name);
  const imported = importSheets(sheets, name);
  return { ...imported, diagnostics: [...problems, ...imported.diagnostics] };
}
