/** The Excel host against a recording fake of Office.js: round trips, proxy calls, what it writes. */
import { planDepartment, planGrid, readProjectSheet } from "../../src/core/layout";
import { planSingleProject } from "../../src/core/layout/workbook";
import { blockRange } from "../../src/core/layout/plan";
import { insertSheets, queuePlan, readSheetGrid, sheetNames } from "../../src/hosts/excel";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { ExcelFake } from "../helpers/excel-fake";

describe("inserting the seed department", () => {
  let fake: ExcelFake;
  let sheets: string[];

  beforeEach(async () => {
    fake = new ExcelFake(["Sheet1", "汇总"]);
    fake.sheets[0].cells.set("1,1", { value: "我的数据" });
    ({ sheets } = await insertSheets(fake.run, (taken) => planDepartment(SEED_DEPARTMENT, taken)));
  });

  it("takes two syncs for all eleven sheets", () => {
    expect(fake.syncs).toBe(2);
    expect(sheets).toHaveLength(11);
  });

  it("never overwrites: an existing name gets a free variant, the user's sheet is untouched", () => {
    expect(sheets[sheets.length - 1]).toBe("汇总(2)");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "汇总", ...sheets]);
    expect([...fake.sheets[0].cells.entries()]).toEqual([["1,1", { value: "我的数据" }]]);
    expect(fake.calls.filter((c) => c.startsWith("Sheet1") || c.startsWith("汇总."))).toEqual([]);
    expect(fake.sheet(sheets[0]).active).toBe(true);
  });

  it("writes what the plans say, and reads back into the model", async () => {
    const sheet = fake.sheet("3.城镇社区工作经费");
    expect(sheet.cell(1, 1)?.value).toBe("3.城镇社区工作经费绩效目标表");
    expect(sheet.cell(11, 5)?.value).toBe("23 个");
    expect(sheet.cell(11, 8)?.formula).toBe("=PT.CHECK(G11,E11,B11)");
    const grid = await readSheetGrid(fake.run, "3.城镇社区工作经费");
    expect(readProjectSheet(grid)?.project).toEqual(SEED_DEPARTMENT.projects[2]);
    expect(fake.syncs).toBe(3);
  });

  it("links the summary to the sheets by their real names", () => {
    expect(fake.sheet("汇总(2)").cell(4, 4)?.formula).toBe("='1.城镇建设工作经费'!B5");
  });
});

describe("one project sheet", () => {
  const fake = new ExcelFake(["Sheet1"]);
  const plan = planSingleProject(SEED_DEPARTMENT, 4, ["Sheet1"]);

  beforeAll(async () => {
    await insertSheets(fake.run, () => [plan]);
  });

  it("takes two syncs", () => {
    expect(fake.syncs).toBe(2);
  });

  it("writes block-wise: one 2-D assignment per block, never cell by cell", () => {
    const writes = fake.calls.filter((c) => /\.(values|formulas)=$/.test(c));
    expect(writes).toEqual(
      plan.blocks.map(
        (b) =>
          `${blockRange(b)}.${b.rows.flat().some((c) => c !== null && typeof c === "object") ? "formulas" : "values"}=`
      )
    );
  });

  it("sets text formats before the values, so that =100% stays a text", () => {
    const textFormat = fake.calls.indexOf("A11:F17.numberFormat=");
    const tableValues = fake.calls.indexOf("A10:F17.values=");
    expect(textFormat).toBeGreaterThanOrEqual(0);
    expect(textFormat).toBeLessThan(tableValues);
    const sheet = fake.sheet(plan.name);
    expect(sheet.cell(12, 5)).toEqual({ value: "=100%", numberFormat: "@" });
  });

  it("merges, validates, colours and sets up printing as planned", () => {
    const sheet = fake.sheet(plan.name);
    expect(sheet.merges).toEqual(plan.merges);
    expect(sheet.validations.map((v) => v.range)).toEqual(plan.validations.map((v) => v.range));
    expect(sheet.validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: "产出指标,效益指标,满意度指标,成本指标" },
    });
    expect(sheet.conditionalFormats.map((c) => [c.range, c.formula])).toEqual(
      plan.conditionalFormats.map((c) => [c.range, `=${c.formula}`])
    );
    expect(sheet.printArea).toBe("A1:F17");
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sheet.cells.size).toBeGreaterThan(100);
    expect(planGrid(plan)[0][0]).toBe(sheet.cell(1, 1)?.value);
  });

  it("makes about as many proxy calls for seventy indicators as for seven", async () => {
    const long = structuredClone(SEED_DEPARTMENT);
    const rows = long.projects[3].indicators;
    while (rows.length < 70) rows.splice(1, 0, { ...rows[1], level3: `补充指标${rows.length}` });
    const longFake = new ExcelFake(["Sheet1"]);
    await insertSheets(longFake.run, (taken) => [planSingleProject(long, 4, taken)]);
    expect(longFake.calls.length - fake.calls.length).toBeLessThan(10);
    expect(longFake.syncs).toBe(2);
  });
});

describe("the fake follows Office.js where the host relies on it", () => {
  it("refuses to read names before a sync", async () => {
    const fake = new ExcelFake();
    await expect(
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        return sheets.items.length;
      })
    ).rejects.toThrow(/PropertyNotLoaded/);
  });

  it("fails at sync when a sheet's name exists, as Excel does: the host must look first", async () => {
    const fake = new ExcelFake(["1.城镇建设工作经费"]);
    const plan = planDepartment(SEED_DEPARTMENT)[1];
    await expect(
      fake.run(async (context) => {
        queuePlan(context, plan);
        await context.sync();
      })
    ).rejects.toThrow(/ItemAlreadyExists/);
  });

  it("refuses a values array of the wrong size", async () => {
    const fake = new ExcelFake(["S"]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2]];
      })
    ).rejects.toThrow(/InvalidArgument/);
  });

  it("lists sheet names in one sync", async () => {
    const fake = new ExcelFake(["A", "B"]);
    expect(await sheetNames(fake.run)).toEqual(["A", "B"]);
    expect(fake.syncs).toBe(1);
  });
});
