import { spreadByTime } from "../../src/core/progress";
import { starterIndicators } from "../../src/core/suggestions";
import {
  departmentOf,
  ProjectDraft,
  readProjectDraft,
  withSuggestion,
} from "../../src/taskpane/draft";
import type { LibrarySuggestion } from "../../src/core/library/search";
import { formReview } from "../../src/taskpane/form-review";
import { previewHost } from "../../src/taskpane/host";
import { planSingleProject } from "../../src/core/layout/workbook";
import { readProjectSheet } from "../../src/core/layout";
import { readGrid, readXlsx } from "../../src/hosts/xlsx";

const draft = (patch: Partial<ProjectDraft> = {}): ProjectDraft => ({
  index: "1",
  code: "X1",
  name: "城镇建设工作经费",
  budget: "23",
  fiscalFunds: "23",
  otherFunds: "",
  purpose: "",
  months: [3, 6, 10, 12],
  amounts: ["3", "10", "15", "23"],
  goals: "1.加强城乡环境卫生\n2.改善人居环境\n",
  indicators: starterIndicators("2015"),
  ...patch,
});

describe("the project form's text becomes the model", () => {
  it("reads amounts, strips goal numbering, and has nothing to complain about", () => {
    const { project, problems, warnings } = readProjectDraft(draft(), formReview);
    expect(problems).toEqual([]);
    expect(warnings.filter((w) => !w.field.startsWith("value"))).toEqual([]);
    expect(project).toMatchObject({
      budget: 23,
      fiscalFunds: 23,
      otherFunds: null,
      goals: ["加强城乡环境卫生", "改善人居环境"],
    });
    expect(project.schedule).toEqual([
      { month: 3, amount: 3 },
      { month: 6, amount: 10 },
      { month: 10, amount: 15 },
      { month: 12, amount: 23 },
    ]);
  });

  it.each<[Partial<ProjectDraft>, string, string]>([
    [{ name: " " }, "name", "请填写项目名称"],
    [{ budget: "" }, "budget", "请填写预算数"],
    [{ budget: "二十三" }, "budget", "预算数“二十三”不是金额"],
    [{ budget: "-1" }, "budget", "预算数不能为负数"],
    [{ amounts: ["3", "x", "15", "23"] }, "amount1", "6月底累计支出“x”不是金额"],
  ])("stops on %j", (patch, field, message) => {
    expect(readProjectDraft(draft(patch)).problems).toContainEqual({ field, message });
  });

  it("stops on a 指标值 the grammar cannot read, naming the row", () => {
    const indicators = starterIndicators("2015");
    indicators[2] = { ...indicators[2], value: "≥abc" };
    expect(readProjectDraft(draft({ indicators })).problems).toEqual([
      { field: "value2", message: "指标值“≥abc”中“≥”之后应为数值和单位，例如 ≥95%" },
    ]);
  });

  it("warns, without stopping, when funds or the year-end plan disagree with the budget", () => {
    const { problems, warnings } = readProjectDraft(
      draft({ fiscalFunds: "20", amounts: ["3", "10", "15", "22"] }),
      formReview
    );
    expect(problems).toEqual([]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        { field: "fiscalFunds", message: "财政资金 + 其他资金 ≠ 预算数：请核对三个金额" },
        { field: "amount3", message: "12月底累计支出应等于预算数" },
      ])
    );
  });

  it("shows the amounts' review warnings only once the form has loaded the rules", () => {
    const disagreeing = draft({ fiscalFunds: "20" });
    expect(readProjectDraft(disagreeing).warnings.map((w) => w.field)).not.toContain("fiscalFunds");
    expect(readProjectDraft(disagreeing, formReview).warnings.map((w) => w.field)).toContain(
      "fiscalFunds"
    );
  });

  it("takes a budget year only when it is one", () => {
    expect(departmentOf({ unitCode: "1", unitName: "单位", year: "2024" }, []).year).toBe(2024);
    expect(departmentOf({ unitCode: "1", unitName: "单位", year: "明年" }, []).year).toBeNull();
  });
});

describe("a 指标库 suggestion added to the form", () => {
  const suggestion: LibrarySuggestion = {
    kind: "教育",
    level1: "产出指标",
    level2: "数量指标",
    level3: "受益学生人数",
    values: [
      { text: "≥1200人", count: 3 },
      { text: "1500人", count: 1 },
    ],
    bases: ["计划标准", "历史标准"],
    tables: 4,
    score: 1,
  };

  it("becomes a new row after its branch: 三级 and 依据 filled, the 指标值 left empty with its hint", () => {
    const before = draft();
    const after = withSuggestion(before, "2015", suggestion);
    expect(after.indicators).toHaveLength(before.indicators.length + 1);
    const at = after.indicators.findIndex((r) => r.level3 === "受益学生人数");
    expect(after.indicators[at]).toEqual({
      level1: "产出指标",
      level2: "数量指标",
      level3: "受益学生人数",
      description: "",
      value: "",
      basis: "计划标准",
    });
    expect(after.indicators[at - 1].level2).toBe("数量指标");
    expect(after.hints?.[at]).toBe("≥1200人");
    // Every row that was there is still there, unchanged and in order, without a hint.
    expect(after.indicators.filter((_, k) => k !== at)).toEqual(before.indicators);
    expect(after.hints?.filter((_, k) => k !== at).every((h) => h === "")).toBe(true);
    // The form reads the new row as any other: its empty 指标值 is a warning, not a value.
    expect(readProjectDraft(after).warnings).toContainEqual({
      field: `value${at}`,
      message: "指标值为空",
    });
  });

  it("keeps the hints beside their rows as more are added, and names the branch as the tree does", () => {
    const cost = { ...suggestion, level1: "产出指标", level2: "成本指标", level3: "生均补助标准" };
    const once = withSuggestion(
      draft({ indicators: starterIndicators("2021") }),
      "2021",
      suggestion
    );
    const twice = withSuggestion(once, "2021", {
      ...cost,
      values: [{ text: "≤5元/人·天", count: 2 }],
    });
    const row = twice.indicators.findIndex((r) => r.level3 === "生均补助标准");
    expect(twice.indicators[row]).toMatchObject({ level1: "成本指标", level2: "经济成本指标" });
    expect(twice.hints?.[row]).toBe("≤5元/人·天");
    const first = twice.indicators.findIndex((r) => r.level3 === "受益学生人数");
    expect(twice.hints?.[first]).toBe("≥1200人");
  });

  it("goes to the end when the form has no row of its branch", () => {
    const after = withSuggestion(draft({ indicators: [] }), "2015", suggestion);
    expect(after.indicators.map((r) => r.level3)).toEqual(["受益学生人数"]);
  });
});

describe("helpers of the form", () => {
  it("spreads a budget by 序时进度, the year end taking the whole budget", () => {
    expect(spreadByTime(23, [3, 6, 10, 12])).toEqual([5.75, 11.5, 19.17, 23]);
    expect(spreadByTime(1052.87, [3, 6, 9, 11, 12])).toEqual([
      263.22, 526.44, 789.65, 965.13, 1052.87,
    ]);
  });

  it("starts a project with the indicators of each tree", () => {
    expect(starterIndicators("2015").map((r) => r.level2)).toEqual([
      "数量指标",
      "质量指标",
      "时效指标",
      "成本指标",
      "社会效益指标",
      "服务对象满意度指标",
    ]);
    expect(starterIndicators("2021").map((r) => `${r.level1}/${r.level2}`)[0]).toBe(
      "成本指标/经济成本指标"
    );
  });
});

describe("the preview host", () => {
  it("builds the workbook and hands the .xlsx to be saved", async () => {
    const saved: { bytes: Uint8Array; file: string }[] = [];
    const progress: string[] = [];
    const { project } = readProjectDraft(draft());
    const department = departmentOf({ unitCode: "989001", unitName: "单位", year: "2023" }, [
      project,
    ]);
    const outcome = await previewHost((bytes, file) => saved.push({ bytes, file })).insert(
      (taken) => [planSingleProject(department, 1, taken)],
      (done, total, sheet) => progress.push(`${done}/${total} ${sheet}`)
    );
    expect(outcome).toEqual({ sheets: ["1.城镇建设工作经费"], file: "1.城镇建设工作经费.xlsx" });
    expect(progress).toEqual(["1/1 1.城镇建设工作经费"]);
    const workbook = await readXlsx(saved[0].bytes);
    expect(readProjectSheet(readGrid(workbook.worksheets[0]))?.project).toEqual(project);
  });
});
