/**
 * The budget system's flat layout both ways: the export's rows read back to the same model in every
 * column set, numeric 计算符号, codes checked against names, a vendor's template with merged header
 * cells (written here with ExcelJS) imported. The layout's rules as data: flat-rules.test.ts.
 */
import ExcelJS from "exceljs";
import { importSheets } from "../../../src/core/import";
import { planFlat } from "../../../src/core/layout/flat";
import { FLAT_COLUMN_SETS } from "../../../src/core/layout/flat-columns";
import { planGrid, Scalar } from "../../../src/core/layout/plan";
import { planDepartment } from "../../../src/core/layout/workbook";
import { Department, emptyDepartment, emptyProject, Project } from "../../../src/core/model";
import { readSheetValues, readXlsx } from "../../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { carried, targetOf } from "../../helpers/flat-model";

const flatBack = (department: Department, set = FLAT_COLUMN_SETS.default) => {
  const { plan } = planFlat(department, set);
  return importSheets([{ name: plan.name, grid: planGrid(plan) }], "导入");
};

describe("the flat export read back", () => {
  it.each(Object.keys(FLAT_COLUMN_SETS))("gives the same model in the %s column set", (id) => {
    const back = flatBack(SEED_DEPARTMENT, FLAT_COLUMN_SETS[id]);
    expect(back.kind).toBe("flat");
    expect(back.diagnostics).toEqual([]);
    expect(carried(back.department.projects)).toEqual(carried(SEED_DEPARTMENT.projects));
    // 年度绩效目标 travels in the column set that has it.
    const goals = FLAT_COLUMN_SETS[id].columns.some((c) => c.field === "goals");
    expect(back.department.projects.map((p) => p.goals)).toEqual(
      SEED_DEPARTMENT.projects.map((p) => (goals ? p.goals : []))
    );
  });

  it("keeps the 2021 tree, deadlines, remarks and amounts read from sentences", () => {
    const project: Project = {
      ...emptyProject("道路养护"),
      code: "P2024001",
      indicators: [
        ["成本指标", "经济成本指标", "每公里养护成本", "≤3.5万元/公里", ""],
        ["产出指标", "时效指标", "完工时间", "2024年11月底前", "计划标准"],
        ["产出指标", "质量指标", "验收合格率", "≥95%(行业标准)", ""],
        ["产出指标", "数量指标", "培训次数", "全年至少开展5次", ""],
        ["效益指标", "可持续影响指标", "道路使用年限", "≥10年", ""],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "历史标准"],
      ].map(([level1, level2, level3, value, basis]) => ({
        level1,
        level2,
        level3,
        description: "",
        value,
        basis,
      })),
    };
    const department = { ...emptyDepartment([project]), unitCode: "901", unitName: "交通局" };
    const { plan, problems } = planFlat(department);
    const grid = planGrid(plan);
    expect(grid[1].slice(2, 6)).toEqual(["14", "成本指标", "140001", "经济成本指标"]);
    expect(grid[2].slice(8, 11)).toEqual(["≤", "2024.11.30", ""]);
    // The remark goes to 指标值确定依据, said at that cell.
    expect(grid[3].slice(8, 12)).toEqual(["≥", "95", "%", "行业标准"]);
    expect(problems.map((p) => [p.rule, p.cell])).toEqual([
      ["export/note", "L4"],
      ["export/prose", "I5"],
    ]);
    const back = flatBack(department);
    expect(back.diagnostics).toEqual([]);
    const expected = carried([project]);
    expected[0].indicators[2] = {
      ...expected[0].indicators[2],
      basis: "行业标准",
      value: targetOf("≥95%"),
    };
    expect(carried(back.department.projects)).toEqual(expected);
    // The unit travels in the column set that has it.
    const whole = flatBack(department, FLAT_COLUMN_SETS.whole).department;
    expect([whole.unitCode, whole.unitName]).toEqual(["901", "交通局"]);
  });

  it("writes 计算符号 as numeric codes in the numeric set", () => {
    const { plan } = planFlat(SEED_DEPARTMENT, FLAT_COLUMN_SETS.numeric);
    const grid = planGrid(plan);
    const natures = new Set(grid.slice(1).map((row) => row[8]));
    // The seed has ≥, =, 定性 and values without a sign.
    expect([...natures].sort()).toEqual(["", "1", "3", "6"]);
  });

  it("says where the layout cannot carry a row as it stands", () => {
    const project: Project = {
      ...emptyProject("未编码项目"),
      indicators: [
        {
          level1: "管理指标",
          level2: "数量指标",
          level3: "a",
          description: "",
          value: "90%-100%",
          basis: "",
        },
        {
          level1: "效益指标",
          level2: "数量指标",
          level3: "b",
          description: "",
          value: "",
          basis: "",
        },
      ],
    };
    const { problems } = planFlat(emptyDepartment([project, emptyProject("空项目")]));
    expect(problems.map((p) => [p.rule, p.cell ?? "", p.at])).toEqual([
      ["export/no-indicators", "", { kind: "project", project: 1 }],
      ["export/no-code", "A2", { kind: "indicator", project: 0, row: 0 }],
      ["export/level1-code", "C2", { kind: "indicator", project: 0, row: 0, column: "level1" }],
      ["export/range", "I2", { kind: "indicator", project: 0, row: 0, column: "value" }],
      ["export/no-code", "A3", { kind: "indicator", project: 0, row: 1 }],
      ["export/level2-code", "E3", { kind: "indicator", project: 0, row: 1, column: "level2" }],
      ["export/empty-value", "I3", { kind: "indicator", project: 0, row: 1, column: "value" }],
    ]);
  });
});

describe("the flat layout as a vendor writes it", () => {
  const header = [
    "项目代码",
    "项目名称",
    "一级指标代码",
    "一级指标名称",
    "二级指标代码",
    "二级指标名称",
    "三级指标代码",
    "三级指标名称",
    "绩效指标说明",
    "计算符号",
    "指标值",
    "计量单位",
    "指标顺序码",
  ];
  const row = (
    code: string,
    name: string,
    l1: [string, string],
    l2: [string, string],
    l3: string,
    nature: Scalar,
    value: Scalar,
    unit: string,
    order: number
  ): Scalar[] => [code, name, ...l1, ...l2, "", l3, `${l3}说明`, nature, value, unit, order];

  it("reads the numeric 计算符号 codes 1–6 as the signs", () => {
    const grid: Scalar[][] = [
      header,
      ...(["1", "2", "3", "4", 5, "6"] as Scalar[]).map((code, i) =>
        row(
          "P1",
          "甲项目",
          ["1", "产出指标"],
          ["11", "数量指标"],
          `指标${i}`,
          code,
          i === 5 ? "及时" : 10,
          "个",
          i + 1
        )
      ),
    ];
    const read = importSheets([{ name: "导入", grid }], "x");
    expect(read.diagnostics).toEqual([]);
    expect(read.department.projects[0].indicators.map((i) => i.value)).toEqual([
      "≥10个",
      ">10个",
      "=10个",
      "<10个",
      "≤10个",
      "及时",
    ]);
  });

  it("reports a name that does not fit its code at the cell and keeps the name as written", () => {
    const grid: Scalar[][] = [
      header,
      row("P1", "甲项目", ["2", "产出指标"], ["11", "数量指标"], "人数", "1", 5, "人", 1),
      row("P1", "甲项目", ["1", "产出"], ["12", ""], "合格率", "1", 95, "%", 2),
      row("P1", "乙项目", ["3", "满意度指标"], ["31", "服务对象满意度"], "满意度", "1", 90, "%", 3),
    ];
    const read = importSheets([{ name: "导入", grid }], "x");
    const [project] = read.department.projects;
    expect(read.department.projects).toHaveLength(1);
    expect(project.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ["产出指标", "数量指标"], // as written, though code 2 is 效益指标
      ["产出指标", "质量指标"], // short name and empty name filled from the codes
      ["满意度指标", "服务对象满意度指标"],
    ]);
    expect(read.diagnostics.map((p) => [p.rule, p.sheet, p.cell, p.at])).toEqual([
      [
        "import/code-mismatch",
        "导入",
        "D2",
        { kind: "indicator", project: 0, row: 0, column: "level1" },
      ],
      [
        "import/code-parent",
        "导入",
        "E2",
        { kind: "indicator", project: 0, row: 0, column: "level2" },
      ],
      [
        "import/name-from-code",
        "导入",
        "F3",
        { kind: "indicator", project: 0, row: 1, column: "level2" },
      ],
      ["import/project-name", "导入", "B4", { kind: "indicator", project: 0, row: 2 }],
    ]);
    expect(read.diagnostics[0].message).toContain("“2”是“效益指标”");
  });

  it("groups rows into projects by code, by name where there is none", () => {
    const grid: Scalar[][] = [
      header,
      row("P1", "甲项目", ["1", "产出指标"], ["11", "数量指标"], "a", "1", 1, "个", 1),
      row("", "乙项目", ["1", "产出指标"], ["11", "数量指标"], "b", "1", 1, "个", 1),
      row("P1", "甲项目", ["1", "产出指标"], ["12", "质量指标"], "c", "1", 1, "个", 2),
      row("P3", "乙项目", ["1", "产出指标"], ["12", "质量指标"], "d", "1", 1, "个", 2),
      row("", "", ["3", "满意度指标"], ["31", "服务对象满意度指标"], "e", "1", 90, "%", 3),
    ];
    const read = importSheets([{ name: "导入", grid }], "x");
    expect(
      read.department.projects.map((p) => [p.code, p.name, p.indicators.map((i) => i.level3)])
    ).toEqual([
      ["P1", "甲项目", ["a", "c"]],
      ["P3", "乙项目", ["b", "d", "e"]],
    ]);
    // A row naming no project goes with the row above, and says so.
    expect(read.diagnostics.map((p) => [p.rule, p.cell, p.at])).toEqual([
      ["import/no-project", "A6", { kind: "indicator", project: 1, row: 2 }],
    ]);
  });

  it("imports a template with merged header cells, a title and merged project cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("项目绩效目标");
    sheet.getCell("A1").value = "2024年项目支出绩效目标导入模板";
    sheet.mergeCells("A1:L1");
    const top = [
      "项目",
      null,
      "一级指标",
      null,
      "二级指标",
      null,
      "三级指标",
      null,
      "绩效指标说明",
      "指标值",
      null,
      null,
      "指标值确定依据",
    ];
    const sub = [
      "代码",
      "名称",
      "代码",
      "名称",
      "代码",
      "名称",
      "代码",
      "名称",
      null,
      "计算符号",
      "指标值",
      "计量单位",
      null,
    ];
    sheet.addRow([]); // row 2 is the top header after the title; addRow appends
    top.forEach((v, c) => v && (sheet.getCell(2, c + 1).value = v));
    sub.forEach((v, c) => v && (sheet.getCell(3, c + 1).value = v));
    for (const range of ["A2:B2", "C2:D2", "E2:F2", "G2:H2", "J2:L2", "I2:I3", "M2:M3"])
      sheet.mergeCells(range);
    const data: Scalar[][] = [
      [
        "13012323P0001",
        "城镇建设工作经费",
        "1",
        "产出指标",
        "11",
        "数量指标",
        "110001",
        "完成安排工作的数量",
        "完成安排工作",
        "1",
        "95",
        "%",
        "以往经验",
      ],
      [
        null,
        null,
        "1",
        "产出指标",
        "13",
        "时效指标",
        "",
        "完成时间",
        "",
        "5",
        "2024年11月",
        "",
        "计划标准",
      ],
      [
        null,
        null,
        "3",
        "满意度指标",
        "31",
        "服务对象满意度指标",
        "",
        "群众满意度",
        "",
        "6",
        "较满意",
        "",
        "",
      ],
      [
        "13012323P0002",
        "社区工作经费",
        "2",
        "效益指标",
        "22",
        "社会效益指标",
        "",
        "服务水平",
        "",
        "6",
        "有所提升",
        "",
        "以往经验",
      ],
    ];
    data.forEach((values, i) =>
      values.forEach((v, c) => v !== null && (sheet.getCell(4 + i, c + 1).value = v))
    );
    sheet.mergeCells("A4:A6");
    sheet.mergeCells("B4:B6");
    const file = await workbook.xlsx.writeBuffer();
    const sheets = (await readXlsx(file as ArrayBuffer)).worksheets.map(readSheetValues);
    const read = importSheets(sheets, "模板");
    expect(read.kind).toBe("flat");
    expect(
      read.department.projects.map((p) => [
        p.code,
        p.name,
        p.indicators.map((i) => [i.level1, i.level2, i.level3, i.value, i.basis]),
      ])
    ).toEqual([
      [
        "13012323P0001",
        "城镇建设工作经费",
        [
          ["产出指标", "数量指标", "完成安排工作的数量", "≥95%", "以往经验"],
          ["产出指标", "时效指标", "完成时间", "≤2024年11月", "计划标准"],
          ["满意度指标", "服务对象满意度指标", "群众满意度", "较满意", ""],
        ],
      ],
      [
        "13012323P0002",
        "社区工作经费",
        [["效益指标", "社会效益指标", "服务水平", "有所提升", "以往经验"]],
      ],
    ]);
    // The title is said, the indicator library's codes are counted, nothing else is unread.
    expect(read.diagnostics.map((p) => [p.rule, p.cell])).toEqual([
      ["import/unplaced", "A1"],
      ["import/extra-column", "G3"],
    ]);
  }, 60_000);

  it("leaves a form sheet to the form reader and reads both", () => {
    const [first] = SEED_DEPARTMENT.projects;
    const forms = planDepartment({ ...SEED_DEPARTMENT, projects: [first] }).map((p) => ({
      name: p.name,
      grid: planGrid(p),
    }));
    const flat = planFlat({
      ...SEED_DEPARTMENT,
      projects: SEED_DEPARTMENT.projects.slice(1, 3),
    }).plan;
    const read = importSheets([...forms, { name: flat.name, grid: planGrid(flat) }], "x");
    expect(read.department.projects.map((p) => p.name)).toEqual(
      SEED_DEPARTMENT.projects.slice(0, 3).map((p) => p.name)
    );
    expect(read.department.unitName).toBe(SEED_DEPARTMENT.unitName);
    expect(read.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});
