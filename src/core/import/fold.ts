/**
 * Characters that look like the ones a form is written with but are other code points, folded at
 * the import edge so that names and values match what was meant: PDF producers (Chrome/Skia, Word
 * and WPS on some systems) map ideograph glyphs to Kangxi radicals (⽂ U+2F42 for 文) or to the CJK
 * Radicals Supplement (⻓ U+2ED3 for 长), old encodings give CJK compatibility ideographs, and some
 * cells carry full-width letters and digits. Only these are folded, never the whole text through
 * NFKC: that would also rewrite what the grammar and the reader take as written (㎡, ①, ％ and
 * Chinese punctuation such as （ ） ， ：, which target.ts reads itself). What was folded is
 * reported once per document with the original characters, so nothing changes silently.
 */
import type { SheetValues } from "../layout/workbook";
import type { Problem } from "../problem";

/**
 * The CJK Radicals Supplement (U+2E81–U+2EF3), which NFKC leaves alone: each radical and its
 * equivalent unified ideograph, from Unicode's EquivalentUnifiedIdeograph.txt (14.0). Pairs of
 * code points in hexadecimal, so that no look-alike character stands in the source.
 */
const SUPPLEMENT = `2E81 5382 2E82 4E5B 2E83 4E5A 2E84 4E59 2E85 4EBB 2E86 5182 2E87 20628 2E88 5200
2E89 5202 2E8A 535C 2E8B 353E 2E8C 5C0F 2E8D 5C0F 2E8E 5140 2E8F 5C23 2E90 5C22 2E91 21BC2
2E92 5DF3 2E93 5E7A 2E94 5F51 2E95 5F50 2E96 5FC4 2E97 5FC3 2E98 624C 2E99 6535 2E9B 65E1
2E9C 65E5 2E9D 6708 2E9E 6B7A 2E9F 6BCD 2EA0 6C11 2EA1 6C35 2EA2 6C3A 2EA3 706C 2EA4 722B
2EA5 722B 2EA6 4E2C 2EA7 725B 2EA8 72AD 2EA9 738B 2EAA 24D14 2EAB 76EE 2EAC 793A 2EAD 793B
2EAE 25AD7 2EAF 7CF9 2EB0 7E9F 2EB1 7F53 2EB2 7F52 2EB3 34C1 2EB4 5197 2EB5 2626B 2EB6 7F8A
2EB7 2634C 2EB8 2634B 2EB9 8002 2EBA 8080 2EBB 807F 2EBC 8089 2EBD 26951 2EBE 8279 2EBF 8279
2EC0 8279 2EC1 864E 2EC2 8864 2EC3 8980 2EC4 897F 2EC5 89C1 2EC6 89D2 2EC7 278B2 2EC8 8BA0
2EC9 8D1D 2ECA 27FB7 2ECB 8F66 2ECC 8FB6 2ECD 8FB6 2ECE 8FB6 2ECF 9091 2ED0 9485 2ED1 9577
2ED2 9578 2ED3 957F 2ED4 95E8 2ED5 28E0F 2ED6 961D 2ED7 96E8 2ED8 9752 2ED9 97E6 2EDA 9875
2EDB 98CE 2EDC 98DE 2EDD 98DF 2EDE 2967F 2EDF 98E0 2EE0 9963 2EE1 29810 2EE2 9A6C 2EE3 9AA8
2EE4 9B3C 2EE5 9C7C 2EE6 9E1F 2EE7 5364 2EE8 9EA6 2EE9 9EC4 2EEA 9EFE 2EEB 6589 2EEC 9F50
2EED 6B6F 2EEE 9F7F 2EEF 7ADC 2EF0 9F99 2EF1 9F9C 2EF2 4E80 2EF3 9F9F`;

const supplement = new Map<string, string>();
{
  const codes = SUPPLEMENT.split(/\s+/).map((h) => parseInt(h, 16));
  for (let i = 0; i + 1 < codes.length; i += 2)
    supplement.set(String.fromCodePoint(codes[i]), String.fromCodePoint(codes[i + 1]));
}

/**
 * What is folded: the supplement above; Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility
 * ideographs (U+F900–U+FAFF), which NFKC maps to unified ideographs (twelve of the latter are
 * unified ideographs themselves and stay); full-width digits and Latin letters.
 */
const CLASS =
  "[\\u2e81-\\u2ef3\\u2f00-\\u2fd5\\uf900-\\ufaff\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]";
const ANY = new RegExp(CLASS);
const EACH = new RegExp(CLASS, "g");

function foldChar(ch: string): string {
  return supplement.get(ch) ?? (/[\u2e80-\u2eff]/.test(ch) ? ch : ch.normalize("NFKC"));
}

/** Each character folded (original → folded), counted, as one document's import collects them. */
export type Folds = Map<string, { to: string; count: number }>;

/** `text` with look-alike characters folded; each fold is counted in `folds` when given. */
export function foldText(text: string, folds?: Folds): string {
  if (!ANY.test(text)) return text;
  return text.replace(EACH, (ch) => {
    const to = foldChar(ch);
    if (to !== ch && folds) {
      const seen = folds.get(ch);
      if (seen) seen.count++;
      else folds.set(ch, { to, count: 1 });
    }
    return to;
  });
}

const needsFold = (value: unknown) => typeof value === "string" && ANY.test(value);

/** The sheets with every text cell folded: a sheet is copied only when some cell needs it. */
export function foldSheets(sheets: SheetValues[], folds: Folds): SheetValues[] {
  return sheets.map((sheet) => {
    if (!sheet || !Array.isArray(sheet.grid)) return sheet;
    const rows = sheet.grid;
    if (!rows.some((row) => Array.isArray(row) && row.some(needsFold))) return sheet;
    const grid = rows.map((row) =>
      Array.isArray(row) && row.some(needsFold)
        ? row.map((v) => (typeof v === "string" ? foldText(v, folds) : v))
        : row
    );
    return { ...sheet, grid };
  });
}

/** Up to this many different characters are quoted in the note; the rest are counted. */
const QUOTED = 12;

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;

/** One note for a document: which characters were read as which, quoting the originals; none when nothing was folded. */
export function foldNote(folds: Folds): Problem[] {
  if (folds.size === 0) return [];
  const all = [...folds.entries()].sort((a, b) => b[1].count - a[1].count);
  const total = all.reduce((sum, [, f]) => sum + f.count, 0);
  const quoted = all
    .slice(0, QUOTED)
    .map(([from, f]) => `“${from}”(${hex(from)})→“${f.to}”${f.count > 1 ? ` ${f.count} 处` : ""}`)
    .join("，");
  const more = all.length > QUOTED ? `，另有 ${all.length - QUOTED} 种` : "";
  return [
    {
      rule: "import/folded",
      severity: "info",
      message:
        `文件中有 ${total} 个字符外观与常用汉字或字母相同、编码却不同（部首、兼容汉字或全角字符，` +
        `常见于 PDF 导出），已按常用写法读取：${quoted}${more}`,
    },
  ];
}
