/**
 * Fewer bridge calls in WPS: later sheets are copies of one written before, with rows inserted or
 * deleted and only what differs set again. Whatever way a sheet is made, it must come out cell for
 * cell as the same plan drawn from scratch (compared through the fake: values, formulas, formats,
 * merges, validations, conditional formats as each cell reads them, sizes, page setup).
 */
import { planDepartment, planSelfEvals, selfEvaluationsOf } from "../../src/core/layout";
import { planGrid, SheetPlan } from "../../src/core/layout/plan";
import { Department, IndicatorRow } from "../../src/core/model";
import { hasRelativeRefs, moveRowRefs, shiftRelative } from "../../src/hosts/a1";
import { applyPlanWps, insertSheetsWps } from "../../src/hosts/wps";
import { chooseTemplate, moveRange } from "../../src/hosts/wps-reuse";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { WpsFake } from "../helpers/wps-fake";
import { WpsSheet } from "../helpers/wps-sheet";

/** Goal for the department: bridge calls per cell written. */
const GOAL = 0.25;

function cells(plans: SheetPlan[]): number {
  return plans.reduce((sum, plan) => sum + planGrid(plan).length * planGrid(plan)[0].length, 0);
}

function fresh(plan: SheetPlan): unknown {
  const fake = new WpsFake();
  applyPlanWps(fake.application, plan);
  return fake.sheet(plan.name).snapshot();
}

/** The seed with projects of other lengths and schedules: rows must go in and out. */
function varied(): Department {
  const department = structuredClone(SEED_DEPARTMENT);
  const grow = (rows: IndicatorRow[], n: number) => {
    while (rows.length < n) rows.splice(1, 0, { ...rows[1], level3: `补充指标${rows.length}` });
    rows.length = n;
  };
  [6, 9, 4, 4, 12, 3, 7, 7, 5].forEach((n, i) => grow(department.projects[i].indicators, n));
  department.projects[7].schedule = department.projects[7].schedule.slice(1); // three checkpoints
  return department;
}

describe.each([
  ["the seed department", SEED_DEPARTMENT],
  ["a department whose projects differ in length and schedule", varied()],
])("%s, made with copies", (_name, department) => {
  const fake = new WpsFake();
  const plans = planDepartment(department, ["Sheet1"]);

  beforeAll(async () => {
    await insertSheetsWps(fake.application, () => plans);
  });

  it("equals every sheet drawn from scratch, cell for cell", () => {
    for (const plan of plans) expect(fake.sheet(plan.name).snapshot()).toEqual(fresh(plan));
  });

  it("copies project sheets instead of formatting each anew", () => {
    expect(fake.calls.filter((c) => c.endsWith(".Copy()")).length).toBeGreaterThanOrEqual(6);
    expect(fake.calls.filter((c) => c.endsWith(".FormatConditions.Add()")).length).toBeLessThan(
      plans.reduce((n, p) => n + p.conditionalFormats.length, 0) / 2
    );
  });

  it(`costs at most ${GOAL} bridge calls per cell written`, () => {
    expect(fake.calls.length / cells(plans)).toBeLessThanOrEqual(GOAL);
  });
});

it("inserts and deletes rows where project lengths differ, and writes from scratch where no sheet fits", async () => {
  const fake = new WpsFake();
  await insertSheetsWps(fake.application, () => planDepartment(varied(), ["Sheet1"]));
  // Entire rows ("15:15.Delete()"), not a validation's Delete.
  expect(fake.calls.some((c) => /^\d+:\d+\.Insert\(\)$/.test(c))).toBe(true);
  expect(fake.calls.some((c) => /^\d+:\d+\.Delete\(\)$/.test(c))).toBe(true);
  // Overview, first project, the project with three checkpoints and the summary.
  expect(fake.calls.filter((c) => c.endsWith("Worksheets.Add()"))).toHaveLength(4);
});

describe("choosing a template", () => {
  const [overview, first, second] = planDepartment(SEED_DEPARTMENT);

  it("takes only a sheet of the same kind", () => {
    expect(chooseTemplate([overview], first)).toBeNull();
    expect(chooseTemplate([overview, first], second)?.index).toBe(1);
  });

  it("inserts a row inside the indicator table, never at its edge", () => {
    const choice = chooseTemplate([first], second); // 6 → 7 indicators
    expect(choice?.reuse.op.count).toBe(1);
    expect(choice!.reuse.op.at).toBeGreaterThan(11);
    expect(choice!.reuse.op.at).toBeLessThanOrEqual(16);
  });

  it("inserts a row above a total row whose rule names its own row absolutely ($F$19)", () => {
    const [one, two] = planSelfEvals(selfEvaluationsOf(SEED_DEPARTMENT), []);
    expect(one.conditionalFormats.some((c) => /\$F\$19\b/.test(c.formula))).toBe(true);
    const choice = chooseTemplate([one], two); // 6 → 7 indicators
    expect(choice?.reuse.op.count).toBe(1);
    expect(choice!.reuse.op.at).toBeLessThan(19);
  });

  it("moves ranges as a spreadsheet does", () => {
    expect(moveRange("A11:F16", { at: 14, count: 2 })).toBe("A11:F18");
    expect(moveRange("A20:F23", { at: 14, count: 2 })).toBe("A22:F25");
    expect(moveRange("A1:F9", { at: 14, count: 2 })).toBe("A1:F9");
    expect(moveRange("A11:F16", { at: 14, count: -2 })).toBe("A11:F14");
    expect(moveRange("A11:F16", { at: 15, count: -3 })).toBe("A11:F14");
    expect(moveRange("A20:F23", { at: 14, count: -2 })).toBe("A18:F21");
    expect(moveRange("A14:F16", { at: 14, count: -2 })).toBeNull();
  });
});

describe("references in formulas", () => {
  it("re-bases relative parts, wrapping at the sheet edge, and leaves absolute ones", () => {
    expect(shiftRelative('$H11="达标"', -10, -7)).toBe('$H1="达标"');
    expect(shiftRelative("AND(ISNUMBER(F8),N(F8)-N($B$5)>0)", 2, 1)).toBe(
      "AND(ISNUMBER(G10),N(G10)-N($B$5)>0)"
    );
    expect(shiftRelative("A1", -1, -1)).toBe("XFD1048576");
  });

  it("does not take text, sheet names or function names for references", () => {
    expect(shiftRelative('LOG10(A1)&"B2"', 1, 0)).toBe('LOG10(A2)&"B2"');
    expect(shiftRelative("'Q1 A1'!C3+PT.CHECK(D4)", 1, 0)).toBe("'Q1 A1'!C4+PT.CHECK(D5)");
    expect(hasRelativeRefs('$B$5+"A1"')).toBe(false);
    expect(hasRelativeRefs("$H11")).toBe(true);
  });

  it("follows inserted and deleted rows", () => {
    expect(moveRowRefs("$D20+$B$5", 14, 2)).toBe("$D22+$B$5");
    expect(moveRowRefs("D15+D20", 14, -2)).toBe("#REF!+D18");
  });
});

describe("the fake reads rows in and out like a spreadsheet", () => {
  it("shifts cells, copies formats from above, stretches ranges and follows references", () => {
    const sheet = new WpsSheet("s");
    sheet.cell(3, 1).value = "below";
    sheet.cell(1, 1).format.NumberFormat = "@";
    sheet.merges.push("A1:A2");
    sheet.validations.push({ address: "B1:B2", type: 3 });
    sheet.conditions.push({ address: "C1:C4", formula: "$C1>$D$4", typed: "" });
    sheet.rowHeights[1] = 30;
    sheet.page.PrintArea = "A1:F3";
    sheet.moveRows(2, 2);
    expect(sheet.at("A5")?.value).toBe("below");
    expect([sheet.at("A2")?.format, sheet.at("A3")?.format]).toEqual([
      { NumberFormat: "@" },
      { NumberFormat: "@" },
    ]);
    expect(sheet.merges).toEqual(["A1:A4"]);
    expect(sheet.validations[0].address).toBe("B1:B4");
    expect(sheet.conditions[0]).toMatchObject({ address: "C1:C6", formula: "$C1>$D$6" });
    expect(sheet.rowHeights).toEqual({ 1: 30, 2: 30, 3: 30 });
    expect(sheet.page.PrintArea).toBe("A1:F5");
    sheet.moveRows(2, -3);
    expect(sheet.at("A2")?.value).toBe("below");
    expect(sheet.merges).toEqual([]);
    expect(sheet.validations[0].address).toBe("B1");
  });
});
