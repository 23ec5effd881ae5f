/**
 * The form reader on other provinces' layouts: the layout fixtures written as .xlsx and read back
 * exactly, labels wherever they stand, a missing schedule, stacked forms, amounts in 元, and
 * importSheets over whole workbooks.
 */
import fc from "fast-check";
import { importSheets, readProjectForm, readProjectForms } from "../../src/core/import";
import { planDepartment, planGrid, Scalar } from "../../src/core/layout";
import { SheetValues } from "../../src/core/layout/workbook";
import { Problem } from "../../src/core/problem";
import { layout, LAYOUTS, sheetsOf } from "../fixtures/layouts";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

/** Writing and reading a workbook takes a while on a busy machine. */
const SLOW = 60_000;
const rulesOf = (problems: Problem[]) => [...new Set(problems.map((p) => p.rule))].sort();

describe.each(LAYOUTS.map((l) => [l.name, l] as const))("layout %s as .xlsx", (_, fixture) => {
  let plain: SheetValues[];
  let merged: SheetValues[];
  beforeAll(async () => {
    plain = await sheetsOf(fixture, false);
    merged = await sheetsOf(fixture, true);
  }, SLOW);

  it("reads back as its department from the values alone", () => {
    const read = importSheets(plain, fixture.name);
    expect(read.department).toEqual(fixture.expected);
    expect(read.kind).toBe(["seed", "narrow"].includes(fixture.name) ? "workbook" : "form");
  });

  it("reads back the same with the merges the file records", () => {
    expect(importSheets(merged, fixture.name).department).toEqual(fixture.expected);
  });

  it("says what it assumed, names the cell, and reports nothing as unreadable", () => {
    for (const sheets of [plain, merged]) {
      const { diagnostics } = importSheets(sheets, fixture.name);
      expect(rulesOf(diagnostics)).toEqual(fixture.rules);
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const names = sheets.map((s) => s.name);
      for (const d of diagnostics) {
        expect(names).toContain(d.sheet);
        expect(d.cell).toMatch(/^[A-Z]+\d+$/);
      }
    }
  });
});

describe("a missing schedule is a finding, not a failure", () => {
  it("a template sheet without its 累计支出资金 rows keeps schedule: [] and says so", () => {
    const grid = planGrid(planDepartment(SEED_DEPARTMENT)[1]);
    grid.splice(6, 2);
    const read = readProjectForm({ name: "表", grid });
    expect(read?.project).toEqual({ ...SEED_DEPARTMENT.projects[0], schedule: [] });
    expect(read?.problems).toEqual([
      {
        rule: "import/no-schedule",
        severity: "warning",
        sheet: "表",
        cell: "D3",
        message: "表中没有累计支出资金（N月底检查点），支出进度无法对照计划",
        at: { kind: "project", project: 0, field: "schedule" },
      },
    ]);
  });
});

describe("several forms stacked in one grid, as a multi-project PDF gives them", () => {
  /** A template sheet as printed: its print area only (A–F, down to the last indicator). */
  const printed = (index: number): Scalar[][] => {
    const plan = planDepartment(SEED_DEPARTMENT)[index];
    const last = Number(/(\d+)$/.exec(plan.print.area)?.[1]);
    return planGrid(plan)
      .slice(0, last)
      .map((row) => row.slice(0, 6));
  };

  it("reads the nine seed projects from one grid, each problem in its own rows", () => {
    const grid = SEED_DEPARTMENT.projects.flatMap((_, i) => printed(i + 1));
    const at = printed(1).length + 11; // the second project's second indicator (its row 12)
    grid[at][4] = "≥9x%";
    const read = importSheets([{ name: "PDF", grid }], "文件");
    expect(read.department.projects).toEqual(
      SEED_DEPARTMENT.projects.map((p, i) =>
        i === 1
          ? {
              ...p,
              indicators: p.indicators.map((r, k) => (k === 1 ? { ...r, value: "≥9x%" } : r)),
            }
          : p
      )
    );
    expect(read.department.unitName).toBe(SEED_DEPARTMENT.unitName);
    expect(read.diagnostics).toEqual([
      expect.objectContaining({
        rule: "import/value",
        sheet: "PDF",
        cell: `E${at + 1}`,
        at: { kind: "indicator", project: 1, row: 1, column: "value" },
      }),
    ]);
  });

  it("reads stacked 申报表 with a blank row between them", async () => {
    const sheets = await sheetsOf(layout("declaration"), false);
    const grid = [...sheets[0].grid, [], ...sheets[1].grid];
    const forms = readProjectForms({ name: "合并", grid });
    expect(forms.map((f) => f.project)).toEqual(layout("declaration").expected.projects);
    // The blank row goes with the title rows of the second form.
    const n = sheets[0].grid.length;
    expect(forms.map((f) => f.rows)).toEqual([
      [0, n - 1],
      [n, grid.length - 1],
    ]);
  });
});

describe("amounts", () => {
  const form = (rows: Scalar[][]) =>
    readProjectForm({
      name: "表",
      grid: [
        ["项目名称", "某项目"],
        ...rows,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "人数", "≥10人"],
      ],
    });

  it("converts a label's 元 to 万元, and leaves an amount written in 万元 alone", () => {
    const read = form([
      ["年度资金总额（元）", "1,234,567.89"],
      ["其中：财政拨款（元）", "100万元"],
    ]);
    expect([read?.project.budget, read?.project.fiscalFunds]).toEqual([123.456789, 100]);
    expect(read?.problems.map((p) => [p.rule, p.cell])).toContainEqual(["import/yuan", "B2"]);
  });

  it("counts 上年结转资金 into 其他资金 and says so", () => {
    const read = form([
      ["年度资金总额", 30],
      ["其中：本年财政拨款", 20],
      ["上年结转资金", 4],
      ["其他资金", 6],
    ]);
    expect(read?.project).toMatchObject({ budget: 30, fiscalFunds: 20, otherFunds: 10 });
    expect(read?.problems).toContainEqual(
      expect.objectContaining({ rule: "import/carried-funds", cell: "A4" })
    );
  });

  it("reports an amount it cannot read at its cell and keeps the rest", () => {
    const read = form([["预算数", "二十"]]);
    expect(read?.project.budget).toBeNull();
    expect(read?.problems).toContainEqual({
      rule: "read/amount",
      severity: "error",
      sheet: "表",
      cell: "B2",
      message: "“二十”不是金额",
    });
  });

  it("splits a code written before the name, and reports labels the model has no place for", () => {
    const read = readProjectForm({
      name: "表",
      grid: [
        ["项目名称", "51000021R000000019951-工资性支出", "项目负责人", "张三"],
        ["一级指标", "三级指标", "指标值"],
        ["产出指标", "人数", "≥10人"],
      ],
    });
    expect(read?.project).toMatchObject({ code: "51000021R000000019951", name: "工资性支出" });
    expect(read?.problems).toContainEqual(
      expect.objectContaining({
        rule: "import/unmodelled",
        cell: "C1",
        message: "“项目负责人：张三”不在目标表中，未导入",
      })
    );
  });
});

describe("labels wherever they stand", () => {
  const table = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "人数", "≥10人"],
  ];

  it("reads a label and its value written in one cell", () => {
    const read = readProjectForm({
      name: "表",
      grid: [
        ["项目名称：某项目", "项目编码：AB12"],
        ["年度资金总额：120万元", "其中：财政拨款：100", "其他资金：20"],
        ["年度目标：1.完成任务\n2.控制成本"],
        ...table,
      ],
    });
    expect(read?.project).toMatchObject({
      name: "某项目",
      code: "AB12",
      budget: 120,
      fiscalFunds: 100,
      otherFunds: 20,
      goals: ["完成任务", "控制成本"],
    });
    expect(read?.problems.map((p) => p.rule)).toEqual(["import/no-schedule"]);
  });

  it("reads the title's number, the unit line and 单位：元 from one cell", () => {
    const read = readProjectForm({
      name: "表",
      grid: [
        ["3.某项目绩效目标表"],
        ["989001 某单位 单位：元"],
        ["项目名称", "某项目", "预算数", 10000],
        ...table,
      ],
    });
    expect(read).toMatchObject({ index: 3, unitCode: "989001", unitName: "某单位", year: null });
    expect(read?.project.budget).toBe(1);
    expect(read?.problems.map((p) => [p.rule, p.cell])).toEqual([
      ["import/no-schedule", "A3"],
      ["import/yuan", "A2"],
    ]);
  });

  it("reads a value below its label where the labels make a row, never below a lone amount", () => {
    const read = readProjectForm({
      name: "表",
      grid: [
        ["项目名称", "某项目"],
        ["预算数", "其中：财政资金", "其他资金"],
        [30, 30, null],
        ["上年结转资金", null],
        ["资金来源说明"],
        ["年度目标", "完成任务"],
        ...table,
      ],
    });
    expect(read?.project).toMatchObject({ budget: 30, fiscalFunds: 30, otherFunds: null });
    expect(read?.project.goals).toEqual(["完成任务"]);
    // 资金来源说明 reads as a label the table does not know: reported with its cell.
    expect(read?.problems.map((p) => [p.rule, p.cell])).toContainEqual([
      "import/unknown-label",
      "A5",
    ]);
  });
});

describe("importSheets", () => {
  it("reads bare tables on several sheets as one project each, named by the sheet", () => {
    const table = (name: string): SheetValues => ({
      name,
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", name, "≥1个"],
      ],
    });
    const read = importSheets(
      [table("甲"), { name: "说明", grid: [["随便写的"]] }, table("乙")],
      "文件"
    );
    expect(read.kind).toBe("table");
    expect(read.department.projects.map((p) => [p.name, p.indicators[0].level3])).toEqual([
      ["甲", "甲"],
      ["乙", "乙"],
    ]);
    expect(read.diagnostics).toEqual([
      {
        rule: "import/sheet-skipped",
        severity: "info",
        sheet: "说明",
        message: "工作表“说明”中没有项目绩效目标表或指标表，未导入",
      },
    ]);
  });

  it("reads a form on one sheet and a bare table on another as two projects", async () => {
    const [form] = await sheetsOf(layout("split"), false);
    const read = importSheets(
      [
        form,
        {
          name: "补充指标",
          grid: [
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "巡查次数", "≥12次"],
          ],
        },
      ],
      "文件"
    );
    expect(read.kind).toBe("form");
    expect(read.department.projects.map((p) => p.name)).toEqual([
      "特困人员供养服务经费",
      "补充指标",
    ]);
    expect(read.department.unitName).toBe("某某区社会福利中心");
  });

  it("never throws on grids of label pieces, and every problem names a cell on the sheet", () => {
    const piece = fc.constantFrom<Scalar>(
      null,
      "",
      "项目名称",
      "项目编码",
      "预算数",
      "其中：财政资金",
      "其他资金",
      "累计支出资金",
      "3月底",
      "绩效目标",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
      "指标性质",
      "产出指标",
      "数量指标",
      "≥",
      "95",
      12.5,
      "单位：元",
      "1.某项目绩效目标表",
      "（2023年度）"
    );
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 7 }), { maxLength: 14 }), (grid) => {
        const read = importSheets([{ name: "表", grid }], "文件");
        for (const d of read.diagnostics.filter((p) => p.cell)) {
          expect(d.sheet).toBe("表");
          const [, column, row] = /^([A-Z]+)(\d+)$/.exec(d.cell as string) ?? [];
          expect(Number(row)).toBeLessThanOrEqual(Math.max(grid.length, 1));
          expect(column).toMatch(/^[A-G]$/);
        }
      }),
      { numRuns: 300 }
    );
  });
});
