/**
 * The usual forms of 指标值 by kind of indicator, for the review rule value-form-library: how many
 * library rows of each kind were written in each unit family (比率, 金额, 时间, 数量, 无单位, 定性) and
 * with each direction (≥, ≤, =, none), with the most written value of each as the hint. A kind of
 * indicator is a 三级 name used by enough published documents, else a keyword class (满意度, 成本, 率, 时效). Small
 * by design: the review rules load it, not the whole library.
 */
import { Direction, readForm, UnitFamily } from "./forms";
import { level3Key } from "./text";
import type { LibraryTable } from "./types";

export interface FormStats {
  rows: number;
  /**
   * How many published documents (distinct source addresses) the rows come from: one county's
   * document of nine projects that repeat one wording is one unit's habit, not a convention.
   */
  tables: number;
  /** Rows by unit family. */
  families: Partial<Record<UnitFamily, number>>;
  /** Rows of each family by direction (无 for none written): a direction is judged within its family. */
  directions: Partial<Record<UnitFamily, Partial<Record<DirectionKey, number>>>>;
  /** The most written value of each family (`比率`) and of each family and direction (`金额≤`). */
  examples: Record<string, string>;
}

export type DirectionKey = Direction | "无";

export interface FormProfile {
  version: 1;
  /** A 三级 name's key → its stats, for names used in at least MIN_NAME_TABLES documents. */
  names: Record<string, FormStats>;
  /** A keyword class → its stats. */
  classes: Record<string, FormStats>;
}

/** A 三级 name speaks for itself once this many documents use it (the rule may ask for more). */
export const MIN_NAME_TABLES = 3;

const COST_LEVEL2 = new Set(["成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"]);

/**
 * The keyword class of an indicator, or null: 满意度 (满意 in the name: 幸福感 under the same branch is not), 成本 (a cost branch
 * or 成本 in the name), 率 (a rate's name: 完成率, 覆盖率, 比例), 时效 (a 时效 row that is no rate).
 */
export function indicatorClass(level2: string, level3: string): string | null {
  if (/满意/.test(level3)) return "满意度";
  if (COST_LEVEL2.has(level2) || /成本/.test(level3)) return "成本";
  if (/(率|比例|比率|占比|覆盖面)$/.test(level3.replace(/[(（][^()（）]*[)）]$/, ""))) return "率";
  if (level2 === "时效指标") return "时效";
  return null;
}

interface Tally {
  stats: FormStats;
  tables: Set<string>;
  written: Map<string, Map<string, number>>;
}

function tally(
  map: Map<string, Tally>,
  key: string,
  table: string,
  family: UnitFamily,
  direction: string,
  value: string
) {
  let t = map.get(key);
  if (!t) {
    t = {
      stats: { rows: 0, tables: 0, families: {}, directions: {}, examples: {} },
      tables: new Set(),
      written: new Map(),
    };
    map.set(key, t);
  }
  t.stats.rows++;
  t.tables.add(table);
  t.stats.families[family] = (t.stats.families[family] ?? 0) + 1;
  const dir = (direction || "无") as DirectionKey;
  const directions = (t.stats.directions[family] ??= {});
  directions[dir] = (directions[dir] ?? 0) + 1;
  for (const part of [family, `${family}${dir}`]) {
    const counts = t.written.get(part) ?? new Map<string, number>();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    t.written.set(part, counts);
  }
}

function finish(map: Map<string, Tally>, minTables: number): Record<string, FormStats> {
  const out: Record<string, FormStats> = {};
  for (const [key, t] of [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (t.tables.size < minTables) continue;
    t.stats.tables = t.tables.size;
    for (const [part, counts] of t.written) {
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      t.stats.examples[part] = best[0];
    }
    out[key] = t.stats;
  }
  return out;
}

/** The profile of a library's rows (rows the grammar cannot read are left out). */
export function buildFormProfile(tables: readonly LibraryTable[]): FormProfile {
  const names = new Map<string, Tally>();
  const classes = new Map<string, Tally>();
  for (const table of tables)
    for (const row of table.rows) {
      const read = readForm(row.value);
      if (!read.ok) continue;
      const { family, direction } = read.form;
      const value = row.value.trim();
      const tableKey = table.source || `${table.file}:${table.id}`;
      const key = level3Key(row.level3);
      if (key !== "") tally(names, key, tableKey, family, direction, value);
      const kind = indicatorClass(row.level2, row.level3);
      if (kind) tally(classes, kind, tableKey, family, direction, value);
    }
  return { version: 1, names: finish(names, MIN_NAME_TABLES), classes: finish(classes, 1) };
}
