/**
 * Every example formula in the README's function tables gives the result the README shows, and
 * the README's headings are the signatures the functions are declared with.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { serialFromYMD } from "../../src/core/dates";
import { functionList } from "../../src/functions/catalog";
import * as functions from "../../src/functions/functions";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
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

const examples = readme
  .split("\n")
  .map((line) => ROW.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ name: m[1], args: parseArgs(m[2]), shown: m[3].trim(), line: m[0] }))
  .filter((e) => e.args !== null);

it("the README has examples for every PT function", () => {
  const names = new Set(examples.map((e) => e.name));
  for (const fn of [
    "CHECK",
    "PROGRESS",
    "SCHEDULE",
    "LIGHT",
    "EXPLAIN",
    "SCORE",
    "GRADE",
    "REVIEW",
  ])
    expect(names).toContain(fn);
  expect(examples.length).toBeGreaterThan(30);
});

it("heads each function's section with its declared signature", () => {
  const headings = readme
    .split("\n")
    .filter((line) => /^### PT\./.test(line))
    .map((line) => `=${line.slice(4)}`);
  expect(headings).toEqual(functionList("zh").map(([formula]) => formula));
});

it.each(examples.map((e) => [e.line, e]))("%s", (_line, example) => {
  const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[
    example.name.toLowerCase()
  ];
  const error = /^`#VALUE!` (.+)$/.exec(example.shown);
  if (error) {
    expect(() => fn(...(example.args as unknown[]))).toThrow(error[1]);
    return;
  }
  const result = fn(...(example.args as unknown[]));
  if (typeof result === "number") {
    const shown = /^(\d+(?:\.\d+)?)/.exec(example.shown);
    expect(shown).not.toBeNull();
    const digits = shown![1].split(".")[1]?.length ?? 0;
    expect(result).toBeCloseTo(Number(shown![1]), digits);
  } else {
    expect(result).toBe(example.shown);
  }
});
