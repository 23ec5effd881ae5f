/**
 * The search API over the generated library, as the pane and `pt library` call it: the shape of a
 * suggestion, the default limit, a project of the library finding its own rows and its kind.
 */
import { guessKinds, LIBRARY, suggestIndicators } from "../../../src/core/library/search";

const table = LIBRARY.tables.find((t) => t.entries.length >= 5)!;
const query = { name: table.name };

it("suggests at most 15 by default, each with its tree, values, bases and table count", () => {
  const found = suggestIndicators(query);
  expect(found.length).toBeGreaterThan(0);
  expect(found.length).toBeLessThanOrEqual(15);
  for (const s of found) {
    expect(Object.keys(s).sort()).toEqual(
      ["bases", "kind", "level1", "level2", "level3", "score", "tables", "values"].sort()
    );
    expect(LIBRARY.kinds).toContain(s.kind);
    expect(s.values.length).toBeGreaterThan(0);
    for (const v of s.values) expect(v.count).toBeGreaterThan(0);
    expect(s.tables).toBeGreaterThan(0);
  }
  expect(suggestIndicators(query, 3)).toHaveLength(Math.min(3, found.length));
});

it("finds a library project's own rows and kind from its name", () => {
  const own = new Set(table.entries.map((e) => LIBRARY.entries[e].level3));
  expect(suggestIndicators(query).some((s) => own.has(s.level3))).toBe(true);
  const kinds = guessKinds(query);
  expect(kinds.slice(0, 3).map((k) => k.kind)).toContain(LIBRARY.kinds[table.kind]);
  expect(kinds.reduce((sum, k) => sum + k.score, 0)).toBeCloseTo(1);
});

it("answers nothing for a query it cannot read, without throwing", () => {
  expect(suggestIndicators({ name: "" })).toEqual([]);
  expect(guessKinds({ name: "" })).toEqual([]);
  expect(guessKinds(undefined as never)).toEqual([]);
  expect(suggestIndicators({ name: 12 } as never)).toEqual([]);
});
