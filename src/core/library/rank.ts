/**
 * Ranking over a library (the generated one, or one a bureau built with `pt library --build`):
 * the query's bigrams score each table by cosine similarity; kinds are guessed from the scores of
 * their tables; an entry scores by the similarity of the tables that use it, by how many tables of
 * the guessed kinds use it, by how many tables of any kind use its 三级 (the common ones), and by
 * how close its own name is to the query. The first suggestions
 * keep a table's mix of 二级 (数量, 质量, 时效, 成本, 效益, 满意度): each group is capped and, when
 * the library has one, present.
 */
import type { LibraryData, LibraryEntry } from "./data";
import { FIELD_WEIGHTS } from "./build";
import { bigrams, diceOfSets, foldKey } from "./text";

export interface LibraryQuery {
  name: string;
  purpose?: string;
}

export interface LibrarySuggestion {
  kind: string;
  level1: string;
  level2: string;
  level3: string;
  values: { text: string; count: number }[];
  bases: string[];
  tables: number;
  score: number;
}

export const DEFAULT_LIMIT = 15;
/** Typical values and bases shown per suggestion. */
const SHOWN_VALUES = 3;
const SHOWN_BASES = 3;
/**
 * The weights of an entry's score: the summed similarity of its tables, the guessed kinds' share
 * (a candidate of the kind even without a similar table), its name against the query's, and how
 * many tables of any kind use its 三级 (the common ones: 资金到位率, 群众满意度). Tuned on the
 * held-out recall of bench/library.bench.ts: the kind's weight above 0.1 and the common term's
 * above 0.5 lowered it.
 */
const WEIGHTS = { tables: 1, kind: 0.1, name: 0.5, common: 0.5 } as const;

/** The 二级 groups of a table, with at most how many of the first suggestions each may take. */
const GROUPS: { names: readonly string[]; cap: number }[] = [
  { names: ["数量指标"], cap: 5 },
  { names: ["质量指标"], cap: 3 },
  { names: ["时效指标"], cap: 2 },
  { names: ["成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"], cap: 2 },
  { names: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"], cap: 4 },
  { names: ["服务对象满意度指标"], cap: 2 },
];

function groupOf(level2: string): number {
  return GROUPS.findIndex((g) => g.names.includes(level2));
}

/** The query's bigram weights: the name counts as a table's name does, the purpose as a goal. */
function queryGrams(query: LibraryQuery): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: unknown, weight: number) => {
    if (typeof text !== "string") return; // a query from JSON may hold anything
    for (const gram of bigrams(foldKey(text))) weights.set(gram, (weights.get(gram) ?? 0) + weight);
  };
  add(query.name, FIELD_WEIGHTS.name);
  add(query.purpose, FIELD_WEIGHTS.goal);
  return weights;
}

/** Each table's cosine similarity to the query (0 for tables sharing no bigram). */
export function tableSimilarities(data: LibraryData, query: LibraryQuery): Float64Array {
  const sims = new Float64Array(data.tables.length);
  let squares = 0;
  for (const [gram, tf] of queryGrams(query)) {
    const posting = data.grams[gram];
    if (!posting) continue;
    const weight = Math.min(tf, 4) * posting[0];
    squares += weight * weight;
    for (let i = 1; i + 1 < posting.length; i += 2)
      sims[posting[i]] += weight * posting[i + 1] * posting[0];
  }
  const norm = Math.sqrt(squares);
  if (norm > 0)
    data.tables.forEach((table, t) => {
      if (sims[t] > 0) sims[t] /= norm * table.norm;
    });
  return sims;
}

/** Kinds by the summed similarity of their tables, as shares that add up to 1 (none when nothing matched). */
export function kindScores(
  data: LibraryData,
  sims: Float64Array
): { kind: string; score: number }[] {
  const sums = new Float64Array(data.kinds.length);
  data.tables.forEach((table, t) => {
    if (table.kind >= 0) sums[table.kind] += sims[t] * sims[t];
  });
  const total = sums.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  return data.kinds
    .map((kind, k) => ({ kind, score: sums[k] / total }))
    .filter((k) => k.score > 0)
    .sort((a, b) => b.score - a.score);
}

export function guessKindsIn(
  data: LibraryData,
  query: LibraryQuery
): { kind: string; score: number }[] {
  return kindScores(data, tableSimilarities(data, query));
}

/** What every query of a library needs from its entries, worked out on the first query. */
interface Prepared {
  /** The most tables any entry has. */
  most: number;
  /** Per entry, log(1 + the tables of any kind using its 三级) over the most of any 三级. */
  common: Float64Array;
  /** Each entry's name as a bigram set. */
  grams: Set<string>[];
}

/** Per library (a library is never changed once built). */
const PREPARED = new WeakMap<LibraryData, Prepared>();

function prepared(data: LibraryData): Prepared {
  let ready = PREPARED.get(data);
  if (!ready) {
    const byKey = new Map<string, number>();
    for (const e of data.entries) byKey.set(e.key, (byKey.get(e.key) ?? 0) + e.tables.length);
    const top = Math.log(1 + Math.max(1, ...byKey.values()));
    ready = {
      most: data.entries.reduce((m, e) => Math.max(m, e.tables.length), 1),
      common: Float64Array.from(data.entries, (e) => Math.log(1 + byKey.get(e.key)!) / top),
      grams: data.entries.map((e) => new Set(bigrams(e.key))),
    };
    PREPARED.set(data, ready);
  }
  return ready;
}

function scoreEntries(data: LibraryData, query: LibraryQuery): Float64Array {
  const sims = tableSimilarities(data, query);
  const kinds = new Float64Array(data.kinds.length);
  for (const { kind, score } of kindScores(data, sims)) kinds[data.kinds.indexOf(kind)] = score;
  const { most: mostTables, grams, common } = prepared(data);
  const most = Math.log(1 + mostTables);
  const name = new Set(bigrams(foldKey(query.name)));
  const scores = new Float64Array(data.entries.length);
  data.entries.forEach((entry, e) => {
    let fromTables = 0;
    for (const t of entry.tables) fromTables += sims[t];
    const fromKind = kinds[entry.kind] * (Math.log(1 + entry.tables.length) / most);
    if (fromTables === 0 && fromKind === 0) return;
    scores[e] =
      WEIGHTS.tables * fromTables +
      WEIGHTS.kind * fromKind +
      WEIGHTS.name * diceOfSets(name, grams[e]) +
      WEIGHTS.common * common[e];
  });
  return scores;
}

/** The best entries, one per 三级 name, with each 二级 group capped and every group present when it can be. */
function pick(data: LibraryData, scores: Float64Array, limit: number): number[] {
  const ranked = [...scores.keys()]
    .filter((e) => scores[e] > 0)
    .sort((a, b) => scores[b] - scores[a]);
  const chosen: number[] = [];
  const keys = new Set<string>();
  const taken = GROUPS.map(() => 0);
  const take = (e: number) => {
    const entry = data.entries[e];
    chosen.push(e);
    keys.add(entry.key);
    const group = groupOf(entry.level2);
    if (group >= 0) taken[group]++;
  };
  // The best of each group first, so a table's every part has a suggestion.
  GROUPS.forEach((group, g) => {
    const best = ranked.find(
      (e) => groupOf(data.entries[e].level2) === g && !keys.has(data.entries[e].key)
    );
    if (best !== undefined && chosen.length < limit) take(best);
  });
  for (const capped of [true, false])
    for (const e of ranked) {
      if (chosen.length >= limit) break;
      const entry = data.entries[e];
      if (keys.has(entry.key)) continue;
      const group = groupOf(entry.level2);
      if (capped && group >= 0 && taken[group] >= GROUPS[group].cap) continue;
      take(e);
    }
  return chosen.sort((a, b) => scores[b] - scores[a]);
}

function suggestionOf(data: LibraryData, entry: LibraryEntry, score: number): LibrarySuggestion {
  return {
    kind: data.kinds[entry.kind] ?? "",
    level1: entry.level1,
    level2: entry.level2,
    level3: entry.level3,
    values: entry.values.slice(0, SHOWN_VALUES).map((v) => ({ text: v.text, count: v.count })),
    bases: entry.bases.slice(0, SHOWN_BASES).map(([basis]) => basis),
    tables: entry.tables.length,
    score: Math.round(score * 1000) / 1000,
  };
}

/** Ranked suggestions from `data` for a project's name and purpose. */
export function suggestIn(
  data: LibraryData,
  query: LibraryQuery,
  limit = DEFAULT_LIMIT
): LibrarySuggestion[] {
  if (!query || typeof query.name !== "string") return [];
  const scores = scoreEntries(data, query);
  const count = Math.max(0, Math.floor(limit));
  return pick(data, scores, count).map((e) => suggestionOf(data, data.entries[e], scores[e]));
}
