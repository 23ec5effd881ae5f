import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { importIndicatorTable, importPublishedText, parseDelimited } from "../../src/core/import";
import { planDepartment } from "../../src/core/layout";
import { readDepartment } from "../../src/core/layout/read-department";
import { insertSheets, readSheetGrid } from "../../src/hosts/excel";
import { readGrid, readXlsx, writeXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { ExcelFake } from "../helpers/excel-fake";

const seedText = readFileSync(
  join(__dirname, "..", "..", "samples", "seed-zhengding-2023.txt"),
  "utf8"
);

describe("importing the seed", () => {
  const { department, diagnostics } = importPublishedText(seedText);

  it("reads every field of every project exactly as written out by hand", () => {
    expect(diagnostics).toEqual([]);
    expect(department).toEqual(SEED_DEPARTMENT);
  });

  it("finds nine projects whose budgets sum to 4133.62 万元", () => {
    expect(department.projects).toHaveLength(9);
    const total = department.projects.reduce((sum, p) => sum + (p.budget ?? 0), 0);
    expect(Math.round(total * 100) / 100).toBe(4133.62);
  });

  it("rejoins what the PDF extraction wrapped", () => {
    expect(department.projects[0].code).toBe("13012323P00000210777A");
    expect(department.projects[7].goals).toEqual([
      "确保治安防控工作到位，社会稳定，治安秩序良好。",
      "确保不出现越级访、集体访事件",
    ]);
    expect(department.projects[3].indicators[3].basis).toBe("2020 年最低生活保障");
    expect(department.projects[1].indicators[1].level3).toBe("各项支付工作完成率");
    expect(department.overview.measures[3]).toBe(
      "加强绩效监控。积极开展绩效运行监控，发现问题及时采取措施，确保绩效目标如期保质实现。"
    );
  });
});

describe("documents the extraction broke further", () => {
  const lines = seedText.split("\n");

  it("reads across a page break inside a table (page number, repeated header)", () => {
    const at = lines.findIndex((l) => l === "时效指标");
    const broken = [
      ...lines.slice(0, at),
      "",
      "- 2 -",
      "",
      " 一级指标 二级指标 三级指标 绩效指标描述 指标值",
      "指标值确定",
      "依据",
      ...lines.slice(at),
    ];
    const { department, diagnostics } = importPublishedText(broken.join("\n"));
    expect(diagnostics).toEqual([]);
    expect(department.projects[0]).toEqual(SEED_DEPARTMENT.projects[0]);
  });

  it("reads other funds when the document has them", () => {
    const text = seedText
      .replace("预算数 23.00", "预算数 25.00")
      .replace("23.00 其他资金\n", "23.00 其他资金 2.00\n");
    const project = importPublishedText(text).department.projects[0];
    expect([project.budget, project.fiscalFunds, project.otherFunds]).toEqual([25, 23, 2]);
  });

  it("says what it could not read, with the line, and keeps the rest", () => {
    const text = seedText
      .replace("预算数 230.00", "预算数 二百三十")
      .replace("0 76.00 153.00 230.00", "76.00 153.00 230.00");
    const { department, diagnostics } = importPublishedText(text);
    const budgetLine = text.split("\n").findIndex((l) => l.startsWith("预算数 二百三十")) + 1;
    const planLine = text.split("\n").findIndex((l) => l === "76.00 153.00 230.00") + 1;
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: budgetLine, message: "预算数“二百三十”不是金额" }),
      expect.objectContaining({
        line: planLine,
        message: "累计支出资金有 4 个检查点，但读到 3 个金额；按顺序填入",
      }),
      expect.objectContaining({ message: "“城镇社区党建惠民工程专项经费”没有预算数" }),
    ]);
    expect(department.projects[1].budget).toBeNull();
    expect(department.projects[1].indicators).toEqual(SEED_DEPARTMENT.projects[1].indicators);
    expect(department.projects).toHaveLength(9);
  });

  it("refuses text that holds no project table at all with one message", () => {
    const { diagnostics } = importPublishedText("随便一段文字\n没有表格");
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 1, severity: "error", rule: "import/text" }),
    ]);
    expect(diagnostics[0].message).toMatch(/^没有找到任何项目绩效目标表：.*1\.某某经费绩效目标表/);
    expect(diagnostics[0].message).toMatch(/PDF.*\.html.*工作簿/);
    expect(importPublishedText("").department.projects).toEqual([]);
  });

  it("never throws on the seed with lines deleted, duplicated or split, and every diagnostic names a real line", () => {
    const source = seedText.split("\n");
    const edit = fc.record({
      at: fc.nat({ max: source.length - 1 }),
      kind: fc.constantFrom("delete", "duplicate", "split"),
      cut: fc.nat({ max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const lines = [...source];
        for (const { at, kind, cut } of edits) {
          const i = Math.min(at, lines.length - 1);
          if (kind === "delete") lines.splice(i, 1);
          else if (kind === "duplicate") lines.splice(i, 0, lines[i]);
          else lines.splice(i, 1, lines[i].slice(0, cut), lines[i].slice(cut));
        }
        const { department, diagnostics } = importPublishedText(lines.join("\n"));
        expect(Array.isArray(department.projects)).toBe(true);
        for (const d of diagnostics) {
          expect(Number.isInteger(d.line)).toBe(true);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines.length);
          expect(lines[(d.line as number) - 1].trim()).not.toBe("");
          expect(d.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 300 }
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(() => importPublishedText(text)).not.toThrow();
      }),
      { numRuns: 500 }
    );
  });
});

describe("round trips", () => {
  it("seed text → model → .xlsx → read back → the same model", async () => {
    const { department } = importPublishedText(seedText);
    const workbook = await readXlsx(await writeXlsx(planDepartment(department)));
    const read = readDepartment(
      workbook.worksheets.map((s) => ({ name: s.name, grid: readGrid(s) }))
    );
    expect(read.problems).toEqual([]);
    expect(read.department).toEqual(department);
  });

  it("seed text → model → Excel (recording fake) → read back → the same model", async () => {
    const { department } = importPublishedText(seedText);
    const fake = new ExcelFake(["Sheet1"]);
    const { sheets } = await insertSheets(fake.run, (taken) => planDepartment(department, taken));
    const grids = [];
    for (const name of sheets) grids.push({ name, grid: await readSheetGrid(fake.run, name) });
    expect(readDepartment(grids).department).toEqual(department);
  });

  it("reads a workbook a person has edited: values changed, rows added and removed, a sheet renamed", async () => {
    const workbook = await readXlsx(await writeXlsx(planDepartment(SEED_DEPARTMENT)));
    const first = workbook.worksheets[1];
    first.name = "城建经费（改）";
    first.getCell("B5").value = 25;
    first.getCell("E11").value = "≥98%";
    // Remove 社会治安's 时效 row (row 13), and add a row to 退役军人's table.
    workbook.worksheets[8].spliceRows(13, 1);
    workbook.worksheets[9].spliceRows(18, 0, [
      "满意度指标",
      "服务对象满意度指标",
      "家属满意度",
      "家属满意度",
      "≥90%",
      "以往经验",
    ]);
    const read = readDepartment(
      workbook.worksheets.map((s) => ({ name: s.name, grid: readGrid(s) }))
    );
    const [p1, , , , , , , p8, p9] = read.department.projects;
    expect(read.projectSheets[0]).toBe("城建经费（改）");
    expect(p1.budget).toBe(25);
    expect(p1.indicators[0].value).toBe("≥98%");
    expect(p8.indicators.map((r) => r.level2)).not.toContain("时效指标");
    expect(p8.indicators).toHaveLength(SEED_DEPARTMENT.projects[7].indicators.length - 1);
    expect(p9.indicators[p9.indicators.length - 1]).toMatchObject({
      level3: "家属满意度",
      value: "≥90%",
    });
    expect(read.department.overview).toEqual(SEED_DEPARTMENT.overview);
  });
});

describe("importing indicator tables", () => {
  it("reads rows pasted from a spreadsheet, with merged 一级 / 二级 cells left empty", () => {
    const pasted = [
      "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据",
      "产出指标\t数量指标\t改造小区数\t≥5个\t计划标准",
      "\t\t改造户数\t≥300户\t计划标准",
      "\t质量指标\t验收合格率\t=100%\t行业标准",
      "满意度指标\t服务对象满意度指标\t居民满意度\t≥90%\t其他标准",
    ].join("\n");
    const { indicators, diagnostics } = importIndicatorTable(parseDelimited(pasted));
    expect(diagnostics).toEqual([]);
    expect(indicators.map((r) => [r.level1, r.level2, r.level3, r.value])).toEqual([
      ["产出指标", "数量指标", "改造小区数", "≥5个"],
      ["产出指标", "数量指标", "改造户数", "≥300户"],
      ["产出指标", "质量指标", "验收合格率", "=100%"],
      ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ]);
  });

  it("puts 指标性质 / 指标值 / 度量单位 back together, in the 2021 tree", () => {
    const grid = [
      ["项目支出绩效目标表"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标方向"],
      ["成本指标", "经济成本指标", "人均补助标准", "≤", "766", "元/人", "反向"],
      ["产出指标", "数量指标", "补助人数", "=", "10", "人", "正向"],
      [null, "时效指标", "发放及时性", "定性", "及时", null, null],
      ["效益指标", "社会效益指标", "生活水平", null, "5", "%", "正向"],
    ];
    const { indicators, diagnostics } = importIndicatorTable(grid, "导出");
    // The title above the header and the comparator taken from 指标方向 are said, not silent.
    expect(diagnostics.map((d) => [d.rule, d.severity, d.cell])).toEqual([
      ["import/unplaced", "info", "A1"],
      ["import/direction", "info", "G6"],
    ]);
    expect(indicators.map((r) => r.value)).toEqual(["≤766元/人", "=10人", "及时", "≥5%"]);
    expect(indicators[2].level1).toBe("产出指标");
  });

  it("names the cell of every problem and keeps the row", () => {
    const grid = [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "", "≥"],
      ["产出指标", "数目指标", "培训人次", "≥100人次"],
      ["注：本表由财政部门审核"],
    ];
    const { indicators, diagnostics } = importIndicatorTable(grid, "表1");
    expect(indicators).toHaveLength(2);
    const row = (r: number, column: string) => ({ kind: "indicator", project: 0, row: r, column });
    expect(diagnostics).toEqual([
      {
        rule: "import/level3",
        severity: "warning",
        sheet: "表1",
        cell: "C2",
        message: "三级指标为空",
        at: row(0, "level3"),
      },
      {
        rule: "import/value",
        severity: "warning",
        sheet: "表1",
        cell: "D2",
        message: "指标值“≥”缺少数值，例如 ≥95%",
        at: row(0, "value"),
      },
      {
        rule: "import/level2",
        severity: "warning",
        sheet: "表1",
        cell: "B3",
        message: "二级指标“数目指标”不在指标体系中",
        at: row(1, "level2"),
      },
      {
        rule: "import/not-a-row",
        severity: "warning",
        sheet: "表1",
        cell: "A4",
        message: "“注：本表由财政部门审核”不是指标行，已忽略",
      },
    ]);
  });

  it("says when there is no header to go by", () => {
    expect(importIndicatorTable([["a", "b"]]).diagnostics[0].message).toMatch(/没有找到表头/);
  });

  it("reads quoted CSV", () => {
    expect(parseDelimited('一级指标,"三级,指标",指标值\n产出指标,"说""明""",≥1')).toEqual([
      ["一级指标", "三级,指标", "指标值"],
      ["产出指标", '说"明"', "≥1"],
    ]);
  });
});
