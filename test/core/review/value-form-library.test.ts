/**
 * The rule value-form-library as data, over a forms profile written here (so the cases do not move
 * when the gathered library grows): rows whose 指标值 takes a form its kind of indicator never takes
 * are found, at the value cell, with the usual form as the hint; thin evidence finds nothing.
 */
import { reviewRow } from "../../../src/core/review/engine";
import { atDefaults } from "../../../src/core/review/rule";
import { resolveSettings } from "../../../src/core/review/settings";
import { valueFormRule } from "../../../src/core/review/rules/value-form-library";
import type { FormProfile, FormStats } from "../../../src/core/library/value-forms";
import type { IndicatorRow } from "../../../src/core/model";

const stats = (patch: Partial<FormStats>): FormStats => ({
  rows: 40,
  tables: 20,
  families: {},
  directions: {},
  examples: {},
  ...patch,
});

const PROFILE: FormProfile = {
  version: 1,
  names: {
    // A name of enough tables speaks for itself: 资金到位率 is always a rate, ≥ or none.
    资金到位率: stats({
      rows: 6,
      tables: 5,
      families: { 比率: 6 },
      directions: { 比率: { "≥": 3, 无: 3 } },
      examples: { 比率: "100%", "比率≥": "≥95%", 比率无: "100%" },
    }),
    // Two tables only: too thin to judge by name, so the class decides.
    学生满意程度: stats({ rows: 2, tables: 2, families: { 定性: 2 }, examples: { 定性: "满意" } }),
  },
  classes: {
    满意度: stats({
      families: { 比率: 40 },
      directions: { 比率: { "≥": 36, 无: 4 } },
      examples: { 比率: "≥90%", "比率≥": "≥90%", 比率无: "95%" },
    }),
    成本: stats({
      families: { 金额: 30, 定性: 10 },
      directions: { 金额: { "≤": 20, 无: 10 }, 定性: { 无: 10 } },
      examples: { 金额: "≤766元/人", "金额≤": "≤766元/人", 金额无: "10万元", 定性: "控制在预算内" },
    }),
    // Too few rows to judge (minRows is 10).
    时效: stats({ rows: 5, tables: 5, families: { 时间: 5 }, examples: { 时间: "12月底前" } }),
  },
};

const rule = atDefaults(valueFormRule(PROFILE));
const row = (level2: string, level3: string, value: string): IndicatorRow => ({
  level1: level2 === "服务对象满意度指标" ? "满意度指标" : "产出指标",
  level2,
  level3,
  description: "",
  value,
  basis: "",
});

const VALID: [string, IndicatorRow][] = [
  ["a 满意度 with %", row("服务对象满意度指标", "群众满意度", "≥95%")],
  ["a 满意度 with % and no sign", row("服务对象满意度指标", "群众满意度", "95%")],
  ["a 成本 with ≤", row("成本指标", "人均补助标准", "≤800元/人")],
  ["a 成本 in words", row("成本指标", "项目成本", "控制在预算内")],
  [
    "a 成本 as a rate (rare, but 成本 has no one usual family)",
    row("成本指标", "成本控制率", "≥95%"),
  ],
  ["a 时效 rate where 时效 has too few rows", row("时效指标", "及时确保工资发放", "≥98%")],
  ["a rate named in the library, with ≥", row("质量指标", "资金到位率", "≥98%")],
  ["a 时效 in words (its class has too few rows)", row("时效指标", "完成时间", "及时")],
  ["an indicator of no class", row("数量指标", "培训人数", "≥100人")],
  ["a value the grammar cannot read (value-grammar's business)", row("成本指标", "成本", "≥")],
  ["a number without unit (value-unit's error)", row("服务对象满意度指标", "群众满意度", "≥95")],
];

const INVALID: [string, IndicatorRow, string, string][] = [
  [
    "a 满意度 without % (a score)",
    row("服务对象满意度指标", "群众满意度", "≥4.5分"),
    "family",
    "≥90%",
  ],
  ["a 满意度 in words", row("服务对象满意度指标", "学生满意程度", "满意"), "family", "≥90%"],
  ["a 成本 with ≥", row("成本指标", "人均补助标准", "≥766元/人"), "direction", "≤766元/人"],
  [
    "a named rate written as a count",
    row("质量指标", "指标1：资金到位率", "≥30个"),
    "family",
    "100%",
  ],
];

describe("review/value-form-library over a profile", () => {
  it.each(VALID)("passes %s", (_name, r) => {
    expect(reviewRow(r, [rule])).toEqual([]);
  });

  it.each(INVALID)("finds %s", (_name, r, messageId, usual) => {
    const found = reviewRow(r, [rule]);
    expect(found.map((p) => [p.rule, p.messageId, p.severity, p.at])).toEqual([
      [
        "review/value-form-library",
        messageId,
        "warning",
        { kind: "indicator", project: 0, row: 0, column: "value" },
      ],
    ]);
    expect(found[0].message).toContain(`“${usual}”`);
    expect(found[0].message).not.toMatch(/\{\w+\}/);
  });

  it("says nothing when the settings ask for more evidence", () => {
    const strict = { ...rule, options: { ...rule.options, minRows: 100, minTables: 50 } };
    for (const [, r] of INVALID) expect(reviewRow(r, [strict])).toEqual([]);
  });

  it("takes a rare form as never used only below rareShare", () => {
    const noisy: FormProfile = {
      ...PROFILE,
      classes: { 成本: { ...PROFILE.classes.成本, directions: { 金额: { "≤": 26, "≥": 4 } } } },
    };
    const cost = row("成本指标", "人均补助标准", "≥766元/人");
    const at = (share: number) => ({
      ...atDefaults(valueFormRule(noisy)),
      options: { minTables: 3, minRows: 10, rareShare: share },
    });
    expect(reviewRow(cost, [at(5)])).toEqual([]); // 4 of the 30 金额 rows is 13%
    expect(reviewRow(cost, [at(15)]).map((p) => p.messageId)).toEqual(["direction"]);
  });
});

describe("review/value-form-library in the settings", () => {
  const ids = (settings: unknown) => {
    const active = resolveSettings(settings);
    if (!active.ok) throw new Error(active.error);
    return active.value.map((a) => a.rule.meta.id);
  };

  it("is on by default and turned off by a setting", () => {
    expect(ids({})).toContain("value-form-library");
    expect(ids({ rules: { "value-form-library": "off" } })).not.toContain("value-form-library");
  });

  it("takes its thresholds from the settings, within bounds", () => {
    const active = resolveSettings({
      rules: { "value-form-library": ["warning", { minTables: 5, rareShare: 0 }] },
    });
    expect(
      active.ok && active.value.find((a) => a.rule.meta.id === "value-form-library")?.options
    ).toEqual({ minTables: 5, minRows: 10, rareShare: 0 });
    expect(
      resolveSettings({ rules: { "value-form-library": ["warning", { rareShare: 50 }] } }).ok
    ).toBe(false);
  });
});
