/**
 * The two published 自评表 of test/fixtures/references (copies of the shared references), scored
 * by PT.SCORE and PT.BUDGETSCORE with the preset that names their rule: every printed 得分 comes
 * back. 池州 2022 (安徽) gives 达成 rows full marks, which the ministry's low end of the band does
 * not; 青神 2023 (四川) prints its split 10 + 90 and no actuals yet, so no scores.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importSelfEvalText } from "../../src/core/import/selfeval";
import { presetNamed, presetSplit } from "../../src/core/presets";
import { budgetscore, score } from "../../src/functions/functions";

const reference = (name: string) =>
  importSelfEvalText(readFileSync(join(__dirname, "..", "fixtures", "references", name), "utf8"))
    .evaluation;

/** [三级指标, printed 得分, PT.SCORE under `preset`] of every row that prints a score. */
function scored(evaluation: ReturnType<typeof reference>, preset: string) {
  return evaluation.project.indicators.flatMap((row, i) => {
    const result = evaluation.results[i];
    if (result.score === null) return [];
    const ours = score(result.actual, row.value, result.weight, row.level2, null, null, preset);
    return [[row.level3, result.score, ours] as const];
  });
}

describe("安徽 池州市贵池区 2022, with the 安徽 preset", () => {
  const evaluation = reference("selfeval-anhui-chizhou-guichi-2022.txt");

  it("prints the split the preset names: 执行 10, 产出 50, 效益 30, 满意度 10", () => {
    const split = presetSplit(presetNamed("安徽")!);
    expect(evaluation.split.execution).toBe(split.execution);
    expect(evaluation.split.groups.map((g) => [g.label, g.weight])).toEqual(
      split.groups.map((g) => [g.label, g.weight])
    );
  });

  it("scores every printed row to its printed points", () => {
    const rows = scored(evaluation, "安徽");
    expect(rows).toHaveLength(9);
    for (const [, printed, ours] of rows) expect(ours).toBe(printed);
  });

  it("would not under the ministry's low end of the band: 达成 rows lose a fifth", () => {
    const differ = scored(evaluation, "财政部").filter(([, printed, ours]) => ours !== printed);
    expect(differ.map(([name]) => name)).toEqual([
      "经费支出合规性",
      "提交报告及时性",
      "单项业务成本",
      "对维护基建市场公平的影响程度",
      "对控制基建项目成本影响程度",
      "对推动基建项目“四项制度”健全和落实的持续性影响",
    ]);
    for (const [, printed, ours] of differ) expect(ours).toBeCloseTo((printed as number) * 0.8, 9);
  });

  it("scores the budget line to its printed 0 from its printed 执行率 0", () => {
    // The total line prints 全年预算数 0, 执行数 0, 执行率 0 and 得分 0.
    expect(evaluation.execution.score).toBe(0);
    expect(budgetscore(0, evaluation.execution.weight, undefined, "安徽")).toBe(0);
  });
});

describe("四川 青神县 2023, with the 四川 preset", () => {
  const evaluation = reference("selfeval-sichuan-qingshen-2023.txt");

  it("prints the split the preset names: 预算执行 10, 绩效指标 90", () => {
    expect(evaluation.split).toEqual(presetSplit(presetNamed("四川")!));
  });

  it("prints no actual and no score on its rows, and PT.SCORE gives none", () => {
    evaluation.project.indicators.forEach((row, i) => {
      const result = evaluation.results[i];
      expect(result.actual).toBeNull();
      expect(result.score).toBeNull();
      expect(score(result.actual, row.value, result.weight, row.level2, null, null, "四川")).toBe(
        ""
      );
    });
  });

  it("scores the budget line from its printed 100.00% (the table leaves 得分 blank)", () => {
    expect(evaluation.execution.score).toBeNull();
    const { adjusted, spent } = evaluation.funds[0];
    expect(budgetscore(spent! / adjusted!, evaluation.execution.weight, undefined, "四川")).toBe(
      10
    );
    expect(budgetscore("100.00%", 10, undefined, "四川")).toBe(10);
  });
});
