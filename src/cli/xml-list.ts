/**
 * Editing the small XML lists WPS keeps in its jsaddons folder (publish.xml, jsplugins.xml,
 * authwebsite.xml): one root element holding one element per add-in. The file is checked as XML
 * and read as a tree of the root's children; our entries are replaced or removed where they are
 * and every other byte — other add-ins' entries, comments, indentation, line ends — is kept, so
 * that adding and then removing our entries gives back the file as it was.
 */
import { XMLValidator } from "fast-xml-parser";

export interface Entry {
  tag: string;
  attributes: Record<string, string>;
}

interface Child extends Entry {
  /** Where the element starts and ends in the text, and where the blank before it starts. */
  start: number;
  end: number;
  blankStart: number;
}

interface Parsed {
  root: string;
  /** The root's start tag ends here (after ">"), or -1 when the root is empty-element `<x/>`. */
  open: number;
  /** Where the root's empty-element tag or end tag starts. */
  close: number;
  rootEnd: number;
  children: Child[];
}

export class XmlListError extends Error {}

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };

function decode(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
    name[0] === "#"
      ? String.fromCodePoint(
          name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1))
        )
      : ENTITIES[name.toLowerCase()]
  );
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One element as a line of XML: `<jsplugin name="pt" …/>`. */
export function renderEntry(entry: Entry): string {
  const attributes = Object.entries(entry.attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join("");
  return `<${entry.tag}${attributes}/>`;
}

function attributesOf(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found[m[1]] = decode(m[2] ?? m[3] ?? "");
  return found;
}

/** Skips a comment, processing instruction, CDATA or doctype at `i`; the index after it, or -1. */
function skipSpecial(xml: string, i: number): number {
  for (const [open, close] of [
    ["<!--", "-->"],
    ["<?", "?>"],
    ["<![CDATA[", "]]>"],
    ["<!", ">"],
  ]) {
    if (xml.startsWith(open, i)) {
      const end = xml.indexOf(close, i + open.length);
      return end < 0 ? xml.length : end + close.length;
    }
  }
  return -1;
}

/** The end of the tag starting at `i` (after ">"), quotes respected. */
function tagEnd(xml: string, i: number): number {
  let quote = "";
  for (let j = i + 1; j < xml.length; j++) {
    const ch = xml[j];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return j + 1;
  }
  return xml.length;
}

function parse(xml: string, root: string): Parsed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new XmlListError(`不是有效的 XML：${valid.err.msg}（第 ${valid.err.line} 行）`);
  let i = 0;
  // Prolog: BOM, declaration, comments, blanks.
  for (;;) {
    while (i < xml.length && /[\s\uFEFF]/.test(xml[i])) i++;
    const next = skipSpecial(xml, i);
    if (next < 0) break;
    i = next;
  }
  const rootStart = i;
  const rootTagEnd = tagEnd(xml, rootStart);
  const name = /^<([^\s/>]+)/.exec(xml.slice(rootStart))?.[1];
  if (name !== root) throw new XmlListError(`根元素应为 <${root}>，实为 <${name ?? "?"}>`);
  if (xml[rootTagEnd - 2] === "/")
    return { root, open: -1, close: rootStart, rootEnd: rootTagEnd, children: [] };

  const children: Child[] = [];
  let depth = 0;
  let childStart = -1;
  let childTag = "";
  let blankStart = rootTagEnd;
  i = rootTagEnd;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    if (depth === 0 && xml.slice(i, lt).trim() !== "") blankStart = lt;
    const special = skipSpecial(xml, lt);
    if (special >= 0) {
      i = special;
      if (depth === 0) blankStart = i;
      continue;
    }
    const end = tagEnd(xml, lt);
    const tag = xml.slice(lt, end);
    if (tag.startsWith("</")) {
      if (depth === 0) return { root, open: rootTagEnd, close: lt, rootEnd: end, children };
      depth--;
      if (depth === 0) {
        children.push({
          tag: childTag,
          attributes: attributesOf(xml.slice(childStart, tagEnd(xml, childStart))),
          start: childStart,
          end,
          blankStart,
        });
        blankStart = end;
      }
    } else if (tag.endsWith("/>")) {
      if (depth === 0) {
        children.push({
          tag: /^<([^\s/>]+)/.exec(tag)![1],
          attributes: attributesOf(tag),
          start: lt,
          end,
          blankStart,
        });
        blankStart = end;
      }
    } else {
      if (depth === 0) {
        childStart = lt;
        childTag = /^<([^\s/>]+)/.exec(tag)![1];
      }
      depth++;
    }
    i = end;
  }
  throw new XmlListError(`缺少 </${root}>`);
}

/** A new, empty list file, as WPS and the wpsjs toolkit write them. */
export function emptyList(root: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>\n</${root}>\n`;
}

/**
 * The list with every entry `ours` picks removed and `entries` added in their place (or at the
 * end), each on its own line, indented like the others. Throws XmlListError on a file that is not
 * such a list.
 */
export function updateList(
  xml: string,
  root: string,
  ours: (entry: Entry) => boolean,
  entries: Entry[]
): string {
  const parsed = parse(xml, root);
  const newline = xml.includes("\r\n") ? "\r\n" : "\n";
  const theirs = parsed.children.filter((c) => !ours(c));
  const mine = parsed.children.filter(ours);
  const firstBlank = parsed.children[0]
    ? xml.slice(parsed.children[0].blankStart, parsed.children[0].start)
    : "";
  const indent = /[ \t]*$/.exec(firstBlank)?.[0] || "  ";
  // Where ours were, with the blank the first of them had; else after the last other entry.
  const firstBlankOfMine = mine[0] ? xml.slice(mine[0].blankStart, mine[0].start) : null;
  const lines = entries
    .map(
      (e, i) =>
        `${i === 0 && firstBlankOfMine !== null ? firstBlankOfMine : newline + indent}${renderEntry(e)}`
    )
    .join("");

  if (parsed.open < 0) {
    // <root/>: open it up.
    const body = lines
      ? `<${root}>${lines}${newline}</${root}>`
      : xml.slice(parsed.close, parsed.rootEnd);
    return xml.slice(0, parsed.close) + body + xml.slice(parsed.rootEnd);
  }
  // Cut our entries with the blank before each.
  let out = "";
  let at = 0;
  for (const child of mine) {
    out += xml.slice(at, child.blankStart);
    at = child.end;
  }
  out += xml.slice(at);
  const removed = (pos: number) =>
    mine.reduce((sum, c) => (c.end <= pos ? sum + (c.end - c.blankStart) : sum), 0);
  const after = mine[0]
    ? mine[0].blankStart
    : theirs.length > 0
      ? theirs[theirs.length - 1].end
      : parsed.open;
  const insertAt = after - removed(after);
  const closeAt = parsed.close - removed(parsed.close);
  const between = out.slice(insertAt, closeAt);
  const tail = lines && theirs.length === 0 && !between.includes("\n") ? newline : "";
  return out.slice(0, insertAt) + lines + tail + out.slice(insertAt);
}

/** The entries of a list file, to see what is installed. */
export function readList(xml: string, root: string): Entry[] {
  return parse(xml, root).children.map(({ tag, attributes }) => ({ tag, attributes }));
}
