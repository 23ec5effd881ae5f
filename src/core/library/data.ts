/**
 * The shape of the generated 指标库 (library.generated.json, written by scripts/build-library.ts
 * or `pt library --build`): tables with their kind, entries grouped by (kind, 一级, 二级, 三级
 * normalised) with the 指标值 forms seen and how often, and an index of character bigrams over
 * the tables' names, goals and 三级 names with the weights search needs, so nothing is computed
 * when it loads.
 */

/** One 指标值 form: the text as written (spacing folded), how many rows wrote it, as the grammar reads it. */
export interface ValueCount {
  text: string;
  count: number;
  /** 定量, 区间 or 定性 (see forms.ts). */
  reading: string;
  /** The comparator as read ("" for none), the number (a range's low end; null for 定性) and the unit. */
  symbol: string;
  number: number | null;
  unit: string;
}

export interface LibraryEntry {
  /** Index into LibraryData.kinds. */
  kind: number;
  level1: string;
  level2: string;
  /** The 三级 name as most tables write it. */
  level3: string;
  /** level3Key of the name: what the entry is grouped by. */
  key: string;
  /** Most frequent first. */
  values: ValueCount[];
  /** 指标值确定依据 with their counts, most frequent first. */
  bases: [string, number][];
  /** Indices into LibraryData.tables, each once. */
  tables: number[];
  provinces: string[];
}

export interface LibraryTableRef {
  id: string;
  kind: number;
  province: string;
  year: string;
  name: string;
  source: string;
  /** The length of the table's bigram weight vector (cosine similarity). */
  norm: number;
  /** Indices into LibraryData.entries of the table's rows. */
  entries: number[];
}

export interface LibraryData {
  version: 1;
  kinds: string[];
  tables: LibraryTableRef[];
  entries: LibraryEntry[];
  /** Bigram → [its idf, then pairs of a table's index and the bigram's capped, weighted count in it]. */
  grams: Record<string, number[]>;
}
