/**
 * Builds the generated 指标库 from gathered tables: rows grouped into entries by (kind, 一级, 二级,
 * 三级 normalised) with their 指标值 forms, 依据, tables and provinces; and the bigram index of each
 * table's name (weighted most: it is what a query is), goal and 三级 names, with idf weights and
 * each table's vector length, so that search is a few lookups and sums.
 */
import { formatTarget, normalizeText, parseTarget } from "../target";
import type { LibraryData, LibraryEntry, LibraryTableRef, ValueCount } from "./data";
import { readForm } from "./forms";
import { LIBRARY_KINDS } from "./kinds";
import { bigrams, foldKey, level3Key, withoutTemplateHint } from "./text";
import type { LibraryTable } from "./types";

/** How much a bigram counts by where it stands in a table. */
export const FIELD_WEIGHTS = { name: 3, goal: 1, level3: 1 } as const;
/** A bigram repeated in a long goal or many rows counts at most this much (tf is capped). */
const MAX_TERM = 4;

interface Draft {
  index: number;
  entry: LibraryEntry;
  names: Map<string, number>;
  values: Map<string, ValueCount>;
  bases: Map<string, number>;
  tables: Set<number>;
  provinces: Set<string>;
}

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
const round = (n: number) => Math.round(n * 1000) / 1000;

function mostWritten(names: Map<string, number>): string {
  return [...names.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
}

/**
 * A value as the suggestions show and count it: in the grammar's canonical text where it reads
 * (≧100%, ＞＝100% and ≥100% are one form), else as written. The data files keep what was written.
 */
function shownValue(written: string): string {
  const text = normalizeText(written);
  const read = parseTarget(text);
  return read.ok ? formatTarget(read.value) : text;
}

function valueOf(text: string): ValueCount {
  const read = readForm(text);
  if (!read.ok) return { text, count: 0, reading: "", symbol: "", number: null, unit: "" };
  const { reading, symbol, number, unit } = read.form;
  return { text, count: 0, reading, symbol, number, unit };
}

/** The bigram weights of one table (its name, goal and 三级 names). */
export function tableGrams(
  table: Pick<LibraryTable, "name" | "goal" | "rows">
): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const gram of bigrams(foldKey(text))) weights.set(gram, (weights.get(gram) ?? 0) + weight);
  };
  add(table.name, FIELD_WEIGHTS.name);
  add(table.goal, FIELD_WEIGHTS.goal);
  for (const row of table.rows) add(row.level3, FIELD_WEIGHTS.level3);
  for (const [gram, weight] of weights) weights.set(gram, Math.min(weight, MAX_TERM));
  return weights;
}

function entriesOf(tables: readonly LibraryTable[], kindIndex: Map<string, number>) {
  const drafts = new Map<string, Draft>();
  const perTable: number[][] = tables.map(() => []);
  const order: Draft[] = [];
  tables.forEach((table, t) => {
    const kind = kindIndex.get(kindOf(table))!;
    for (const row of table.rows) {
      const key = level3Key(row.level3);
      if (key === "") continue;
      const id = [kind, row.level1, row.level2, key].join("\u0000");
      let draft = drafts.get(id);
      if (!draft) {
        const entry = {
          kind,
          level1: row.level1,
          level2: row.level2,
          level3: "",
          key,
        } as LibraryEntry;
        draft = {
          index: order.length,
          entry,
          names: new Map(),
          values: new Map(),
          bases: new Map(),
          tables: new Set(),
          provinces: new Set(),
        };
        drafts.set(id, draft);
        order.push(draft);
      }
      const name = normalizeText(row.level3);
      draft.names.set(name, (draft.names.get(name) ?? 0) + 1);
      const text = shownValue(row.value);
      const value = draft.values.get(text) ?? valueOf(text);
      value.count++;
      draft.values.set(text, value);
      const basis = normalizeText(row.basis);
      if (basis !== "") draft.bases.set(basis, (draft.bases.get(basis) ?? 0) + 1);
      draft.tables.add(t);
      if (table.province !== "") draft.provinces.add(table.province);
      if (!perTable[t].includes(draft.index)) perTable[t].push(draft.index);
    }
  });
  const entries = order.map((d) => ({
    ...d.entry,
    level3: withoutTemplateHint(mostWritten(d.names)),
    values: [...d.values.values()].sort(byCount),
    bases: [...d.bases.entries()].sort((a, b) => b[1] - a[1]),
    tables: [...d.tables],
    provinces: [...d.provinces].sort(),
  }));
  return { entries, perTable };
}

/** The kind of a table whose kind is not known (a bureau's table that matched no kind). */
export const UNKNOWN_KIND = "未分类";

const kindOf = (table: LibraryTable) => table.kind || UNKNOWN_KIND;

/** The library of `tables`; a kind outside `kinds` (未分类, a bureau's own) is added after them. */
export function buildLibrary(
  tables: readonly LibraryTable[],
  kinds: readonly string[] = LIBRARY_KINDS
): LibraryData {
  const all = [...new Set([...kinds, ...tables.map(kindOf)])];
  const kindIndex = new Map(all.map((k, i) => [k, i]));
  const { entries, perTable } = entriesOf(tables, kindIndex);
  const vectors = tables.map(tableGrams);
  const documents = new Map<string, number>();
  for (const vector of vectors)
    for (const gram of vector.keys()) documents.set(gram, (documents.get(gram) ?? 0) + 1);
  const idf = new Map(
    [...documents].map(([gram, df]) => [gram, round(Math.log(1 + tables.length / df))])
  );
  const grams: Record<string, number[]> = {};
  for (const [gram, weight] of idf) grams[gram] = [weight];
  const refs: LibraryTableRef[] = tables.map((table, t) => {
    let squares = 0;
    for (const [gram, tf] of vectors[t]) {
      // The term count is kept (a small integer), its weight is tf × idf: half the size in JSON.
      grams[gram].push(t, tf);
      const weight = tf * idf.get(gram)!;
      squares += weight * weight;
    }
    return {
      id: table.id,
      kind: kindIndex.get(kindOf(table))!,
      province: table.province,
      year: table.year,
      name: table.name,
      source: table.source,
      norm: round(Math.sqrt(squares)),
      entries: perTable[t],
    };
  });
  return { version: 1, kinds: all, tables: refs, entries, grams };
}
