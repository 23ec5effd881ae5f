/** The WPS host against a recording fake of the ET object model: values, merges, formats, names, read-back. */
import { planDepartment, readProjectSheet } from "../../src/core/layout";
import { planGrid } from "../../src/core/layout/plan";
import { planSingleProject } from "../../src/core/layout/workbook";
import { readDepartment } from "../../src/core/layout/read-department";
import {
  bgr,
  insertSheetsWps,
  readSheetGridWps,
  resolvedStyles,
  unions,
} from "../../src/hosts/wps";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { WpsFake } from "../helpers/wps-fake";

describe("the seed department in WPS", () => {
  const fake = new WpsFake(["Sheet1", "汇总"]);
  fake.sheets[0].cell(1, 1).value = "我的数据";
  let sheets: string[] = [];

  beforeAll(async () => {
    ({ sheets } = await insertSheetsWps(fake.application, (taken) =>
      planDepartment(SEED_DEPARTMENT, taken)
    ));
  });

  it("adds every sheet after the existing ones, never overwriting", () => {
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "汇总", ...sheets]);
    expect(sheets[sheets.length - 1]).toBe("汇总(2)");
    expect(fake.sheets[0].cells.size).toBe(1);
    expect(fake.sheets[0].at("A1")?.value).toBe("我的数据");
    expect(fake.sheet(sheets[0]).active).toBe(true);
  });

  it("writes values and formulas, with 指标值 like =100% kept as text", () => {
    const sheet = fake.sheet("4.居委会退休干部补助经费");
    expect(sheet.at("A1")?.value).toBe("4.居委会退休干部补助经费绩效目标表");
    expect(sheet.at("E12")).toMatchObject({ value: "=100%", format: { NumberFormat: "@" } });
    expect(sheet.at("E12")?.formula).toBeUndefined();
    expect(sheet.at("H12")?.formula).toBe("=PT.CHECK(G12,E12,B12)");
    expect(sheet.at("B5")).toMatchObject({ value: 9.2, format: { NumberFormat: "0.00" } });
  });

  it("merges, borders, fills (BGR), validation, conditional formats and print setup as planned", () => {
    const sheet = fake.sheet("1.城镇建设工作经费");
    const plan = planDepartment(SEED_DEPARTMENT)[1];
    expect(sheet.merges.sort()).toEqual([...plan.merges].sort());
    expect(fake.alertsDuringMerge.every((shown) => shown === false)).toBe(true);
    expect(fake.displayAlerts).toBe(true); // restored
    expect(sheet.at("A10")?.format).toMatchObject({
      "Interior.Color": bgr("#D9E1F2"),
      "Font.Bold": true,
      "Borders.LineStyle": 1,
    });
    expect(bgr("#D9E1F2")).toBe(0xf2e1d9);
    expect(sheet.at("A1")?.format).toMatchObject({ "Font.Size": 16, HorizontalAlignment: -4108 });
    expect(sheet.validations.map((v) => [v.address, v.type])).toEqual([
      ["A11:A16", 3],
      ["B11:B16", 3],
      ["B5:F5,B8:F8,C20:C23", 2],
    ]);
    expect(sheet.conditions.filter((c) => c.address === "H11:H16").map((c) => c.formula)).toEqual([
      '=$H11="达标"',
      '=$H11="未达标"',
      '=$H11="待评价"',
    ]);
    expect(sheet.page).toMatchObject({
      PrintArea: "A1:F16",
      PaperSize: 9,
      Orientation: 1,
      FitToPagesWide: 1,
    });
    expect(sheet.font).toEqual({ Name: "宋体", Size: 10.5 });
  });

  it("reads the department back", () => {
    const grids = sheets.map((name) => ({ name, grid: readSheetGridWps(fake.application, name) }));
    expect(readDepartment(grids).department).toEqual(SEED_DEPARTMENT);
    expect(readProjectSheet(grids[2].grid)?.project).toEqual(SEED_DEPARTMENT.projects[1]);
  });
});

interface Snapshot {
  cells: Record<string, { conditions?: string[] }>;
}

describe("conditional formats, read relative to the active cell as in VBA", () => {
  it("a rule typed for its range's top-left cell colours other rows when the cursor is at A1", () => {
    const fake = new WpsFake();
    const sheet = fake.application.ActiveWorkbook.Worksheets.Item(1) as Et.Worksheet;
    sheet.Range("H11:H16").FormatConditions.Add(2, undefined, '=$H11="达标"');
    const cells = (fake.sheets[0].snapshot() as Snapshot).cells;
    expect(cells.H11.conditions?.[0]).toMatch(/^=\$H21="达标"/);
  });

  it.each(["A1", "E9", "Z300"])("colour the right cells with the cursor at %s", async (cursor) => {
    const fake = new WpsFake();
    fake.newSheetActiveCell = cursor;
    const plan = planSingleProject(SEED_DEPARTMENT, 1, ["Sheet1"]);
    await insertSheetsWps(fake.application, () => [plan]);
    const cells = (fake.sheet(plan.name).snapshot() as Snapshot).cells;
    const red = `${bgr("#FFC7CE")} ${bgr("#9C0006")}`;
    for (let r = 11; r <= 16; r++) {
      expect(cells[`H${r}`].conditions).toEqual([
        `=$H${r}="达标" ${bgr("#C6EFCE")} ${bgr("#006100")}`,
        `=$H${r}="未达标" ${red}`,
        `=$H${r}="待评价" ${bgr("#FFEB9C")} ${bgr("#9C5700")}`,
      ]);
    }
    expect(cells.E8.conditions).toEqual([`=AND(ISNUMBER($E$8),ABS(N($E$8)-N($B$5))>0.005) ${red}`]);
    for (const cell of ["D20", "E23"])
      expect(cells[cell].conditions?.[1]).toMatch(
        new RegExp(`^=ISNUMBER\\(SEARCH\\("符合",\\$D${cell.slice(1)}\\)\\)`)
      );
  });
});

describe("bridge calls", () => {
  it("writes a project sheet in one Value2 assignment and a bounded number of calls", async () => {
    const fake = new WpsFake();
    const plan = planSingleProject(SEED_DEPARTMENT, 1, ["Sheet1"]);
    await insertSheetsWps(fake.application, () => [plan]);
    expect(fake.calls.filter((c) => c.endsWith(".Value2="))).toHaveLength(1);
    const cells = planGrid(plan).length * planGrid(plan)[0].length;
    // Grows with the distinct formats, not with the cells: seventy indicators cost the same.
    const long = structuredClone(SEED_DEPARTMENT);
    const rows = long.projects[0].indicators;
    while (rows.length < 70) rows.splice(1, 0, { ...rows[1], level3: `补充指标${rows.length}` });
    const longFake = new WpsFake();
    await insertSheetsWps(longFake.application, () => [planSingleProject(long, 1, ["Sheet1"])]);
    expect(longFake.calls.length - fake.calls.length).toBeLessThan(5);
    expect(cells).toBeGreaterThan(100);
  });
});

describe("grouping for the bridge", () => {
  it("resolves overlapping styles to what each cell ends with, as rectangles", () => {
    const groups = [
      ...resolvedStyles([
        { range: "A1:C2", style: { hAlign: "center", bold: true } },
        { range: "B1:B2", style: { hAlign: "left" } },
      ]).values(),
    ].map((g) => [g.key, g.value, g.ranges.sort()]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ["hAlign", "center", ["A1:A2", "C1:C2"]],
        ["hAlign", "left", ["B1:B2"]],
        ["bold", true, ["A1:C2"]],
      ])
    );
  });

  it("keeps multi-area addresses under 255 characters", () => {
    const many = Array.from({ length: 100 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const joined = unions(many);
    expect(joined.every((a) => a.length <= 255)).toBe(true);
    expect(joined.join(",").split(",")).toEqual(many);
  });
});
