/**
 * Finds the 一级 / 二级指标 names in an indicator table's lines, however the extraction wrapped
 * them (社会效益指 / 标, 服务对象满意度指 with 标 two lines further down, 服务 对象 满意度 指标 with
 * spaces), and splits the lines into a stream of labels and content. Names are recognised only
 * from the indicator trees (framework.ts); a fragment that never completes a name is content.
 */
import { belongsTo, LEVEL1_NAMES, LEVEL2_NAMES } from "../../framework";
import type { SourcePlace } from "../../problem";
import type { Piece, TextLine } from "./lines";
import { TEXT_IMPORT_SETTINGS } from "./settings";

export type TableItem =
  | {
      kind: "label";
      level: 1 | 2;
      name: string;
      /** Index of the line it opens on, and of every line it stands on (a wrapped name). */
      line: number;
      lines: number[];
      place: SourcePlace;
      x: number;
    }
  | { kind: "content"; line: number; place: SourcePlace; pieces: Piece[] };

const LEVEL1 = new Set(LEVEL1_NAMES);
const LEVEL2 = new Set(LEVEL2_NAMES);
const NAMES = [...new Set([...LEVEL1_NAMES, ...LEVEL2_NAMES])];
/** Pieces a name may be spread over when a viewer put spaces between its words. */
const MAX_NAME_PIECES = 4;

const isName = (text: string) => LEVEL1.has(text) || LEVEL2.has(text);
const isNamePrefix = (text: string) =>
  text.length >= 2 && NAMES.some((name) => name.length > text.length && name.startsWith(text));

interface Found {
  name: string;
  /** Where each of its pieces is: [line, piece]. */
  parts: [number, number][];
  /** A wrapped name still waiting for its end. */
  open: boolean;
  /** Line of its first piece. */
  line: number;
}

interface Run {
  joined: string;
  count: number;
  /** Only opens a name: the rest is to come on a later line. */
  prefix: boolean;
}

/**
 * The longest run of leading pieces whose joined text (after `before`) is a name; else the longest
 * that opens one (its end comes first on a later line: 社会效益指 … / 标 …).
 */
function leadingName(pieces: Piece[], before: string): Run | null {
  let best: Run | null = null;
  let opening: Run | null = null;
  let joined = "";
  const texts = pieces.slice(0, MAX_NAME_PIECES).map((p) => p.text);
  texts.forEach((text, j) => {
    joined += text;
    if (isName(before + joined)) best = { joined, count: j + 1, prefix: false };
    else if (isNamePrefix(before + joined)) opening = { joined, count: j + 1, prefix: true };
  });
  return best ?? opening;
}

/** Splits table lines into labels and content, in reading order. */
export function tableItems(lines: readonly TextLine[]): TableItem[] {
  const isLabel: boolean[][] = lines.map((l) => l.pieces.map(() => false));
  const found: Found[] = [];
  /** Wrapped names waiting for their ends; a fragment of content may wait among them. */
  let waiting: Found[] = [];

  lines.forEach((line, i) => {
    const window = TEXT_IMPORT_SETTINGS.labelWrapLines;
    waiting = waiting.filter((f) => i - f.parts[f.parts.length - 1][0] <= window);
    let k = 0;
    // The ends of wrapped names open a later line (a 一级 and a 二级 name may end side by side);
    // the latest name a run completes or carries on takes it.
    for (let taken = true; taken && k < line.pieces.length;) {
      taken = false;
      for (const entry of [...waiting].reverse()) {
        const run = leadingName(line.pieces.slice(k), entry.name);
        if (!run) continue;
        entry.parts.push(...range(run.count).map((j): [number, number] => [i, k + j]));
        entry.name += run.joined;
        entry.open = run.prefix;
        if (!run.prefix) waiting = waiting.filter((f) => f !== entry);
        k += run.count;
        taken = true;
        break;
      }
    }
    while (k < line.pieces.length) {
      const run = leadingName(line.pieces.slice(k), "");
      if (!run) break;
      const entry: Found = {
        name: run.joined,
        parts: range(run.count).map((j): [number, number] => [i, k + j]),
        open: run.prefix,
        line: i,
      };
      found.push(entry);
      if (run.prefix) waiting.push(entry);
      k += run.count;
    }
  });

  // Two names of one level cannot stand on the same lines: when wrapped names interleave (a
  // viewer's order), the later one took pieces that were not its own, and is content after all.
  const span = (f: Found) => [f.parts[0][0], f.parts[f.parts.length - 1][0]];
  const level = (f: Found) => (LEVEL1.has(f.name) && !LEVEL2.has(f.name) ? 1 : 2);
  const done = found.filter((f) => !f.open);
  for (let a = 0; a < done.length; a++)
    for (let b = a + 1; b < done.length; b++) {
      const [a0, a1] = span(done[a]);
      const [b0, b1] = span(done[b]);
      if (level(done[a]) === level(done[b]) && a0 <= b1 && b0 <= a1) done[b].open = true;
    }

  // A wrapped fragment that never completed a name is content after all.
  for (const entry of found)
    if (!entry.open) for (const [i, k] of entry.parts) isLabel[i][k] = true;

  const items: TableItem[] = [];
  const opening = new Map<number, Found[]>();
  for (const entry of found)
    if (!entry.open) opening.set(entry.line, [...(opening.get(entry.line) ?? []), entry]);
  lines.forEach((line, i) => {
    for (const entry of opening.get(i) ?? []) {
      const [li, ki] = entry.parts[0];
      items.push({
        kind: "label",
        level: LEVEL1.has(entry.name) ? 1 : 2,
        name: entry.name,
        line: i,
        lines: [...new Set(entry.parts.map(([l]) => l))],
        place: lines[li].place,
        x: lines[li].pieces[ki].x,
      });
    }
    const pieces = line.pieces.filter((_, k) => !isLabel[i][k]);
    if (pieces.length > 0) items.push({ kind: "content", line: i, place: line.place, pieces });
  });
  return settleLevels(items);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * 成本指标 is a 二级指标 under 产出指标 (2015 tree) and a 一级指标 of its own (2021 tree): it is a
 * 一级 label when a 2021 成本 branch follows it directly.
 */
function settleLevels(items: TableItem[]): TableItem[] {
  const out: TableItem[] = [];
  items.forEach((item, n) => {
    if (item.kind !== "label") {
      out.push(item);
      return;
    }
    let level = item.level;
    if (LEVEL1.has(item.name) && LEVEL2.has(item.name)) {
      const next = items[n + 1];
      level = next?.kind === "label" && next.level === 2 && belongsTo(item.name, next.name) ? 1 : 2;
    }
    out.push({ ...item, level });
  });
  return out;
}
