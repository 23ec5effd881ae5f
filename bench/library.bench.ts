/**
 * The 指标库 (issue 19). (a) Search speed: the median time of suggestIndicators over distinct
 * queries (every library table's name and goal), beside the time to fold the same query text (the
 * baseline, same run). (b) Search quality on held-out projects: for every library table with at
 * least 4 rows, the library is built without it and queried with its name and goal; recall is the
 * share of its distinct 三级 found among the first 15 suggestions, exactly (after folding, without
 * punctuation and spaces) and near (character-bigram Dice ≥ 0.6). The 65-line list of
 * src/core/suggestions.ts (its entries in order, first 15) on the same projects beside it, and both
 * again on the projects of other documents than the seed, which the list was drawn from.
 * Run alone with `npx tsx bench/library.bench.ts`.
 */
import { buildLibrary } from "../src/core/library/build";
import { parseLibraryFiles } from "../src/core/library/parse";
import { guessKindsIn, suggestIn } from "../src/core/library/rank";
import { suggestIndicators } from "../src/core/library/search";
import { dice, foldKey, level3Key } from "../src/core/library/text";
import type { LibraryTable } from "../src/core/library/types";
import { COMMON_LEVEL3 } from "../src/core/suggestions";
import { readLibraryDir } from "../scripts/library-files";
import type { Figure } from "./run";

/** A held-out project needs this many rows to say something about recall. */
const MIN_ROWS = 4;
const TOP = 15;
/** Near match: a suggestion whose name's bigram Dice with the row's is at least this. */
export const NEAR = 0.6;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median µs per call of `run` over the queries (each timed over `repeat` calls after a warm-up). */
function medianMicros<T>(queries: T[], run: (q: T) => unknown, repeat = 5): number {
  for (const q of queries) run(q);
  return median(
    queries.map((q) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < repeat; i++) run(q);
      return Number(process.hrtime.bigint() - start) / 1e3 / repeat;
    })
  );
}

export interface Recall {
  projects: number;
  /** Mean share of a project's 三级 found, exact and near. */
  exact: number;
  near: number;
  /** Projects with at least half of their 三级 found. */
  exactHalf: number;
  nearHalf: number;
}

/** Recall of suggestions (a project → the 三级 names suggested) over held-out projects. */
export function recallOf(projects: LibraryTable[], suggest: (t: LibraryTable) => string[]): Recall {
  const sums = { exact: 0, near: 0, exactHalf: 0, nearHalf: 0 };
  for (const table of projects) {
    const wanted = [...new Set(table.rows.map((r) => level3Key(r.level3)).filter((k) => k))];
    const got = suggest(table).map(level3Key);
    const exact = wanted.filter((w) => got.includes(w)).length / wanted.length;
    const near = wanted.filter((w) => got.some((g) => dice(w, g) >= NEAR)).length / wanted.length;
    sums.exact += exact;
    sums.near += near;
    if (exact >= 0.5) sums.exactHalf++;
    if (near >= 0.5) sums.nearHalf++;
  }
  const n = Math.max(1, projects.length);
  return {
    projects: projects.length,
    exact: sums.exact / n,
    near: sums.near / n,
    exactHalf: sums.exactHalf,
    nearHalf: sums.nearHalf,
  };
}

/** The published document the 65-line list was drawn from (src/core/suggestions.ts: the seed). */
const LIST_SOURCE = "samples/seed-zhengding-2023.txt";

export interface HeldOut {
  library: Recall;
  list: Recall;
  ceiling: Recall;
  /** The same on the projects of other documents than the one the 65-line list came from. */
  outside: { library: Recall; list: Recall };
  /** Held-out projects whose kind is the first guessed. */
  kindsRight: number;
}

/**
 * Leave-one-out: each project against a library built from every other table; and the ceiling,
 * where a project's suggestions are every 三级 that any other table uses (what a perfect ranking
 * with no limit of 15 could find).
 */
export function heldOutRecall(tables: LibraryTable[]): HeldOut {
  const projects = tables.filter((t) => t.rows.length >= MIN_ROWS);
  let kindsRight = 0;
  const suggested = new Map<LibraryTable, string[]>();
  for (const held of projects) {
    const data = buildLibrary(tables.filter((t) => t !== held));
    const query = { name: held.name, purpose: held.goal };
    if (guessKindsIn(data, query)[0]?.kind === held.kind) kindsRight++;
    suggested.set(
      held,
      suggestIn(data, query, TOP).map((s) => s.level3)
    );
  }
  const library = (t: LibraryTable) => suggested.get(t)!;
  const first = Object.values(COMMON_LEVEL3).flat().slice(0, TOP);
  const list = () => first;
  const outside = projects.filter((t) => t.source !== LIST_SOURCE);
  return {
    library: recallOf(projects, library),
    list: recallOf(projects, list),
    ceiling: recallOf(projects, (held) =>
      tables.filter((t) => t !== held).flatMap((t) => t.rows.map((r) => r.level3))
    ),
    outside: { library: recallOf(outside, library), list: recallOf(outside, list) },
    kindsRight,
  };
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export function benchLibrary(): Figure[] {
  const { tables } = parseLibraryFiles(readLibraryDir());
  const queries = [
    ...new Map(
      tables.map((t) => [`${t.name}\u0000${t.goal}`, { name: t.name, purpose: t.goal }])
    ).values(),
  ];
  const search = medianMicros(queries, (q) => suggestIndicators(q));
  const fold = medianMicros(queries, (q) => foldKey(`${q.name}${q.purpose}`));
  const flat = Object.values(COMMON_LEVEL3).flat();
  const list = medianMicros(queries, () => flat.slice(0, TOP));
  const { library, list: common, ceiling, outside, kindsRight } = heldOutRecall(tables);
  const pct = (n: number) => round(n * 100);
  return [
    {
      name: `library: ${queries.length} distinct queries, ${tables.length} tables`,
      value: queries.length,
      unit: "queries",
    },
    { name: "library: fold the query text (baseline)", value: round(fold, 2), unit: "µs" },
    { name: "library: 65-line list, first 15 (baseline)", value: round(list, 2), unit: "µs" },
    { name: "library: suggestIndicators, median per query", value: round(search), unit: "µs" },
    {
      name: `library held-out: projects with ≥${MIN_ROWS} rows`,
      value: library.projects,
      unit: "projects",
    },
    {
      name: "library held-out: mean recall in top 15, exact",
      value: pct(library.exact),
      unit: "%",
    },
    {
      name: "library held-out: projects ≥ half found, exact",
      value: library.exactHalf,
      unit: "projects",
    },
    {
      name: `library held-out: mean recall in top 15, near (Dice≥${NEAR})`,
      value: pct(library.near),
      unit: "%",
    },
    {
      name: "library held-out: projects ≥ half found, near",
      value: library.nearHalf,
      unit: "projects",
    },
    { name: "library held-out: kind guessed first", value: kindsRight, unit: "projects" },
    {
      name: "ceiling (every 三级 of the other tables): recall, exact",
      value: pct(ceiling.exact),
      unit: "%",
    },
    { name: "ceiling: projects ≥ half found, exact", value: ceiling.exactHalf, unit: "projects" },
    { name: `ceiling: recall, near (Dice≥${NEAR})`, value: pct(ceiling.near), unit: "%" },
    { name: "ceiling: projects ≥ half found, near", value: ceiling.nearHalf, unit: "projects" },
    { name: "65-line list: mean recall in top 15, exact", value: pct(common.exact), unit: "%" },
    {
      name: "65-line list: projects ≥ half found, exact",
      value: common.exactHalf,
      unit: "projects",
    },
    {
      name: `65-line list: mean recall in top 15, near (Dice≥${NEAR})`,
      value: pct(common.near),
      unit: "%",
    },
    { name: "65-line list: projects ≥ half found, near", value: common.nearHalf, unit: "projects" },
    {
      name: "outside the list's own document: projects",
      value: outside.library.projects,
      unit: "projects",
    },
    { name: "  library: mean recall, exact", value: pct(outside.library.exact), unit: "%" },
    {
      name: "  library: projects ≥ half found, exact",
      value: outside.library.exactHalf,
      unit: "projects",
    },
    { name: "  library: mean recall, near", value: pct(outside.library.near), unit: "%" },
    {
      name: "  library: projects ≥ half found, near",
      value: outside.library.nearHalf,
      unit: "projects",
    },
    { name: "  65-line list: mean recall, exact", value: pct(outside.list.exact), unit: "%" },
    { name: "  65-line list: mean recall, near", value: pct(outside.list.near), unit: "%" },
    {
      name: "  65-line list: projects ≥ half found, near",
      value: outside.list.nearHalf,
      unit: "projects",
    },
  ];
}

if (require.main === module)
  for (const f of benchLibrary())
    console.log(`${f.name.padEnd(56)} ${String(f.value).padStart(12)} ${f.unit}`);
