/**
 * The declarations (catalog.ts) and the JSDoc of functions.ts (Excel's metadata) agree, so they
 * cannot drift; the drift check sees every kind of difference; the English metadata is Excel's
 * metadata with English help and nothing else changed; the pane lists what the catalog declares.
 */
import { resolve } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOG, functionList } from "../../src/functions/catalog";
import { drift, ExcelMetadata, localizedMetadata } from "../../src/functions/metadata";
import { stringsFor } from "../../src/taskpane/i18n";

let generated: ExcelMetadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    resolve(__dirname, "../../src/functions/functions.ts")
  );
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson);
}, 60_000);

/** A deep copy of the generated metadata with one change. */
function changed(change: (metadata: ExcelMetadata) => void): ExcelMetadata {
  const copy = JSON.parse(JSON.stringify(generated)) as ExcelMetadata;
  change(copy);
  return copy;
}

const byId = (metadata: ExcelMetadata, id: string) => metadata.functions.find((f) => f.id === id)!;

describe("JSDoc and declarations", () => {
  it("agree", () => {
    expect(drift(generated)).toEqual([]);
    expect(generated.functions.map((f) => f.id)).toEqual(Object.keys(CATALOG));
  });

  it.each<[string, (m: ExcelMetadata) => void, RegExp]>([
    [
      "a changed description",
      (m) => (byId(m, "CHECK").description += "。"),
      /PT\.CHECK 的说明不同/,
    ],
    [
      "a parameter made required",
      (m) => delete byId(m, "PROGRESS").parameters[4].optional,
      /PT\.PROGRESS 的参数 tolerance：JSDoc 必填，声明可选/,
    ],
    [
      "a renamed parameter",
      (m) => (byId(m, "LIGHT").parameters[2].name = "day"),
      /PT\.LIGHT 的参数：JSDoc 为 \(spent, budget, day, rule\)，声明为 \(spent, budget, date, rule\)/,
    ],
    [
      "another parameter type",
      (m) => (byId(m, "SCHEDULE").parameters[0].type = "number"),
      /PT\.SCHEDULE 的参数 date 的类型/,
    ],
    [
      "another result type",
      (m) => (byId(m, "EXPLAIN").result.type = "number"),
      /PT\.EXPLAIN 的结果类型/,
    ],
    [
      "a function without declaration",
      (m) => m.functions.push({ ...byId(m, "EXPLAIN"), id: "FROB", name: "FROB" }),
      /PT\.FROB 有 JSDoc，但没有声明/,
    ],
    [
      "a declaration without JSDoc",
      (m) => (m.functions = m.functions.filter((f) => f.id !== "LIGHT")),
      /PT\.LIGHT 在声明中，但 functions\.ts 没有它的 JSDoc/,
    ],
    [
      "changed parameter help",
      (m) => (byId(m, "CHECK").parameters[0].description = "实际值"),
      /PT\.CHECK 的参数 actual 的说明不同/,
    ],
  ])("are told apart on %s", (_what, change, message) => {
    const problems = drift(changed(change));
    expect(problems.join("\n")).toMatch(message);
    expect(() => localizedMetadata(changed(change), "en")).toThrow(message);
  });
});

describe("the English metadata", () => {
  it("is Excel's metadata with the English help of the declarations, all else equal", () => {
    const english = localizedMetadata(generated, "en");
    const withoutHelp = (m: ExcelMetadata) =>
      JSON.stringify(m, (key, value) => (key === "description" ? undefined : value));
    expect(withoutHelp(english)).toEqual(withoutHelp(generated));
    for (const fn of english.functions) {
      expect(fn.description).toBe(CATALOG[fn.id as keyof typeof CATALOG].description.en);
      expect(fn.description).toMatch(/^[A-Z]/);
      for (const p of fn.parameters) expect(p.description).toMatch(/^[A-Z][^。，]*\.$/);
    }
    expect(localizedMetadata(generated, "zh")).toEqual(generated);
  });
});

describe("the pane's list of functions", () => {
  it("is the catalog's, in the pane's language", async () => {
    expect((await stringsFor("zh-CN")).language).toBe("zh");
    expect((await stringsFor("en-US")).language).toBe("en");
    expect(functionList("zh")).toContainEqual([
      "=PT.PROGRESS(累计支出, 预算数, [计划累计支出], [日期], [容差])",
      "执行率或进度判断",
    ]);
    expect(functionList("en")).toContainEqual([
      "=PT.CHECK(actual, target, [indicator], [year])",
      expect.any(String),
    ]);
    expect(functionList("zh").map(([formula]) => /^=PT\.([A-Z]+)\(/.exec(formula)![1])).toEqual(
      generated.functions.map((f) => f.id)
    );
  });
});
