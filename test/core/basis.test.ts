/** The vocabulary of 指标值确定依据: the budget system's kinds and the phrases tables write. */
import { basisKind, BASIS_KINDS, isBasisPhrase, isBasisText } from "../../src/core/basis";

it.each([
  ["计划标准", "计划标准"],
  ["以往经验", "历史标准"],
  ["年度工作计划", "计划标准"],
  ["工作年度计划", "计划标准"],
  ["预算支出标准", "预算支出标准"],
  ["省级 行业标准", "行业标准"],
  ["施工合同", "其他标准"],
  ["根据往年整治效果综合确定", "其他标准"],
])("%s is a basis of kind %s", (text, kind) => expect(basisKind(text)).toBe(kind));

it.each([
  "≥95%",
  "有所提升",
  "实际支出",
  "人社局批复金额",
  "提高服务水平",
  "2020 年最低生活保障",
  "符合国家标准",
  "达到验收标准",
  "满足施工合同",
  "",
])("%s is not a basis phrase", (text) => expect(isBasisText(text)).toBe(false));

it("names the five kinds of the budget system and never throws", () => {
  expect(BASIS_KINDS).toHaveLength(5);
  expect(isBasisText(undefined as unknown as string)).toBe(false);
});

it("tells the vocabulary's whole phrases from texts only shaped like one", () => {
  expect(isBasisPhrase("以往经验")).toBe(true);
  expect(isBasisPhrase(" 计划标准 ")).toBe(true);
  expect(isBasisPhrase("按计划")).toBe(false);
  expect(isBasisText("县政府文件")).toBe(true);
  expect(isBasisPhrase("县政府文件")).toBe(false);
});
