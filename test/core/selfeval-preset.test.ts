/**
 * The 自评表 template takes a preset: its weights and method when the 自评表 are made, a 评分方案
 * cell that PT.SCORE and PT.BUDGETSCORE read, built-in twins with the preset's rounding and level
 * shares, and the preset read back from the sheet.
 */
import {
  planGrid,
  planSelfEval,
  readSelfEvalSheet,
  selfEvaluationsOf,
  SheetPlan,
} from "../../src/core/layout";
import { scoreFormula } from "../../src/core/layout/formulas";
import { isFormula, parseCell, PlanCell } from "../../src/core/layout/plan";
import { settingsRows } from "../../src/core/layout/selfeval-table";
import { practiceOf, presetNamed, presetSplit } from "../../src/core/presets";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

/** The seed's department in a budget year, so that the formulas carry it. */
const DEPARTMENT = { ...SEED_DEPARTMENT, year: 2024 };

function at(plan: SheetPlan, address: string): PlanCell | undefined {
  const { row, column } = parseCell(address);
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    const cell = block.rows[row - origin.row]?.[column - origin.column];
    if (cell !== undefined && cell !== null) return cell;
  }
  return undefined;
}

describe.each(["安徽", "湖北", "四川"])("自评表 made with the %s preset", (id) => {
  const preset = presetNamed(id)!;
  const [evaluation] = selfEvaluationsOf(DEPARTMENT, { preset: id });
  const plan = planSelfEval(evaluation, "自评-1");
  const grid = planGrid(plan);
  const rowOf = (label: string) => grid.findIndex((r) => r[0] === label) + 1;
  const S = settingsRows(evaluation.split.groups.length);

  it("takes the preset's weights and method, in the department's year", () => {
    expect(evaluation.year).toBe(2024);
    expect(evaluation.split).toEqual(presetSplit(preset));
    expect(evaluation.method).toBe(preset.method);
    expect(evaluation.preset).toBe(id);
  });

  it("names the preset in its settings, with what it does", () => {
    expect(grid[S.preset - 1][9]).toBe("评分方案");
    expect(grid[S.preset - 1][10]).toBe(id);
    expect(String(grid[S.preset - 1][11])).toContain(practiceOf(preset).rounding.description);
  });

  it("scores each row by PT.SCORE reading the preset cell, the twin with the preset's scoring", () => {
    const first = rowOf("一级指标") + 1;
    const cell = at(plan, `G${first}`);
    expect(isFormula(cell as PlanCell) && cell).toMatchObject({
      formula: `PT.SCORE(E${first},D${first},F${first},$B$${first},$K$${S.method},"",$K$${S.preset},2024)`,
    });
    const row = evaluation.project.indicators[0];
    expect((cell as { standalone: string }).standalone).toBe(
      scoreFormula(
        { actual: `E${first}`, weight: `F${first}`, method: `$K$${S.method}` },
        row.value,
        row.level2,
        { ...practiceOf(preset), year: evaluation.year }
      )
    );
  });

  it("scores the budget line by PT.BUDGETSCORE with the preset cell", () => {
    const line = grid.findIndex((r) => r[1] === "年度资金总额") + 1;
    const cell = at(plan, `H${line}`) as { formula: string; standalone: string };
    expect(cell.formula).toBe(
      `IF(G${line}="","",PT.BUDGETSCORE(G${line},F${line},"",$K$${S.preset}))`
    );
    expect(cell.standalone).toContain(
      practiceOf(preset).rounding.formula(`F${line}*MIN(G${line},1)`, `F${line}`)
    );
  });

  it("reads the preset back with the rest of the model", () => {
    expect(readSelfEvalSheet(grid)?.evaluation).toEqual(evaluation);
  });
});

it("reads an unknown preset in the cell as a finding at that cell, and scores by the ministry's", () => {
  const [evaluation] = selfEvaluationsOf(DEPARTMENT, { preset: "安徽" });
  const grid = planGrid(planSelfEval(evaluation, "自评-1"));
  const S = settingsRows(evaluation.split.groups.length);
  grid[S.preset - 1][10] = "北京";
  const read = readSelfEvalSheet(grid);
  expect(read?.evaluation.preset).toBeUndefined();
  expect(read?.problems).toContainEqual(
    expect.objectContaining({ rule: "read/preset", cell: `K${S.preset}` })
  );
});
