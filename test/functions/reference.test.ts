/**
 * The PT reference (docs/functions.md) cannot drift from the functions: every example formula in
 * its tables gives the result it shows, every declared function has examples, its list and its
 * headings are the signatures and answers declared in src/functions/catalog.ts; and the README,
 * the front page, names every function with an example that gives what it shows, and points to
 * the reference.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { serialFromYMD } from "../../src/core/dates";
import { CATALOG, functionList } from "../../src/functions/catalog";
import * as functions from "../../src/functions/functions";

const root = join(__dirname, "..", "..");
const reference = readFileSync(join(root, "docs", "functions.md"), "utf8");
const readme = readFileSync(join(root, "README.md"), "utf8");
const ROW = /^\| `=PT\.([A-Z]+)\((.*)\)` \| (.+?) \|/;

/** Splits formula arguments: "text", numbers, empty, DATE(y,m,d); null where a cell is referenced. */
function parseArgs(text: string): unknown[] | null {
  const args: unknown[] = [];
  const tokens = text.match(/"[^"]*"|DATE\(\d+,\d+,\d+\)|[^,]+|(?<=,)(?=,)|^(?=,)/g) ?? [];
  for (const raw of tokens.map((t) => t.trim())) {
    if (raw === "") args.push(undefined);
    else if (raw.startsWith('"')) args.push(raw.slice(1, -1));
    else if (/^-?\d+(\.\d+)?$/.test(raw)) args.push(Number(raw));
    else if (/^DATE\(/.test(raw)) {
      const [y, m, d] = raw.match(/\d+/g)!.map(Number);
      args.push(serialFromYMD(y, m, d));
    } else return null; // TODAY(), B5: not a fixed example
  }
  return args;
}

/** The example formulas of a page's tables with the result each shows (fixed arguments only). */
function examplesIn(page: string) {
  return page
    .split("\n")
    .map((line) => ROW.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1], args: parseArgs(m[2]), shown: m[3].trim(), line: m[0] }))
    .filter((e) => e.args !== null);
}

const examples = examplesIn(reference);
const readmeExamples = examplesIn(readme);

it("has examples for every declared PT function", () => {
  const names = new Set(examples.map((e) => e.name));
  for (const fn of Object.keys(CATALOG)) expect(names).toContain(fn);
  expect(examples.length).toBeGreaterThan(30);
});

it("heads each function's section with its declared signature", () => {
  const headings = reference
    .split("\n")
    .filter((line) => /^### PT\./.test(line))
    .map((line) => `=${line.slice(4)}`);
  expect(headings).toEqual(functionList("zh").map(([formula]) => formula));
});

it("lists every function with what it returns, as declared, linked to its section", () => {
  const rows = reference
    .split("\n")
    .map((line) => /^\| \[`(=PT\.[^`]+)`\]\(#([^)]+)\) \| (.+) \|$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);
  expect(rows.map((m) => [m[1], m[3]])).toEqual(functionList("zh"));
  // GitHub's anchor of each heading: lower case, punctuation dropped, spaces as hyphens.
  for (const m of rows)
    expect(m[2]).toBe(
      m[1]
        .slice(1)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\- ]/gu, "")
        .replace(/ /g, "-")
    );
});

it("the README names every function, with an example of each, and points to the reference", () => {
  for (const fn of Object.keys(CATALOG)) expect(readme).toContain(`PT.${fn}`);
  expect(new Set(readmeExamples.map((e) => e.name))).toEqual(new Set(Object.keys(CATALOG)));
  expect(readme).toContain("](docs/functions.md)");
});

it.each([...examples, ...readmeExamples].map((e) => [e.line, e]))("%s", async (_line, example) => {
  const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[
    example.name.toLowerCase()
  ];
  const error = /^`#VALUE!` (.+)$/.exec(example.shown);
  if (error) {
    // PT.REVIEW is async (its rules load on the first call): its cell errors are rejections.
    await expect((async () => fn(...(example.args as unknown[])))()).rejects.toThrow(error[1]);
    return;
  }
  const result = await fn(...(example.args as unknown[]));
  if (typeof result === "number") {
    const shown = /^(\d+(?:\.\d+)?)/.exec(example.shown);
    expect(shown).not.toBeNull();
    const digits = shown![1].split(".")[1]?.length ?? 0;
    expect(result).toBeCloseTo(Number(shown![1]), digits);
  } else {
    expect(result).toBe(example.shown);
  }
});
