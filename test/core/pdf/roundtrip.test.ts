/**
 * Layout round trips through real engines: each workbook the templates make is printed to PDF by
 * LibreOffice, and importing that PDF gives back the model exactly. More layouts are added as
 * cases of the same shape (name, workbook, expected model).
 */
import { PdfImport } from "../../../src/core/import/pdf";
import { Department } from "../../../src/core/model";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { LONG } from "../../fixtures/pdf-departments";
import { importRendered, RoundTripCase, workbookOf } from "../../helpers/pdf";

/** The 2021 indicator tree, five checkpoints, other funds, several goals, Latin words that wrap. */
const TREE_2021: Department = {
  unitCode: "101001",
  unitName: "某县教育局本级",
  year: null,
  overview: {
    overallGoal: "保障全县中小学教育教学正常运转，提升教育信息化水平。",
    itemGoals: ["完成校园网络升级改造", "保障教师培训经费及时足额拨付"],
    measures: ["严格预算执行，按月监控支出进度。"],
  },
  projects: [
    {
      code: "13010124P000001234567X",
      name: "校园网络运行维护经费",
      budget: 120.5,
      fiscalFunds: 100,
      otherFunds: 20.5,
      purpose:
        "用于全县中小学校园网络运行维护，包括 WiFi network maintenance and bandwidth upgrade of the county education network，保障教学网络畅通稳定。",
      schedule: [3, 6, 9, 11, 12].map((month, i) => ({
        month,
        amount: [20, 50, 80, 100, 120.5][i],
      })),
      goals: ["保障网络全年稳定运行", "完成 20 所学校带宽升级", "提升师生对网络服务的满意度"],
      indicators: [
        [
          "成本指标",
          "经济成本指标",
          "生均网络维护成本",
          "每名学生每年分摊的网络维护费用",
          "≤50元/人·年",
          "预算支出标准",
        ],
        ["产出指标", "数量指标", "升级学校数量", "完成带宽升级的学校数", "≥20所", "年度工作计划"],
        ["产出指标", "质量指标", "网络可用率", "全年网络正常可用时间占比", "≥99%", "行业标准"],
        ["产出指标", "时效指标", "故障响应时间", "接到报修到到场处理的时间", "≤4小时", "计划标准"],
        [
          "效益指标",
          "社会效益指标",
          "信息化教学覆盖面",
          "使用网络开展教学的班级比例",
          "有所提升",
          "历史标准",
        ],
        [
          "满意度指标",
          "服务对象满意度指标",
          "师生满意度",
          "抽样调查师生对网络服务的满意程度",
          "≥90%",
          "其他标准",
        ],
      ].map(([level1, level2, level3, description, value, basis]) => ({
        level1,
        level2,
        level3,
        description,
        value,
        basis,
      })),
    },
  ],
};

const MODELS: [string, Department][] = [
  ["seed (正定县, 9 projects)", SEED_DEPARTMENT],
  ["a project over a page break", LONG],
  ["2021 tree, five checkpoints, other funds, Latin words", TREE_2021],
];

let results: Record<string, PdfImport>;
let cases: RoundTripCase[];

beforeAll(async () => {
  cases = await Promise.all(
    MODELS.map(async ([name, expected]) => ({ name, xlsx: await workbookOf(expected), expected }))
  );
  results = await importRendered(cases);
}, 300_000);

it.each(MODELS.map(([name]) => name))("%s: the printed PDF gives back the model", (name) => {
  const expected = cases.find((c) => c.name === name)!.expected;
  const result = results[name];
  expect(result.kind).toBe("pdf");
  expect(result.department).toEqual(expected);
  // Only notes (a table continued over a page), nothing the reader was unsure of.
  expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
});

it("joins the table cut by the page break and says so, with the page", () => {
  const notes = results["a project over a page break"].diagnostics;
  expect(notes).toContainEqual(
    expect.objectContaining({ rule: "import/pdf-continued", page: 3, severity: "info" })
  );
  expect(results["seed (正定县, 9 projects)"].diagnostics).toEqual([]);
});
