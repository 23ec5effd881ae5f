/**
 * Pasted text of other layouts: text copied from a 申报表 or from a document whose project titles
 * are not numbered is found by its labels (the form's one label table), in the orders text comes
 * in (a cell per line, a row per line, columns kept by spaces), with labels spread or wrapped,
 * values split from their units by a space and a basis broken inside a word; text with no project
 * table gets one message that says what is missing.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importPublishedText } from "../../../src/core/import";
import type { Department } from "../../../src/core/model";
import {
  declarationText,
  DeclarationOptions,
  DECLARATION_PROJECT,
  SECOND_PROJECT,
} from "../../fixtures/published/declaration";
import { layoutDocument } from "../../fixtures/published/layout";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { tallyRows } from "../../helpers/imported-rows";

const seedText = readFileSync(join(__dirname, "../../../samples/seed-zhengding-2023.txt"), "utf8");
/** The seed's project titles without their numbers: 1.城镇建设工作经费绩效目标表 → 城镇建设…表. */
const unnumbered = (text: string) =>
  text.replace(/^(\s*)\d+\s*[.．、](.+绩效目标表)\s*$/gm, "$1$2");

/** Narrow cells: 计划标准 breaks after 计划标, 预算支出标准 after 预算支. */
const NARROW = { level1: 5, level2: 6, level3: 8, description: 0, value: 6, basis: 3 };
const ROOMY = { level1: 6, level2: 9, level3: 11, description: 0, value: 7, basis: 6 };

const notInfo = (d: { severity: string }) => d.severity !== "info";

describe("the seed without numbered titles", () => {
  it("is found by its labels and reads as the seed", () => {
    const text = unnumbered(seedText);
    expect(text).not.toMatch(/^\s*\d+\.\S+绩效目标表/m);
    const { department, diagnostics } = importPublishedText(text);
    expect(department.projects).toEqual(SEED_DEPARTMENT.projects);
    expect(department.unitName).toBe(SEED_DEPARTMENT.unitName);
    expect(diagnostics).toEqual([]);
  });

  it("is found by its labels with no title lines at all", () => {
    const text = seedText.replace(/^\s*\d+\.\S+绩效目标表\s*$/gm, "");
    const { department } = importPublishedText(text);
    expect(department.projects.map((p) => [p.name, p.code, p.budget])).toEqual(
      SEED_DEPARTMENT.projects.map((p) => [p.name, p.code, p.budget])
    );
  });

  it("laid out again with narrow cells: values split from their units and broken bases still placed", () => {
    const widths = { level1: 5, level2: 5, level3: 5, description: 11, value: 4, basis: 3 };
    const text = unnumbered(layoutDocument(SEED_DEPARTMENT, { widths }));
    expect(text).toMatch(/ 23 个$/m); // a value and its unit with a space between
    expect(text).toMatch(/^以往经$/m); // 以往经验 broken inside the word
    const result = importPublishedText(text);
    const tally = tallyRows(result, SEED_DEPARTMENT);
    expect(tally.read).toBeGreaterThanOrEqual(tally.expected - 3);
    expect(result.department.projects.map((p) => p.name)).toEqual(
      SEED_DEPARTMENT.projects.map((p) => p.name)
    );
  });
});

describe("text copied from a 申报表", () => {
  const expected: Department = {
    unitCode: "",
    unitName: "某县社会救助服务中心",
    year: 2024,
    overview: { overallGoal: "", itemGoals: [], measures: [] },
    projects: [DECLARATION_PROJECT],
  };

  it.each<[string, DeclarationOptions]>([
    ["a cell per line", { order: "cells", widths: ROOMY }],
    ["a cell per line, narrow table cells", { order: "cells", widths: NARROW }],
    ["a cell per line, labels wrapped", { order: "cells", widths: NARROW, wrapLabels: true }],
    [
      "a cell per line, labels spread and wrapped",
      { order: "cells", widths: NARROW, wrapLabels: true, spreadLabels: true },
    ],
    ["a row per line", { order: "rows", widths: NARROW }],
    ["a row per line, labels spread", { order: "rows", widths: ROOMY, spreadLabels: true }],
    ["columns kept by spaces, goals side by side", { order: "layout", widths: NARROW }],
  ])("%s: one named project with its amounts, goals and indicators", (_, options) => {
    const { department, diagnostics } = importPublishedText(declarationText(options));
    expect(department).toEqual(expected);
    expect(diagnostics.filter(notInfo)).toEqual([]);
  });

  it("the narrow fixture really splits values from units and breaks a basis inside a word", () => {
    const text = declarationText({ order: "rows", widths: NARROW });
    expect(text).toMatch(/≥1500 人/);
    expect(text).toMatch(/^计划标$/m);
    expect(text).toMatch(/^准$/m);
  });

  it("says how it counted the money and what it left out", () => {
    const { diagnostics } = importPublishedText(declarationText({ order: "rows", widths: NARROW }));
    const messages = diagnostics.map((d) => d.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/^预算数按“年度本级预算金额”、“该项目支出上级资金”合计/)
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/上级资金”属上级财政转移支付，已计入财政资金/)
    );
    expect(messages).toContainEqual("“项目支出类型：民生类”不在目标表中，未导入");
    expect(messages).toContainEqual(expect.stringMatching(/^实施期（长期）绩效目标“保障城乡低保/));
  });

  it("two 申报表 one after the other: two projects", () => {
    const text = declarationText({
      order: "rows",
      widths: NARROW,
      projects: [DECLARATION_PROJECT, SECOND_PROJECT],
    });
    const { department, diagnostics } = importPublishedText(text);
    expect(department.projects).toEqual([DECLARATION_PROJECT, SECOND_PROJECT]);
    expect(diagnostics.filter(notInfo)).toEqual([]);
  });

  it("in a viewer's line order: every row read or reported, none shifted", () => {
    const text = declarationText({ order: "rows", widths: ROOMY, tableOrder: "lines" });
    const result = importPublishedText(text);
    const tally = tallyRows(result, { ...expected, projects: [DECLARATION_PROJECT] });
    // tallyRows fails on a shifted row; a row kept as text may hold two rows of one 二级指标.
    expect(tally.read + tally.reported).toBeGreaterThan(0);
    expect(result.department.projects[0]).toMatchObject({
      name: DECLARATION_PROJECT.name,
      budget: 500.5,
    });
  });
});

describe("text with no project table", () => {
  const refusal = (text: string) => {
    const { department, diagnostics } = importPublishedText(text);
    expect(department.projects).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "error", line: expect.any(Number) });
    expect(diagnostics[0].message).toMatch(/PDF.*网页.*\.html.*工作簿/);
    return diagnostics[0].message;
  };

  it("names what is missing: titles, the 项目名称 label and the table header", () => {
    expect(refusal("随便一段文字\n没有表格")).toMatch(
      /没有“1\.某某经费绩效目标表”这样的标题，也没有“项目名称”栏目和“一级指标/
    );
  });

  it("a 申报表's labels without an indicator table", () => {
    const text = declarationText({ order: "rows", widths: NARROW }).split("一级指标")[0];
    const message = refusal(text);
    expect(message).toMatch(/“一级指标 二级指标 三级指标 指标值”表头/);
    expect(message).not.toMatch(/“项目名称”栏目/);
  });

  it("an indicator table without a project name", () => {
    const text = declarationText({ order: "rows", widths: NARROW }).replace(
      /^项目支出名称.*$/m,
      ""
    );
    const message = refusal(text);
    expect(message).toMatch(/“项目名称”栏目/);
    expect(message).not.toMatch(/表头/);
  });
});
