/**
 * Published 自评表 imported from their extracted text (test/fixtures/references, copied from the
 * shared references): every row and number as printed, written out by hand below.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importSelfEvalText, selfEvalCells } from "../../src/core/import/selfeval";
import { importText } from "../../src/core/import";
import { LEVEL1_NAMES } from "../../src/core/framework";

const reference = (name: string) =>
  readFileSync(join(__dirname, "..", "fixtures", "references", name), "utf8");

type Row = [
  level1: string,
  level2: string,
  level3: string,
  value: string,
  actual: string | number | null,
  weight: number | null,
  score: number | null,
  reason: string,
];

function table(text: string): Row[] {
  const { evaluation } = importSelfEvalText(text);
  return evaluation.project.indicators.map((row, i) => {
    const r = evaluation.results[i];
    return [row.level1, row.level2, row.level3, row.value, r.actual, r.weight, r.score, r.reason];
  });
}

describe("安徽 池州市贵池区 2022: one 年度指标值 column, the table run into one line", () => {
  const text = reference("selfeval-anhui-chizhou-guichi-2022.txt");
  const { evaluation, diagnostics } = importSelfEvalText(text);

  it("is read as words, the empty cells lost", () => {
    expect(selfEvalCells(text).keepsEmpty).toBe(false);
  });

  it("reads the header as printed", () => {
    expect(evaluation.year).toBe(2022);
    expect(evaluation.project.name).toBe("委托业务项目");
    expect(evaluation.project.code).toBe("");
    expect(evaluation.department).toBe("219-池州市贵池区棠溪镇人民政府");
    expect(evaluation.unit).toBe("219001-池州市贵池区棠溪镇人民政府");
  });

  it("reads every funds line and number as printed", () => {
    expect(evaluation.funds).toEqual([
      { label: "年度资金总额", initial: 0, adjusted: 0, spent: 0 },
      { label: "其中:本年财政拨款", initial: 90, adjusted: 89.974, spent: 89.974 },
      { label: "上年结转资金", initial: null, adjusted: null, spent: null },
      { label: "其他资金", initial: null, adjusted: null, spent: null },
    ]);
    expect(evaluation.execution).toEqual({ weight: 10, score: 0, reason: "" });
    expect(evaluation.project.budget).toBe(0);
    expect(evaluation.project.fiscalFunds).toBe(90);
  });

  it("reads 年度总体目标: 预期目标 and 实际完成情况", () => {
    expect(evaluation.project.goals).toEqual([
      "本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。",
    ]);
    expect(evaluation.achieved).toBe(
      "本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于基建工程项目设计、规划、测绘。"
    );
  });

  it("reads every indicator row as printed", () => {
    const MET = "达成预期指标";
    expect(table(text)).toEqual<Row[]>([
      ["产出指标", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8, ""],
      ["产出指标", "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8, ""],
      ["产出指标", "质量指标", "经费支出合规性", "严格执行相关制度规定", MET, 8, 8, ""],
      ["产出指标", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", MET, 8, 8, ""],
      ["产出指标", "成本指标", "项目总成本", "≤90万元", 90, 8, 8, ""],
      ["产出指标", "成本指标", "单项业务成本", "符合相关规定", MET, 10, 10, ""],
      ["效益指标", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", MET, 10, 10, ""],
      ["效益指标", "生态效益指标", "对控制基建项目成本影响程度", "效果明显", MET, 10, 10, ""],
      [
        "效益指标",
        "可持续影响指标",
        "对推动基建项目“四项制度”健全和落实的持续性影响",
        "效果明显",
        MET,
        10,
        10,
        "",
      ],
      // 经济效益指标 is printed with no indicator under it.
      ["效益指标", "经济效益指标", "", "", null, null, null, ""],
      // The extracted text ends inside the 满意度 row.
      ["满意度指标", "满意度指标", "公众满", "", null, null, null, ""],
    ]);
  });

  it("takes the split from the printed points: 产出 50, 效益 30, 满意度 10, 执行 10", () => {
    expect(evaluation.split.execution).toBe(10);
    expect(evaluation.split.groups.map((g) => [g.label, g.weight])).toEqual([
      ["产出指标", 50],
      ["效益指标", 30],
      ["满意度指标", 10],
    ]);
  });

  it("says where the text broke off, and that the weights printed do not reach 100", () => {
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ["import/selfeval-row", "warning"],
      ["selfeval/weights-total", "warning"],
    ]);
    expect(diagnostics[0]).toMatchObject({ line: 1, message: expect.stringContaining("公众满") });
  });
});

describe("四川 青神县 2023: 指标性质 / 指标值 / 度量单位 split, one cell a line", () => {
  const text = reference("selfeval-sichuan-qingshen-2023.txt");
  const { evaluation, diagnostics } = importSelfEvalText(text);

  it("is read a cell a line, the empty cells kept", () => {
    expect(selfEvalCells(text).keepsEmpty).toBe(true);
  });

  it("reads the header, splitting the code from the name", () => {
    expect(evaluation.year).toBe(2023);
    expect(evaluation.project.code).toBe("51000021R000000019951");
    expect(evaluation.project.name).toBe("工资性支出");
    expect(evaluation.department).toBe("青神县发展和改革局本级");
    expect(evaluation.unit).toBe("青神县发展和改革局");
    expect(evaluation.project.goals).toEqual([
      "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。",
    ]);
    expect(evaluation.achieved).toBe("对照年度目标,说明相关任务目标的完成情况(100字以内)");
  });

  it("reads every funds line and number as printed; / is no amount", () => {
    expect(evaluation.funds).toEqual([
      { label: "总额", initial: 238.93, adjusted: 251.89, spent: 251.89 },
      { label: "其中:财政资金", initial: 238.93, adjusted: 251.89, spent: 251.89 },
      { label: "财政专户管理资金", initial: 0, adjusted: 0, spent: 0 },
      { label: "单位资金", initial: 0, adjusted: 0, spent: 0 },
      { label: "其他资金", initial: null, adjusted: null, spent: null },
    ]);
    expect(evaluation.execution.weight).toBe(10);
    expect(evaluation.execution.score).toBeNull();
    expect(evaluation.execution.reason).toMatch(/^1\.预算执行率=预算执行数\/调整后预算数/);
  });

  it("puts 指标性质, 指标值 and 度量单位 back into one 年度指标值", () => {
    expect(table(text)).toEqual<Row[]>([
      ["产出指标", "数量指标", "发放(缴纳)覆盖率", "=100%", null, 60, null, ""],
      ["效益指标", "社会效益指标", "足额保障率(参保率)", "=100%", null, 30, null, ""],
    ]);
  });

  it("takes the split from 预算执行情况(10分) and 绩效指标(90分)", () => {
    expect(evaluation.split).toEqual({
      execution: 10,
      groups: [{ label: "绩效指标", level1: [...LEVEL1_NAMES], weight: 90 }],
    });
  });

  it("reports the sections the template has no place for, with their text, and nothing else", () => {
    expect(diagnostics.map((d) => d.rule)).toEqual([
      "import/selfeval-unread",
      "import/selfeval-unread",
      "import/selfeval-unread",
    ]);
    expect(diagnostics[0]).toMatchObject({
      line: 102,
      message: expect.stringContaining("评价结论"),
    });
  });
});

describe("the one import entry", () => {
  it("recognises a published 自评表 and returns its project and self-evaluation", () => {
    const read = importText(reference("selfeval-sichuan-qingshen-2023.txt"), "青神");
    expect(read.kind).toBe("selfeval");
    expect(read.department.projects.map((p) => p.name)).toEqual(["工资性支出"]);
    expect(read.selfEvaluations?.[0].results).toHaveLength(2);
  });
});
