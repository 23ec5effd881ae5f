/**
 * Validations on WPS sheets made as copies: a 自评表 carries a 定性 list on the rows of its
 * qualitative indicators, which the next 自评表 has on other rows. The copy must still read, cell
 * for cell, as the sheet drawn from scratch: the copy's differing rules deleted, the plan's added.
 */
import { planSelfEvals, selfEvaluationsOf } from "../../src/core/layout";
import { SheetPlan } from "../../src/core/layout/plan";
import { applyPlanWps, insertSheetsWps } from "../../src/hosts/wps";
import { validationCells, validationFix } from "../../src/hosts/wps-validations";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { WpsFake } from "../helpers/wps-fake";

function fresh(plan: SheetPlan): { snapshot: unknown; calls: number } {
  const fake = new WpsFake();
  const before = fake.calls.length;
  applyPlanWps(fake.application, plan);
  return { snapshot: fake.sheet(plan.name).snapshot(), calls: fake.calls.length - before };
}

describe("the 自评表 of the seed department, made with copies", () => {
  const plans = planSelfEvals(selfEvaluationsOf(SEED_DEPARTMENT), ["Sheet1"]);
  const fake = new WpsFake();

  beforeAll(async () => {
    await insertSheetsWps(fake.application, () => plans);
  });

  it("has 自评表 whose 定性 lists sit on different rows", () => {
    const rows = plans.map((p) => JSON.stringify([...validationCells(p)!.keys()].sort()));
    expect(new Set(rows).size).toBeGreaterThan(1);
  });

  it("equals every sheet drawn from scratch, cell for cell", () => {
    for (const plan of plans)
      expect(fake.sheet(plan.name).snapshot()).toEqual(fresh(plan).snapshot);
  });

  it("copies all but the first, deleting and adding validations where they differ", () => {
    // Every one after the first: rows go in or out, the total rows' absolute references follow.
    expect(fake.calls.filter((c) => c.endsWith(".Copy()"))).toHaveLength(plans.length - 1);
    expect(fake.calls.some((c) => c.endsWith(".Validation.Delete()"))).toBe(true);
    const fromScratch = plans.reduce((n, p) => n + fresh(p).calls, 0);
    expect(fake.calls.length).toBeLessThan(fromScratch / 2);
  });
});

describe("a validation fix", () => {
  const rule = { kind: "decimal", min: 0, prompt: "分值", error: "请输入分值" } as const;
  const list = { kind: "list" as const, items: ["达成", "未达成"], prompt: "选择档次" };
  const plan = (validations: SheetPlan["validations"]) => ({ validations }) as SheetPlan;

  it("deletes what the plan lacks and adds what the copy lacks, only there", () => {
    const copy = plan([
      { ...rule, range: "F13:F19" },
      { ...list, range: "E15" },
    ]);
    const wanted = plan([
      { ...rule, range: "F13:F18" },
      { ...list, range: "E16" },
      { ...list, range: "E18" },
    ]);
    const fix = validationFix(validationCells(copy)!, validationCells(wanted)!, wanted);
    expect(fix.clear).toEqual(["E15,F19"]);
    expect(fix.add.map((v) => v.range).sort()).toEqual(["E16", "E18"]);
    expect(fix.add.every((v) => v.kind === "list")).toBe(true);
    // One address to clear (3 calls) and one union of the list's cells (4 calls).
    expect(fix.cost).toBe(7);
  });

  it("costs nothing when the copy already reads as the plan", () => {
    const same = plan([{ ...rule, range: "F13:F18" }]);
    const fix = validationFix(validationCells(same)!, validationCells(same)!, same);
    expect(fix).toMatchObject({ clear: [], add: [], cost: 0 });
  });

  it("is read by the fake as a host would: deleted cells lose the rule, the others keep it", () => {
    const fake = new WpsFake();
    const sheet = fake.application.ActiveWorkbook.Worksheets.Item(1) as Et.Worksheet;
    sheet.Range("B1:B4").Validation.Add(3, 1, undefined, "甲,乙");
    sheet.Range("B2:B3").Validation.Delete();
    expect(fake.sheet("Sheet1").validations.map((v) => v.address)).toEqual(["B1,B4"]);
  });
});
