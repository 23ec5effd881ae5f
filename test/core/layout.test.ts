import {
  planDepartment,
  planGrid,
  readProjectSheet,
  Scalar,
  SheetPlan,
} from "../../src/core/layout";
import { readOverviewSheet } from "../../src/core/layout/overview";
import { isFormula, parseCell, PlanCell } from "../../src/core/layout/plan";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

const plans = planDepartment(SEED_DEPARTMENT);
const projectPlans = plans.filter((p) => p.kind === "project");

/** The plan cell at an address, looking through the blocks. */
function at(plan: SheetPlan, address: string): PlanCell | undefined {
  const { row, column } = parseCell(address);
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    const cell = block.rows[row - origin.row]?.[column - origin.column];
    if (cell !== undefined && cell !== null) return cell;
  }
  return undefined;
}

function styleOf(plan: SheetPlan, address: string) {
  const { row, column } = parseCell(address);
  const inside = (range: string) => {
    const [a, b] = range.split(":");
    const from = parseCell(a);
    const to = parseCell(b ?? a);
    return row >= from.row && row <= to.row && column >= from.column && column <= to.column;
  };
  return Object.assign({}, ...plan.styles.filter((s) => inside(s.range)).map((s) => s.style));
}

describe("the department plan", () => {
  it("has the overview, the nine projects in order and the summary", () => {
    expect(plans.map((p) => p.name)).toEqual([
      "部门整体绩效目标",
      ...SEED_DEPARTMENT.projects.map((p, i) => `${i + 1}.${p.name}`),
      "汇总",
    ]);
  });

  it("never takes a name that the workbook already has", () => {
    const taken = ["汇总", "1.城镇建设工作经费", "部门整体绩效目标", "部门整体绩效目标(2)"];
    const names = planDepartment(SEED_DEPARTMENT, taken).map((p) => p.name);
    expect(names[0]).toBe("部门整体绩效目标(3)");
    expect(names[1]).toBe("1.城镇建设工作经费(2)");
    expect(names[names.length - 1]).toBe("汇总(2)");
    for (const name of names) expect(taken).not.toContain(name);
  });

  it("sums the budgets in the summary: 4133.62 万元", () => {
    const summary = plans[plans.length - 1];
    const grid = planGrid(summary);
    const total = grid[grid.length - 1];
    expect(total[0]).toBe("合计");
    expect(total[3]).toBeCloseTo(4133.62, 2);
    const totalCell = at(summary, `D${grid.length}`);
    expect(isFormula(totalCell as PlanCell) && (totalCell as { formula: string }).formula).toBe(
      "SUM(D4:D12)"
    );
  });

  it("links each summary row to its project sheet by the name the sheet really got", () => {
    const renamed = planDepartment(SEED_DEPARTMENT, ["1.城镇建设工作经费"]);
    const summary = renamed[renamed.length - 1];
    const budget = at(summary, "D4") as { formula: string };
    expect(budget.formula).toBe("'1.城镇建设工作经费(2)'!B5");
    const link = at(summary, "K4") as { formula: string };
    expect(link.formula).toBe(`HYPERLINK("#'1.城镇建设工作经费(2)'!A1","1.城镇建设工作经费(2)")`);
  });
});

describe.each(projectPlans.map((plan, i) => [i + 1, plan] as const))(
  "project sheet %i",
  (n, plan) => {
    const project = SEED_DEPARTMENT.projects[n - 1];
    const first = 11;
    const last = 10 + project.indicators.length;

    it("has the header block of the form", () => {
      expect(at(plan, "A1")).toBe(`${n}.${project.name}绩效目标表`);
      expect(at(plan, "A2")).toBe("989001 正定县城区街道办事处本级");
      expect(at(plan, "E2")).toBe("单位：万元");
      expect([at(plan, "A3"), at(plan, "B3"), at(plan, "D3"), at(plan, "E3")]).toEqual([
        "项目编码",
        project.code,
        "项目名称",
        project.name,
      ]);
      expect([at(plan, "B4"), at(plan, "C4"), at(plan, "E4")]).toEqual([
        "预算数",
        "其中：财政资金",
        "其他资金",
      ]);
      expect([at(plan, "B5"), at(plan, "C5"), at(plan, "E5")]).toEqual([
        project.budget,
        project.fiscalFunds,
        undefined,
      ]);
      expect(at(plan, "C6")).toBe(project.purpose);
      expect(["B7", "C7", "D7", "E7"].map((a) => at(plan, a))).toEqual([
        "3月底",
        "6月底",
        "10月底",
        "12月底",
      ]);
      expect(["B8", "C8", "D8", "E8"].map((a) => at(plan, a))).toEqual(
        project.schedule.map((s) => s.amount ?? undefined)
      );
      expect(at(plan, "A9")).toBe("绩效目标");
    });

    it("merges the cells the form merges", () => {
      expect(plan.merges).toEqual(
        expect.arrayContaining([
          "A1:F1",
          "A2:D2",
          "E2:F2",
          "B3:C3",
          "E3:F3",
          "A4:A6",
          "C6:F6",
          "A7:A8",
          "B9:F9",
          "E7:F7",
        ])
      );
      // 一级指标 merged over its rows: 产出 has four (数量, 质量, 时效, 成本).
      expect(plan.merges).toContain(`A${first}:A${first + 3}`);
      const benefit = project.indicators.filter((r) => r.level1 === "效益指标").length;
      if (benefit > 1) expect(plan.merges).toContain(`A${first + 4}:A${first + 3 + benefit}`);
    });

    it("has the indicator table with a PT.CHECK beside every row, outside the print area", () => {
      expect(
        ["A10", "B10", "C10", "D10", "E10", "F10", "G10", "H10"].map((a) => at(plan, a))
      ).toEqual([
        "一级指标",
        "二级指标",
        "三级指标",
        "绩效指标描述",
        "指标值",
        "指标值确定依据",
        "实际完成值",
        "检查结果",
      ]);
      project.indicators.forEach((row, i) => {
        const r = first + i;
        expect(at(plan, `C${r}`)).toBe(row.level3);
        expect(at(plan, `E${r}`)).toBe(row.value);
        expect(at(plan, `H${r}`)).toEqual({ formula: `PT.CHECK(G${r},E${r},B${r})`, value: "" });
      });
      expect(plan.print).toEqual({ area: `A1:F${last}`, orientation: "portrait" });
    });

    it("formats money with two decimals and keeps 指标值 as text", () => {
      expect(styleOf(plan, "B5").numberFormat).toBe("0.00");
      expect(styleOf(plan, "C8").numberFormat).toBe("0.00");
      expect(styleOf(plan, `E${first}`).numberFormat).toBe("@");
      expect(styleOf(plan, "A1")).toMatchObject({ bold: true, fontSize: 16 });
      expect(styleOf(plan, "A10")).toMatchObject({ bold: true, border: true });
    });

    it("offers the indicator tree as dropdowns and refuses negative money", () => {
      const lists = plan.validations.filter((v) => v.kind === "list");
      expect(lists.map((v) => v.range)).toEqual([`A${first}:A${last}`, `B${first}:B${last}`]);
      expect(lists[0].kind === "list" && lists[0].items).toEqual(
        expect.arrayContaining(["产出指标", "效益指标", "满意度指标", "成本指标"])
      );
      expect(lists[1].kind === "list" && lists[1].items).toEqual(
        expect.arrayContaining(["数量指标", "社会效益指标", "经济成本指标"])
      );
      const money = plan.validations.filter((v) => v.kind === "decimal").map((v) => v.range);
      expect(money).toEqual(expect.arrayContaining(["B5:F5", "B8:F8"]));
    });

    it("colours 达标 / 未达标 / 待评价 and flags funds that do not add up", () => {
      const verdicts = plan.conditionalFormats
        .filter((cf) => cf.range === `H${first}:H${last}`)
        .map((cf) => cf.formula);
      expect(verdicts).toEqual([`$H${first}="达标"`, `$H${first}="未达标"`, `$H${first}="待评价"`]);
      expect(at(plan, "G5")).toMatchObject({ value: "" });
      expect(plan.conditionalFormats.map((cf) => cf.range)).toContain("B5:F5");
    });

    it("puts a PT.PROGRESS per checkpoint in the monitoring rows below the print area", () => {
      const monitorFirst = last + 4;
      project.schedule.forEach((point, i) => {
        const r = monitorFirst + i;
        expect(at(plan, `A${r}`)).toBe(`${point.month}月底`);
        expect(at(plan, `D${r}`)).toEqual({ formula: `PT.PROGRESS(C${r},B5,B${r})`, value: "" });
        expect(at(plan, `F${r}`)).toMatchObject({
          formula: `PT.PROGRESS(C${r},B5)`,
          standalone: `IF(N(C${r})=0,"",C${r}/B5)`,
        });
      });
    });

    it("reads back into the model that made it", () => {
      const read = readProjectSheet(planGrid(plan));
      expect(read?.problems).toEqual([]);
      expect(read?.project).toEqual(project);
      expect(read?.index).toBe(n);
      expect([read?.unitCode, read?.unitName]).toEqual(["989001", "正定县城区街道办事处本级"]);
    });
  }
);

describe("reading a sheet that a person has edited", () => {
  const plan = projectPlans[3]; // 4.居委会退休干部补助经费, seven indicators
  const project = SEED_DEPARTMENT.projects[3];

  function insertRow(grid: Scalar[][], before: number, cells: Scalar[]): Scalar[][] {
    return [...grid.slice(0, before - 1), cells, ...grid.slice(before - 1)];
  }

  it("keeps an indicator row added inside a merged 一级指标 block", () => {
    // Inserted after row 12 (质量): inside the merged 产出指标 cell, so A and B read empty except B.
    const grid = insertRow(planGrid(plan), 13, [
      null,
      "质量指标",
      "资料归档完整率",
      "资料归档完整率",
      "=100%",
      "年度工作计划",
      null,
      null,
    ]);
    const read = readProjectSheet(grid);
    expect(read?.project.indicators).toHaveLength(project.indicators.length + 1);
    expect(read?.project.indicators[2]).toEqual({
      level1: "产出指标",
      level2: "质量指标",
      level3: "资料归档完整率",
      description: "资料归档完整率",
      value: "=100%",
      basis: "年度工作计划",
    });
    expect(read?.project.indicators.slice(3)).toEqual(project.indicators.slice(2));
  });

  it("keeps an indicator row added at the end of the table", () => {
    const end = 10 + project.indicators.length + 1;
    const grid = insertRow(planGrid(plan), end, [
      "满意度指标",
      "服务对象满意度指标",
      "家属满意度",
      "家属满意度",
      "≥90%",
      "以往经验",
    ]);
    const read = readProjectSheet(grid);
    expect(read?.project.indicators[read.project.indicators.length - 1]).toMatchObject({
      level3: "家属满意度",
      value: "≥90%",
    });
    expect(read?.project.schedule).toEqual(project.schedule);
  });

  it("reports an amount it cannot read with its cell, and keeps the rest", () => {
    const grid = planGrid(plan);
    grid[4][1] = "九点二";
    const read = readProjectSheet(grid);
    expect(read?.problems).toEqual([
      { rule: "read/amount", severity: "error", cell: "B5", message: "“九点二”不是金额" },
    ]);
    expect(read?.project.budget).toBeNull();
    expect(read?.project.indicators).toEqual(project.indicators);
  });

  it("answers null for a sheet that is not a project table", () => {
    expect(readProjectSheet([["随便什么"], [1, 2, 3]])).toBeNull();
    expect(readProjectSheet([])).toBeNull();
  });
});

describe("the overview sheet", () => {
  it("numbers the items （一）… and reads back", () => {
    const grid = planGrid(plans[0]);
    expect(grid[0][0]).toBe("正定县城区街道办事处本级部门整体绩效目标");
    expect(grid.map((r) => r[0])).toContain("（八）加强社区文化建设丰富群众生活。");
    expect(readOverviewSheet(grid)).toEqual(SEED_DEPARTMENT.overview);
  });
});

describe("checks under a merged 二级指标", () => {
  it("read the direction from the merged cell, so a second 成本 row is still checked with ≤", () => {
    const department = structuredClone(SEED_DEPARTMENT);
    const rows = department.projects[3].indicators; // 4.居委会退休干部补助经费: 成本 is row 14
    rows.splice(4, 0, {
      ...rows[3],
      level3: "人均交通补贴",
      description: "人均交通补贴",
      value: "50 元/人",
    });
    const plan = planDepartment(department)[4];
    expect(plan.merges).toContain("B14:B15");
    expect(at(plan, "H14")).toMatchObject({ formula: "PT.CHECK(G14,E14,B14)" });
    expect(at(plan, "H15")).toMatchObject({ formula: "PT.CHECK(G15,E15,$B$14)" });
  });
});
