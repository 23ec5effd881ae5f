/**
 * Properties of the published-text importer under what extraction and copying do to text: lines
 * joined and split, spaces put in, lines and rows in another order. Whatever comes in, it never
 * throws, never puts out a 二级指标 outside its 一级指标's branch, never a basis phrase as 指标值;
 * and when the damage keeps the meaning, every row is read exactly or reported, never shifted.
 */
import fc from "fast-check";
import { importPublishedText } from "../../../src/core/import";
import type { Department } from "../../../src/core/model";
import { layoutDocument, SEED_WIDTHS } from "../../fixtures/published/layout";
import { TOWNSHIP_DEPARTMENT } from "../../fixtures/published/township";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { expectSaneRows, tallyRows } from "../../helpers/imported-rows";

/** A department of a few projects, to keep each run short. */
const small = (department: Department, from: number, count: number): Department => ({
  ...department,
  projects: department.projects.slice(from, from + count),
});
const SAMPLES = [small(SEED_DEPARTMENT, 0, 2), small(SEED_DEPARTMENT, 3, 2), TOWNSHIP_DEPARTMENT];

const widths = fc.record({
  level1: fc.integer({ min: 4, max: 7 }),
  level2: fc.integer({ min: 4, max: 7 }),
  level3: fc.integer({ min: 4, max: 9 }),
  description: fc.integer({ min: 6, max: 15 }),
  value: fc.integer({ min: 4, max: 8 }),
  basis: fc.integer({ min: 4, max: 9 }),
});

const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("join", "split", "space", "swap", "delete"),
  cut: fc.nat({ max: 12 }),
});

/** Applies one edit to the lines: what extraction and copying do to a text. */
function apply(lines: string[], { at, kind, cut }: { at: number; kind: string; cut: number }) {
  if (lines.length < 2) return;
  const i = at % (lines.length - 1);
  const line = lines[i];
  const c = Math.min(cut, line.length);
  if (kind === "join") lines.splice(i, 2, `${line} ${lines[i + 1]}`);
  else if (kind === "split") lines.splice(i, 1, line.slice(0, c), line.slice(c));
  else if (kind === "space") lines[i] = `${line.slice(0, c)} ${line.slice(c)}`;
  else if (kind === "swap") [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
  else lines.splice(i, 1);
}

describe("under random damage", () => {
  it("never throws, never a row outside its branch, never a basis phrase as 指标值", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        widths,
        fc.constantFrom("block" as const, "lines" as const),
        fc.array(edit, { maxLength: 15 }),
        (department, w, order, edits) => {
          const lines = layoutDocument(department, { widths: w, order }).split("\n");
          for (const e of edits) apply(lines, e);
          const result = importPublishedText(lines.join("\n"));
          expectSaneRows(result);
          for (const d of result.diagnostics) {
            if (d.line !== undefined) expect(lines[d.line - 1]?.trim()).toBeTruthy();
            expect(d.message).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      ),
      { numRuns: 120 }
    );
  });
});

describe("when the damage keeps the meaning", () => {
  it("reads every row exactly or reports it: any widths, either order, page breaks, spaced words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        widths,
        fc.constantFrom("block" as const, "lines" as const),
        fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }),
        fc.boolean(),
        (department, w, order, pageLines, spacedWords) => {
          const text = layoutDocument(department, { widths: w, order, pageLines, spacedWords });
          tallyRows(importPublishedText(text), department);
        }
      ),
      { numRuns: 120 }
    );
  });

  it("reads rows in any order exactly or reports them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (department, seeds) => {
          // Shuffle each project's rows: a table whose 二级指标 come in another order.
          const shuffled: Department = {
            ...department,
            projects: department.projects.map((p) => {
              const rows = [...p.indicators];
              seeds.forEach((s, k) => {
                const a = (s + k) % rows.length;
                const b = (s * 7 + k) % rows.length;
                [rows[a], rows[b]] = [rows[b], rows[a]];
              });
              return { ...p, indicators: rows };
            }),
          };
          const text = layoutDocument(shuffled, { widths: SEED_WIDTHS });
          tallyRows(importPublishedText(text), shuffled);
        }
      ),
      { numRuns: 60 }
    );
  });
});
