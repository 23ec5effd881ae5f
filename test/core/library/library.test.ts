/**
 * The 指标库 engine over small tables written here: the TSV parser (bad lines are problems at
 * their file and line, never exceptions), the data checks, the build (entries, forms, index) and
 * the ranking.
 */
import { checkLibrary, countLibrary } from "../../../src/core/library/check";
import { buildLibrary } from "../../../src/core/library/build";
import { readForm } from "../../../src/core/library/forms";
import { parseLibrary } from "../../../src/core/library/parse";
import { guessKindsIn, suggestIn } from "../../../src/core/library/rank";
import { dice, level3Key, withoutTemplateHint } from "../../../src/core/library/text";

const head = (id: string, kind: string, name: string, province = "湖南") =>
  `@table\t${id}\t${province}\t某县\t2023\t${kind}\t${name}\t目标表\thttp://example.gov.cn/${id}.html`;

const NUTRITION = [
  head("a1", "教育", "农村义务教育学生营养改善计划"),
  "@goal\t为农村学生提供营养膳食补助，改善学生营养状况",
  "产出指标\t数量指标\t受益学生人数\t≥1200人\t计划标准",
  "产出指标\t质量指标\t食品安全事故发生率\t0",
  "产出指标\t时效指标\t补助资金发放及时率\t100%",
  "产出指标\t成本指标\t营养膳食补助标准\t≤5元/人·天",
  "效益指标\t社会效益指标\t学生营养健康状况\t逐步改善",
  "满意度指标\t服务对象满意度指标\t学生家长满意度\t≥95%",
];
const NUTRITION_2 = [
  head("a2", "教育", "学生营养改善计划补助", "四川"),
  "产出指标\t数量指标\t受益学生人数\t3000人",
  "产出指标\t成本指标\t营养膳食补助标准\t5元/人·天",
  "满意度指标\t服务对象满意度指标\t学生家长满意度\t≥90%",
];
const ROADS = [
  head("b1", "交通", "农村公路养护工程"),
  "产出指标\t数量指标\t养护里程\t≥120公里",
  "产出指标\t质量指标\t路面优良率\t≥85%",
  "产出指标\t时效指标\t养护任务完成时间\t2023年12月底前",
  "效益指标\t社会效益指标\t群众出行条件\t明显改善",
  "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%",
];
const TEXT = [NUTRITION, NUTRITION_2, ROADS].flat().join("\n");

describe("parseLibrary", () => {
  it("reads tables, goals and rows with their lines", () => {
    const { tables, problems } = parseLibrary(TEXT, "t.tsv");
    expect(problems).toEqual([]);
    expect(tables.map((t) => [t.id, t.rows.length, t.line])).toEqual([
      ["a1", 6, 1],
      ["a2", 3, 9],
      ["b1", 5, 13],
    ]);
    expect(tables[0].goal).toMatch(/营养膳食/);
    expect(tables[0].rows[0]).toMatchObject({
      level3: "受益学生人数",
      value: "≥1200人",
      basis: "计划标准",
      line: 3,
    });
  });

  it("reports bad lines at their file and line and keeps the rest", () => {
    const text = [
      "产出指标\t数量指标\t早到的行\t3个",
      "@table\tshort\t湖南",
      head("x", "教育", "某项目"),
      "只有两列\t1",
      "@goal\tA",
      "@what\t?",
      "产出指标\t数量指标\t好行\t3个",
    ].join("\n");
    const { tables, problems } = parseLibrary(text, "bad.tsv");
    expect(problems.map((p) => [p.file, p.line, p.messageId])).toEqual([
      ["bad.tsv", 1, "orphan"],
      ["bad.tsv", 2, "table-fields"],
      ["bad.tsv", 4, "row-fields"],
      ["bad.tsv", 6, "unknown-tag"],
    ]);
    expect(tables[1].rows.map((r) => r.level3)).toEqual(["好行"]);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "\uFEFF", "@table", "\t\t\t", "@goal", "a\tb\tc\td\te\tf\tg"])
      expect(() => parseLibrary(text, "x")).not.toThrow();
  });
});

describe("checkLibrary", () => {
  const check = (lines: string[]) =>
    checkLibrary(parseLibrary(lines.join("\n"), "c.tsv").tables).map((p) => [p.line, p.messageId]);

  it("passes clean tables", () => {
    expect(check(TEXT.split("\n"))).toEqual([]);
  });

  it("finds what breaks a rule, each at its line", () => {
    const lines = [
      "@table\tz1\t\t某县\t23\t杂项\t项目\t表\t无",
      "产出指标\t满意度指标\t错放的二级\t≥90%",
      "产出指标\t数量指标\t读不出的值\t≥",
      "产出指标\t数量指标\t人数\t3人",
      "产出指标\t数量指标\t人数\t3人",
      "效益指标\t经济成本指标\t错放的成本\t≤5万元",
    ];
    expect(check(lines)).toEqual([
      [1, "no-source"],
      [1, "no-province"],
      [1, "bad-year"],
      [1, "bad-kind"],
      [1, "bad-form"],
      [2, "bad-level2"],
      [3, "bad-value"],
      [5, "duplicate-row"],
      [6, "bad-level2"],
    ]);
  });

  it("accepts the 2021 成本 branch and qualitative values", () => {
    const lines = [
      head("k", "水利", "水库维修"),
      "成本指标\t经济成本指标\t维修成本\t≤30万元",
      "效益指标\t可持续影响指标\t工程效益\t长期发挥",
      "产出指标\t时效指标\t完工时间\t2023年11月底前",
    ];
    expect(check(lines)).toEqual([]);
  });

  it("finds a fragment of fewer than 3 rows and a copy of one table", () => {
    const table = [head("f", "水利", "水库维修"), "产出指标\t数量指标\t维修座数\t≥3座"];
    // Another id, the same project from the same page.
    const again = [table[0].replace("\tf\t", "\tg\t"), table[1]];
    expect(check([...table, ...again])).toEqual([
      [1, "few-rows"],
      [3, "duplicate-table"],
      [3, "few-rows"],
    ]);
  });

  it("counts rows, tables, provinces, kinds and 定性 rows", () => {
    const counts = countLibrary(parseLibrary(TEXT, "t.tsv").tables);
    expect(counts).toEqual({
      rows: 14,
      tables: 3,
      provinces: 2,
      kinds: 2,
      quantitative: 12,
      qualitative: 2,
    });
  });
});

describe("build and rank", () => {
  const data = buildLibrary(parseLibrary(TEXT, "t.tsv").tables);

  it("groups rows of one 三级 across tables, with their forms and counts", () => {
    const entry = data.entries.find((e) => e.level3 === "受益学生人数")!;
    expect(entry.tables).toHaveLength(2);
    expect(entry.provinces).toEqual(["四川", "湖南"]);
    expect(entry.values.map((v) => [v.text, v.count, v.symbol, v.number, v.unit])).toEqual([
      ["≥1200人", 1, "≥", 1200, "人"],
      ["3000人", 1, "", 3000, "人"],
    ]);
    expect(entry.bases).toEqual([["计划标准", 1]]);
  });

  it("counts one value form however its comparator is written (≧, ＞＝, ≥), shown canonically", () => {
    const tsv = [
      head("v1", "教育", "学前教育资助"),
      "产出指标\t数量指标\t资助幼儿人数\t≧300人",
      "产出指标\t质量指标\t资助覆盖率\t＞＝95%",
      "满意度指标\t服务对象满意度指标\t家长满意度\t≥90%",
      head("v2", "教育", "学前教育幼儿资助", "四川"),
      "产出指标\t数量指标\t资助幼儿人数\t≥300人",
      "产出指标\t质量指标\t资助覆盖率\t≥95%",
      "满意度指标\t服务对象满意度指标\t家长满意度\t有所提高",
    ].join("\n");
    const built = buildLibrary(parseLibrary(tsv, "v.tsv").tables);
    const valuesOf = (level3: string) =>
      built.entries.find((e) => e.level3 === level3)!.values.map((v) => [v.text, v.count]);
    expect(valuesOf("资助幼儿人数")).toEqual([["≥300人", 2]]);
    expect(valuesOf("资助覆盖率")).toEqual([["≥95%", 2]]);
    expect(valuesOf("家长满意度")).toHaveLength(2);
  });

  it("suggests the indicators of the matching kind first, one per 三级", () => {
    const found = suggestIn(data, { name: "营养改善计划" });
    expect(found[0].kind).toBe("教育");
    expect(found.filter((s) => s.kind === "教育")).toHaveLength(6); // a1 and a2 share three 三级
    expect(new Set(found.map((s) => s.level3)).size).toBe(found.length);
    expect(found.find((s) => s.level3 === "受益学生人数")!.tables).toBe(2);
    expect(found.map((s) => s.score)).toEqual([...found.map((s) => s.score)].sort((a, b) => b - a));
  });

  it("keeps the rows of a table of no known kind, under 未分类", () => {
    const [bureau] = parseLibrary(ROADS.join("\n"), "b.tsv").tables;
    const own = buildLibrary([{ ...bureau, kind: "" }]);
    expect(own.kinds.slice(-1)).toEqual(["未分类"]);
    expect(own.entries).toHaveLength(5);
    expect(suggestIn(own, { name: "农村公路养护" })[0].kind).toBe("未分类");
  });

  it("guesses kinds as shares of 1", () => {
    const kinds = guessKindsIn(data, { name: "农村公路", purpose: "道路养护" });
    expect(kinds[0].kind).toBe("交通");
    expect(kinds.reduce((s, k) => s + k.score, 0)).toBeCloseTo(1);
    expect(guessKindsIn(data, { name: "" })).toEqual([]);
  });

  it("keeps each 二级 group within its cap and honours the limit", () => {
    expect(suggestIn(data, { name: "营养改善计划 公路养护" }, 4)).toHaveLength(4);
    const many = suggestIn(data, { name: "营养改善计划 公路养护" }, 15);
    expect(many.filter((s) => s.level2 === "服务对象满意度指标").length).toBeLessThanOrEqual(2);
    expect(suggestIn(data, { name: "" })).toEqual([]);
    expect(suggestIn(data, null as never)).toEqual([]);
    expect(suggestIn(data, { name: "营养改善", purpose: 5 as never }).length).toBeGreaterThan(0);
  });
});

describe("text keys", () => {
  it("folds numbering, unit hints, punctuation and full-width forms", () => {
    expect(level3Key("指标1：受益学生人数（人）")).toBe(level3Key("受益学生人数"));
    expect(level3Key("１.资金拨付及时率")).toBe("资金拨付及时率");
    expect(level3Key("项目(工程)验收合格率")).toBe("项目工程验收合格率");
  });

  it("measures near names by bigram Dice", () => {
    expect(dice("资金拨付及时率", "资金拨付及时率")).toBe(1);
    expect(dice("资金拨付及时率", "资金拨付及时性")).toBeGreaterThan(0.6);
    expect(dice("资金拨付及时率", "群众满意度")).toBe(0);
  });
});

describe("a published value's form", () => {
  it("reads a comparator written before words as 定性, and still refuses a sign before nothing readable", () => {
    expect(readForm("=提高")).toMatchObject({
      ok: true,
      form: { reading: "定性", family: "定性" },
    });
    expect(readForm("≥有效")).toMatchObject({ ok: true, form: { reading: "定性" } });
    expect(readForm("≥95%")).toMatchObject({ ok: true, form: { reading: "定量", direction: "≥" } });
    expect(readForm("=").ok).toBe(false);
    expect(readForm("≥95%%%").ok).toBe(false);
  });
});

describe("a suggested 三级's name", () => {
  it("drops the template's blank for the value, and keeps a name that is nothing else", () => {
    expect(withoutTemplateHint("项目总成本(≤**万元)")).toBe("项目总成本");
    expect(withoutTemplateHint("苗木成活率（≥**%）")).toBe("苗木成活率");
    expect(withoutTemplateHint("农村低保覆盖率(%)")).toBe("农村低保覆盖率(%)");
    expect(withoutTemplateHint("(≥**%)")).toBe("(≥**%)");
  });
});
