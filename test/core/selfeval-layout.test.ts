/**
 * The 自评表 and 监控表 layouts: what the plans hold, and reading the sheets back — as planned, after
 * an accountant's edits (an indicator added, a weight changed, reasons and a score typed), and
 * through an .xlsx file.
 */
import {
  planDepartment,
  planGrid,
  planMonitor,
  planSelfEval,
  readDepartment,
  readMonitorSheet,
  readSelfEvalSheet,
  readYearAfter,
  Scalar,
  selfEvaluationsOf,
  SheetPlan,
} from "../../src/core/layout";
import { isFormula, parseCell, PlanCell } from "../../src/core/layout/plan";
import { LEVELS } from "../../src/core/levels";
import { SelfEvaluation } from "../../src/core/model";
import { WEIGHT_SPLITS } from "../../src/core/weights";
import { score } from "../../src/functions/functions";
import { readGrid, readXlsx, writeXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { filledMonitorings, filledSelfEvaluations } from "../helpers/selfeval-fill";

function at(plan: SheetPlan, address: string): PlanCell | undefined {
  const { row, column } = parseCell(address);
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    const cell = block.rows[row - origin.row]?.[column - origin.column];
    if (cell !== undefined && cell !== null) return cell;
  }
  return undefined;
}

const evaluations = filledSelfEvaluations();
const monitorings = filledMonitorings();

describe("the 自评表 plan", () => {
  const evaluation = evaluations[3]; // 居委会退休干部补助经费: 7 indicators
  const plan = planSelfEval(evaluation, "自评-4.居委会退休干部补助经费");
  const grid = planGrid(plan);
  const rowOf = (label: string) => grid.findIndex((r) => r[0] === label) + 1;

  it("is the form of the budget system, printed A4 portrait within A–H", () => {
    expect(plan.kind).toBe("selfeval");
    expect(grid[0][0]).toBe("项目支出绩效自评表");
    expect(grid[1][0]).toBe("（2023年度）");
    expect(grid[rowOf("一级指标") - 1].slice(0, 8)).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ]);
    expect(grid[4].slice(2, 8)).toEqual([
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ]);
    expect(plan.print).toEqual({ area: `A1:H${rowOf("评价等级")}`, orientation: "portrait" });
    expect(plan.merges).toEqual(expect.arrayContaining(["A1:H1", "A13:A16", "A17:A18"]));
  });

  it("scores each row with PT.SCORE, its built-in twin beside it, reading the sheet's method", () => {
    const cell = at(plan, "G13");
    expect(isFormula(cell as PlanCell) && cell).toMatchObject({
      formula: 'PT.SCORE(E13,D13,F13,$B$13,$K$8,"",$K$9,2023)',
    });
    expect((cell as { standalone: string }).standalone).not.toMatch(/PT\./);
    expect(grid[7][10]).toBe("线性"); // K8: this project is scored 线性
    const total = at(plan, `G${rowOf("总分")}`) as { formula: string; value: number };
    expect(total.formula).toBe(`IF(COUNT(H6,G13:G19)=0,"",ROUND(SUM(H6,G13:G19),2))`);
    const graded = at(plan, `F${rowOf("评价等级")}`) as { formula: string; standalone: string };
    expect(graded.formula).toBe(`PT.GRADE(G${rowOf("总分")})`);
    expect(graded.standalone).toContain('"优"');
    for (const block of plan.blocks)
      for (const cell of block.rows.flat())
        if (isFormula(cell) && cell.standalone) expect(cell.standalone).not.toMatch(/PT\./);
  });

  it("pre-fills the weights of the split, shown in the settings with the sheet's sums", () => {
    expect(grid.slice(12, 19).map((r) => r[5])).toEqual([13, 13, 12, 12, 15, 15, 10]);
    expect(grid.slice(1, 7).map((r) => r.slice(9, 12))).toEqual([
      ["分值分配", "设定分值", "表中合计"],
      ["预算执行率", 10, 10],
      ["产出指标", 50, 50],
      ["效益指标", 30, 30],
      ["满意度指标", 10, 10],
      ["合计", 100, 100],
    ]);
  });

  it("offers the three levels on qualitative rows, and checks weights and 执行率", () => {
    const lists = plan.validations.filter((v) => v.kind === "list" && v.range.startsWith("E"));
    expect(lists.map((v) => v.range)).toEqual(["E15", "E17", "E18"]);
    expect(lists[0]).toMatchObject({ items: LEVELS.map((l) => l.text) });
    expect(plan.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: "F13:F19", kind: "decimal", min: 0 }),
      ])
    );
    expect(plan.conditionalFormats.map((c) => c.range)).toEqual(
      expect.arrayContaining(["H13:H19", "G13:G19", "G6", `F${rowOf("总分")}`])
    );
  });

  it("splits the weights as another province does", () => {
    const hubei = selfEvaluationsOf(SEED_DEPARTMENT, { split: "湖北" })[3];
    const hubeiGrid = planGrid(planSelfEval(hubei, "x"));
    expect(hubeiGrid[5][5]).toBe(20); // F6: 预算执行率
    expect(hubeiGrid.slice(3, 6).map((r) => [r[9], r[10]])).toEqual([
      ["产出指标", 40],
      ["效益及满意度指标", 40],
      ["合计", 100],
    ]);
    expect(hubei.split).toEqual(WEIGHT_SPLITS.湖北);
  });
});

/** Sets a cell of a grid (1-based row, column letter), as a person types into it. */
function put(grid: Scalar[][], address: string, value: Scalar): void {
  const { row, column } = parseCell(address);
  while (grid.length < row) grid.push([]);
  grid[row - 1][column - 1] = value;
}

/** What Excel shows in a 得分 cell once it has recalculated PT.SCORE for the row. */
function recalculate(grid: Scalar[][], row: number, evaluation: SelfEvaluation): void {
  const r = grid[row - 1];
  let level2 = "";
  for (let k = row - 1; k >= 0 && level2 === ""; k--) level2 = String(grid[k][1] ?? "");
  put(grid, `G${row}`, score(r[4], r[3], r[5], level2, evaluation.method) as Scalar);
}

describe("reading a 自评表 back", () => {
  it.each(evaluations.map((e, i) => [i + 1, e] as const))(
    "自评表 %i as planned returns the model that made it",
    (n, evaluation) => {
      const read = readSelfEvalSheet(planGrid(planSelfEval(evaluation, `自评-${n}`)));
      expect(read?.evaluation).toEqual(evaluation);
    }
  );

  it("after edits: an indicator added, a weight changed, a reason and a score typed", () => {
    const evaluation = structuredClone(evaluations[3]);
    const grid = planGrid(planSelfEval(evaluation, "自评"));
    // A weight changed: 发放补助人数 from 13 to 11, another row from 12 to 14.
    put(grid, "F13", 11);
    recalculate(grid, 13, evaluation);
    put(grid, "F16", 14);
    recalculate(grid, 16, evaluation);
    // An indicator added at the end of 效益指标, inserted as a row above 满意度指标.
    grid.splice(18, 0, [
      null,
      "社会效益指标",
      "困难群众走访覆盖率",
      "≥90%",
      0.8,
      5,
      null,
      "走访延后至次年",
    ]);
    recalculate(grid, 19, evaluation);
    // A reason typed, and a 部分达成 score raised within its band.
    put(grid, "H14", "一人去世，补助停发");
    put(grid, "G17", 7.2);

    const expected = structuredClone(evaluation);
    expected.results[0].weight = 11;
    expected.results[3].weight = 14;
    expected.results[1].reason = "一人去世，补助停发";
    expected.results[4].score = 7.2;
    expected.project.indicators.splice(6, 0, {
      level1: "效益指标",
      level2: "社会效益指标",
      level3: "困难群众走访覆盖率",
      description: "",
      value: "≥90%",
      basis: "",
    });
    expected.results.splice(6, 0, {
      actual: 0.8,
      weight: 5,
      score: null,
      reason: "走访延后至次年",
    });
    const read = readSelfEvalSheet(grid);
    expect(read?.evaluation).toEqual(expected);
    expect(read?.problems.filter((p) => p.rule === "selfeval/weights-total")).toEqual([
      expect.objectContaining({ message: "分值合计应为100（现为 105）", cell: "F21" }),
    ]);
  });

  it("reports rows that need a 偏差原因 at their cells", () => {
    const evaluation = structuredClone(evaluations[0]);
    evaluation.results.forEach((r) => (r.reason = ""));
    const read = readSelfEvalSheet(planGrid(planSelfEval(evaluation, "自评")));
    const reasons = read?.problems.filter((p) => p.rule === "selfeval/reason-missing") ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    for (const p of reasons) expect(p.cell).toMatch(/^H1[3-9]$/);
  });

  it("through an .xlsx file written by ExcelJS", async () => {
    const plans = evaluations.map((e, i) => planSelfEval(e, `自评-${i + 1}`));
    const workbook = await readXlsx(await writeXlsx(plans));
    workbook.worksheets.forEach((sheet, i) =>
      expect(readSelfEvalSheet(readGrid(sheet))?.evaluation).toEqual(evaluations[i])
    );
  });

  it("is never mistaken for a project sheet, nor a project sheet for it", () => {
    const department = planDepartment(SEED_DEPARTMENT);
    const selfEvals = evaluations.map((e, i) => planSelfEval(e, `自评-${i + 1}`));
    const sheets = [...department, ...selfEvals].map((p) => ({ name: p.name, grid: planGrid(p) }));
    expect(readDepartment(sheets).department.projects).toHaveLength(9);
    expect(readDepartment(sheets.slice(11)).department.projects).toEqual([]);
    expect(readSelfEvalSheet(sheets[1].grid)).toBeNull();
    const read = readYearAfter(sheets);
    expect(read.selfEvaluations.map((s) => s.sheet)).toEqual(selfEvals.map((p) => p.name));
    expect(read.monitorings).toEqual([]);
  });
});

describe("the 监控表", () => {
  const monitoring = monitorings[3];
  const plan = planMonitor(monitoring, "监控-4");
  const grid = planGrid(plan);

  it("holds the budget block with 序时进度 and the lights, landscape", () => {
    expect(grid[0][0]).toBe("项目支出绩效运行监控表");
    expect(grid[4].slice(1, 7)).toEqual([
      "全年预算数",
      "执行数",
      "执行率",
      "序时进度",
      "预警",
      "偏差原因",
    ]);
    expect(grid[5][4]).toBeCloseTo(7 / 12, 10);
    expect(at(plan, "F6")).toMatchObject({ formula: 'PT.LIGHT(C6,B6,$B$2,"一体化")' });
    expect(grid[7].slice(4, 10)).toEqual([
      "1–7月实际完成",
      "全年预计完成",
      "偏差原因",
      "完成目标可能性",
      "预警",
      "备注",
    ]);
    expect(plan.print.orientation).toBe("landscape");
    const lists = plan.validations
      .filter((v) => v.kind === "list")
      .map((v) => [v.range, v.kind === "list" && v.items]);
    expect(lists).toEqual(
      expect.arrayContaining([
        ["G9:G15", ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]],
        ["H9:H15", ["确定能", "有可能", "完全不可能"]],
      ])
    );
  });

  it.each(monitorings.map((m, i) => [i + 1, m] as const))(
    "监控表 %i reads back as planned",
    (n, m) => {
      expect(readMonitorSheet(planGrid(planMonitor(m, `监控-${n}`)))?.monitoring).toEqual(m);
    }
  );

  it("reads back after edits: an indicator added, an actual and a reason changed", () => {
    const edited = grid.map((r) => r.slice());
    edited.splice(15, 0, [
      null,
      null,
      "新增：走访人次",
      "≥100人次",
      40,
      90,
      "人员保障",
      "有可能",
      null,
      "走访延后",
    ]);
    put(edited, "E9", 8);
    put(edited, "G9", "制度保障");
    const expected = structuredClone(monitoring);
    expected.project.indicators.push({
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      level3: "新增：走访人次",
      description: "",
      value: "≥100人次",
      basis: "",
    });
    expected.results.push({
      actual: 40,
      forecast: 90,
      reason: "人员保障",
      likelihood: "有可能",
      note: "走访延后",
    });
    expected.results[0] = { ...expected.results[0], actual: 8, reason: "制度保障" };
    expect(readMonitorSheet(edited)?.monitoring).toEqual(expected);
  });

  it("reads its date back through an .xlsx file", async () => {
    const workbook = await readXlsx(await writeXlsx([plan]));
    const read = readMonitorSheet(readGrid(workbook.worksheets[0]));
    expect(read?.problems).toEqual([]);
    expect(read?.monitoring).toEqual(monitoring);
  });
});
