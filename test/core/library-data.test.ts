/**
 * The 指标库's data as committed in data/library (issue 19): every line reads, every row and table
 * passes the checks of src/core/library/check.ts, the generated files are built from this data,
 * and the counts reach the goals (this last test stays red until the gatherers' data is big
 * enough: it says by how much).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { checkLibrary, countLibrary, shortfalls } from "../../src/core/library/check";
import {
  DOC_FILE,
  FORMS_FILE,
  generateLibrary,
  LIBRARY_FILE,
} from "../../src/core/library/generate";
import { withSummary } from "../../src/core/library/summary";
import { readLibraryDir } from "../../scripts/library-files";

const root = join(__dirname, "..", "..");
const generated = generateLibrary(readLibraryDir());
const lines = (problems: { file: string; line?: number; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line} ${p.message}`);

it("reads every line of every file", () => {
  expect(generated.parsed.tables.length).toBeGreaterThan(0);
  expect(lines(generated.parsed.problems)).toEqual([]);
});

it("passes every check: values read or 定性, 二级 under its 一级, no duplicates, sources present", () => {
  expect(lines(checkLibrary(generated.parsed.tables))).toEqual([]);
});

it("has every source kept in the repository (samples/…) present", () => {
  const kept = generated.parsed.tables.filter((t) => t.source.startsWith("samples/"));
  expect(kept.filter((t) => !existsSync(join(root, t.source))).map((t) => t.source)).toEqual([]);
});

it("has its generated files up to date (npx tsx scripts/build-library.ts)", () => {
  expect(readFileSync(join(root, LIBRARY_FILE), "utf8")).toBe(generated.library);
  expect(readFileSync(join(root, FORMS_FILE), "utf8")).toBe(generated.forms);
  const doc = readFileSync(join(root, DOC_FILE), "utf8");
  expect(doc).toContain(generated.summary);
  expect(withSummary(doc, generated.summary)).toBe(doc);
});

it("reaches the issue's counts: 600 rows, 80 tables, 15 provinces, 12 kinds", () => {
  expect(shortfalls(countLibrary(generated.parsed.tables))).toEqual([]);
});
