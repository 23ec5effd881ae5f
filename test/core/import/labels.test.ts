/**
 * Labels as the provinces' forms write them: a table of spellings seen in real forms, each with the
 * field it names (read by the one label table, label-table.ts), texts that are values and must not
 * read as labels, and the sheet form reader on a Hunan-style 申报表 pasted from a web page, on a
 * label it does not know, and on a header block and an indicator table stacked with blank rows
 * between them.
 */
import { importText, readProjectForm, readProjectForms } from "../../../src/core/import";
import { formLabel, LabelKind, looksLikeLabel } from "../../../src/core/import/labels";
import type { Scalar } from "../../../src/core/layout/plan";
import { HUNAN_GRID, HUNAN_PROJECT } from "../../fixtures/forms/hunan";

/** [label as written, the kind it names]. Sources in the comments above each group. */
const SPELLINGS: [string, LabelKind][] = [
  // 湖南: the 项目支出绩效目标申报表 pasted from a web page (issue 16), spaces and breaks as pasted.
  ["项目支出名称", "name"],
  ["预算部门", "department"],
  ["年度本级 预算金额", "local"],
  ["该项目支出上级资金", "upper"],
  ["项目支出实施期", "unmodelled"],
  ["实施期绩效目标", "periodGoals"],
  ["本年度绩效目标", "goals"],
  // 湖南: 宁乡市坝塘镇 项目绩效目标表（2021年度）, renrendoc.com/paper/307484460.html.
  ["项目单位", "unit"],
  ["主管部门编码", "department"],
  ["年度资金总额及构成", "group"],
  ["总额", "budget"],
  ["其中:上级财政资金", "upper"],
  ["本级财政", "local"],
  ["二、自有资金", "otherPart"],
  ["长期目标", "periodGoals"],
  // 河北: 正定县城区街道办事处 2023 (the seed, samples/seed-zhengding-2023.txt), as pdftotext wraps it.
  ["项目编码", "code"],
  ["预算规模及\n资金用途", "purpose"],
  ["预算数", "budget"],
  ["其中：财政\n资金", "fiscal"],
  ["其他资金", "other"],
  ["累计支出资金", "schedule"],
  ["绩效目标", "goals"],
  // 陕西: 佳县财政支出项目绩效目标申报表 (2016), docx.baby/p/20793843881926.html.
  ["项目属性", "unmodelled"],
  ["项目实施单位", "unit"],
  ["联系电话", "ignored"],
  ["项目起止时间", "unmodelled"],
  ["项目资金申请（万元）", "group"],
  ["资金总额：", "budget"],
  ["财政拨款：", "fiscal"],
  ["事业收入：", "otherPart"],
  ["经营性收入：", "otherPart"],
  ["单位职能概述", "unmodelled"],
  ["项目概况", "purpose"],
  ["年度目标", "goals"],
  // 黑龙江: 大庆市部门预算项目支出绩效目标申报表, m.zixin.com.cn/doc/3995614.html.
  ["项目负责人", "unmodelled"],
  ["项目类别", "unmodelled"],
  ["本年度申请金额", "budget"],
  ["政府性基金拨款", "fiscalPart"],
  ["上年结转", "carried"],
  ["事业基金弥补差额", "otherPart"],
  // 山西: 阳泉市市级部门预算项目支出绩效目标申报表 (2015), 35331.cn (mlhd_5opwb5rjdh797950lpza3sk4u09qm100fhl).
  ["本级财政拨款", "local"],
  ["上级财政拨款", "upper"],
  ["自筹资金", "otherPart"],
  // 四川: 青神县 部门预算项目支出绩效自评表 2023 (test/fixtures/references/selfeval-sichuan-qingshen-2023.txt).
  ["主管部门", "department"],
  ["实施单位 (盖章)", "unit"],
  ["项目年度目标", "goals"],
  // 安徽: 池州市贵池区 项目支出绩效自评表 2022 (test/fixtures/references/selfeval-anhui-chizhou-guichi-2022.txt).
  ["项目资金 (万元)", "group"],
  ["年度资金总额:", "budget"],
  ["其中:本年财政拨款", "fiscal"],
  ["上年结转资金", "carried"],
  ["年度总体目标", "goals"],
  // 财政支出绩效目标申报表（2021年度）, gxglmes.com/templets/default/2021yusuan/sqb.files/sheet001.htm.
  ["主管部门名称", "department"],
  ["一般公共预算拨款:", "fiscalPart"],
  ["国有资本经营预算拨款:", "fiscalPart"],
  ["上年结余收入:", "carried"],
  ["年度目标(450字内)", "goals"],
  ["项目起止时间(如20190101)", "unmodelled"],
  // 财预〔2021〕101号 项目支出绩效目标申报表 (test/fixtures/layouts/declaration.ts).
  ["主管部门及代码", "department"],
  ["实施单位", "unit"],
  ["其中：财政拨款", "fiscal"],
  // 绩效目标申报表（参考模板）附2-2-1 (a county's reference template, pages corpus, no address kept).
  ["项目负责人及电话", "unmodelled"],
  ["资金情况 (万元)", "group"],
  // A city's 项目支出绩效目标申报表 (renrendoc, pages corpus): 市财政资金, 总目标 / 本年度目标.
  ["其中:市财政资金", "fiscal"],
  ["总目标", "periodGoals"],
  ["本年度目标", "goals"],
  ["项目预算（万元）", "group"],
  // 财政支出项目绩效目标申报表（范本）, boteman.cn/paper/97320058.html.
  ["单位代码", "unitCode"],
  ["单位名称", "unit"],
  ["功能科目编码", "unmodelled"],
  ["项目总体绩效目标 (长期目标)", "periodGoals"],
  ["项目年度绩效目标 (定量目标)", "goals"],
  ["是否新增", "unmodelled"],
];

describe("label spellings of real forms", () => {
  it("holds at least 30 spellings from at least five provinces", () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(SPELLINGS)("“%s” names %s", (label, kind) => {
    expect(formLabel(label)?.kind).toBe(kind);
  });

  it("reads a label whatever its spaces, breaks, full-width forms and trailing colon", () => {
    for (const label of ["项 目 名 称", "项目\n名称", "项目名称：", "项目名称:", "项目名称 ："])
      expect(formLabel(label)?.kind).toBe("name");
    expect(formLabel("年度资金总额（元）")).toMatchObject({ kind: "budget", unit: "元" });
    expect(formLabel("其中：上级财政资金")).toMatchObject({ kind: "upper", part: true });
    expect(formLabel("该项目支出上级资金")).toMatchObject({ kind: "upper", part: false });
  });

  it.each([
    "城乡最低生活保障资金",
    "某县民政局",
    "某县社会救助服务中心",
    "≥95%",
    "2024年1月-2024年12月",
    "13012323P0000021077",
    "计划标准",
    "一级指标",
    "指标值",
  ])("does not take the value “%s” for a label", (text) => {
    expect(formLabel(text)).toBeNull();
  });

  it("tells a label it does not know by its ending, and a value by its digits or length", () => {
    expect(looksLikeLabel("项目支出类型")).toBe(false); // known: 项目类型 family
    expect(looksLikeLabel("资金管理办法名称")).toBe(true);
    expect(looksLikeLabel("绩效考核方式：")).toBe(true);
    expect(looksLikeLabel("城乡最低生活保障资金")).toBe(false);
    expect(looksLikeLabel("城乡最低生活保障资金", false)).toBe(true);
    expect(looksLikeLabel("2024年度项目金额")).toBe(false);
  });
});

describe("a Hunan-style 申报表 pasted from a web page", () => {
  const read = () => readProjectForm({ name: "申报表", grid: HUNAN_GRID });

  it("imports to one named project with its amounts, goals and indicators", () => {
    expect(readProjectForms({ name: "申报表", grid: HUNAN_GRID })).toHaveLength(1);
    expect(read()?.project).toEqual(HUNAN_PROJECT);
    expect(read()).toMatchObject({ unitName: "某县社会救助服务中心", year: 2024 });
  });

  it("says how it counted the money and what it did not import, each at its cell", () => {
    const problems = read()?.problems ?? [];
    const at = (rule: string) => problems.filter((p) => p.rule === rule).map((p) => p.cell);
    expect(at("import/funds")).toEqual(["B7", "B7", "D7"]);
    expect(problems.find((p) => p.cell === "D7")?.message).toMatch(/上级财政转移支付.*财政资金/);
    expect(at("import/unmodelled").sort()).toEqual(["A5", "A6", "A8", "D6"]);
    expect(problems.find((p) => p.cell === "A8")?.message).toMatch(/^“实施期绩效目标：保障/);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(at("import/unplaced")).toEqual([]);
  });

  it("two stacked, the second with 预算部门 above its name: two projects, each its own rows", () => {
    const second = HUNAN_GRID.map((row) => [...row]);
    [second[3], second[4]] = [second[4], second[3]];
    second[3][1] = "某县财政局";
    const forms = readProjectForms({ name: "合并", grid: [...HUNAN_GRID, [], ...second] });
    expect(forms.map((f) => f.project)).toEqual([HUNAN_PROJECT, HUNAN_PROJECT]);
    expect(forms[1].rows[0]).toBe(HUNAN_GRID.length + 1);
    expect(forms.flatMap((f) => f.problems).filter((p) => p.severity === "error")).toEqual([]);
  });

  it("takes the 实施期 goals where the year has none, and says so", () => {
    const grid = HUNAN_GRID.map((row) => [...row]);
    grid[7][3] = null;
    grid[8][3] = null;
    const form = readProjectForm({ name: "申报表", grid });
    expect(form?.project.goals).toEqual(["保障城乡低保对象基本生活，逐步提高保障标准。"]);
    expect(form?.problems).toContainEqual(
      expect.objectContaining({ rule: "import/period-goals", cell: "A8", severity: "warning" })
    );
  });
});

describe("a label the table does not know", () => {
  const table: Scalar[][] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "人数", "≥10人"],
  ];

  it("is reported with its cell and its value goes into no field", () => {
    const form = readProjectForm({
      name: "表",
      grid: [
        ["项目名称", null, "资金管理办法名称", "某办法"],
        ["预算数", null, "绩效考核方式：", "年终考核"],
        ...table,
      ],
    });
    expect(form?.project).toMatchObject({ name: "", budget: null });
    const unknown = form?.problems.filter((p) => p.rule === "import/unknown-label");
    expect(unknown?.map((p) => [p.cell, p.message])).toEqual([
      ["C1", "不认识的栏目“资金管理办法名称”，其值“某办法”未导入：它不对应目标表中的任何一项"],
      ["C2", "不认识的栏目“绩效考核方式”，其值“年终考核”未导入：它不对应目标表中的任何一项"],
    ]);
  });
});

describe("a header block and an indicator table one below the other", () => {
  const header: Scalar[][] = [
    ["项目名称", "社区办公经费", null, null],
    ["预算数", 12, "其中：财政资金", 12],
    ["年度绩效目标", "保障社区正常运转", null, null],
  ];
  const table: Scalar[][] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "保障社区数", "≥5个"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
  ];

  it.each([
    ["ruled as one", 0],
    ["one blank row between", 1],
    ["two blank rows between", 2],
  ])("%s: one project", (_, blanks) => {
    const gap: Scalar[][] = Array.from({ length: blanks }, () => [null, null, null, null]);
    const forms = readProjectForms({ name: "页", grid: [...header, ...gap, ...table] });
    expect(forms).toHaveLength(1);
    expect(forms[0].project).toMatchObject({ name: "社区办公经费", budget: 12, fiscalFunds: 12 });
    expect(forms[0].project.indicators.map((r) => r.level3)).toEqual(["保障社区数", "居民满意度"]);
    expect(forms[0].problems.filter((p) => p.rule === "import/unplaced")).toEqual([]);
  });

  it("two blank rows and the table's own title between: still one project", () => {
    const grid = [...header, [], ["项目绩效指标表"], [], ...table];
    const forms = readProjectForms({ name: "页", grid });
    expect(forms).toHaveLength(1);
    expect(forms[0].project.indicators).toHaveLength(2);
  });
});

describe("a 申报表 copied from a web page as tab-separated text", () => {
  it("is read by the form reader: one named project, not a bare table", () => {
    // A browser copies a table row per line, cells by tabs, a cell's line breaks as spaces.
    const grid = HUNAN_GRID.map((row) => row.map((v) => String(v ?? "").replace(/\n/g, " ")));
    grid[8][3] = "1.按时足额发放城乡低保金，保障困难群众基本生活。";
    const text = grid.map((row) => row.join("\t")).join("\n");
    const read = importText(text, "粘贴");
    expect(read.kind).toBe("form");
    expect(read.department.projects).toEqual([
      { ...HUNAN_PROJECT, goals: [HUNAN_PROJECT.goals[0]] },
    ]);
    expect(read.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a bare indicator table stays a table named by the paste", () => {
    const text = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t人数\t≥10人";
    const read = importText(text, "粘贴");
    expect(read.kind).toBe("table");
    expect(read.department.projects.map((p) => p.name)).toEqual(["粘贴"]);
  });
});
