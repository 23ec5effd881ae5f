/**
 * Indicator tables as the provinces write them, read by the table importer and by the form
 * reader's table: every header variant, split 指标值 columns, the 2021 tree, broken tables
 * reported at their cells, and no row ever shifted.
 */
import { isDeepStrictEqual } from "util";
import fc from "fast-check";
import {
  composeValue,
  headerField,
  importIndicatorTable,
  readProjectForm,
} from "../../src/core/import";
import { SheetValues } from "../../src/core/layout/workbook";
import { IndicatorRow } from "../../src/core/model";
import { layout, sheetsOf } from "../fixtures/layouts";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

/** Writing and reading a workbook takes a while on a busy machine. */
const SLOW = 60_000;
const clone = (sheet: SheetValues): SheetValues => structuredClone(sheet);

describe("header variants", () => {
  it.each([
    ["一级指标", "level1"],
    ["二级指标", "level2"],
    ["三级指标", "level3"],
    ["指标名称", "level3"],
    ["绩效指标描述", "description"],
    ["指标内容", "description"],
    ["指标值", "value"],
    ["年度指标值", "value"],
    ["指标值及单位", "value"],
    ["目标值", "value"],
    ["年度目标值", "value"],
    ["指标值确定依据", "basis"],
    ["指标值确定\n依据", "basis"],
    ["绩效标准", "basis"],
    ["指标值确定依据/绩效标准", "basis"],
    ["指标值确定依据（绩效标准）", "basis"],
    ["指标性质", "nature"],
    ["度量单位", "unit"],
    ["计量单位", "unit"],
    ["指标方向", "direction"],
    ["正向/反向", "direction"],
    ["评（扣）分标准", "reported"],
    ["分值", "reported"],
    ["备注", "reported"],
    ["序号", "quiet"],
    ["检查结果", "quiet"],
    ["指标类型", null],
  ])("“%s” names %s", (header, field) => {
    expect(headerField(header)).toBe(field);
  });

  it.each([["指标值"], ["年度指标值"], ["指标值及单位"], ["目标值"]])(
    "a table with “%s” reads its values",
    (header) => {
      const { indicators, diagnostics } = importIndicatorTable([
        ["一级指标", "二级指标", "三级指标", header, "绩效标准"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "计划标准"],
      ]);
      expect(diagnostics).toEqual([]);
      expect(indicators[0]).toMatchObject({ value: "≥100人次", basis: "计划标准" });
    }
  );

  it("passes over 序号, reports a column outside the model once and an unknown one as such", () => {
    const { indicators, diagnostics } = importIndicatorTable(
      [
        ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评（扣）分标准", "指标类型"],
        [1, "产出指标", "数量指标", "培训人次", "≥100人次", "少1人次扣1分", "定量"],
        [2, "产出指标", "质量指标", "合格率", "≥95%", "少1%扣1分", "定量"],
      ],
      "表"
    );
    expect(indicators.map((r) => r.level3)).toEqual(["培训人次", "合格率"]);
    expect(diagnostics.map((d) => [d.rule, d.severity, d.cell])).toEqual([
      ["import/extra-column", "info", "F1"],
      ["import/extra-column", "warning", "G1"],
    ]);
    expect(diagnostics[0].message).toBe("“评（扣）分标准”一栏不在目标表中，未导入（2 格）");
  });

  it("reads a header over two rows: 指标值 merged over 指标性质 / 指标值 / 度量单位", () => {
    const { indicators, diagnostics } = importIndicatorTable([
      ["一级指标", "二级指标", "三级指标", "指标值", null, null],
      [null, null, null, "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "补助人数", "=", 10, "人"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥", 90, "%"],
    ]);
    expect(diagnostics).toEqual([]);
    expect(indicators.map((r) => r.value)).toEqual(["=10人", "≥90%"]);
  });
});

describe("split 指标值 columns put back together", () => {
  const parts = (value: string, nature = "", unit = "", direction = "") => ({
    value,
    nature,
    unit,
    direction,
  });
  it.each<[ReturnType<typeof parts>, string, string[]]>([
    [parts("95", "≥", "%"), "≥95%", []],
    [parts("95", "大于等于", "%"), "≥95%", []],
    [parts("100", "＝", "%"), "=100%", []],
    [parts("及时", "定性", "", "正向"), "及时", []],
    [parts("766", "≤", "元/人", "反向"), "≤766元/人", []],
    [parts("5", "", "个"), "5个", []],
    [parts("≥95%", "", "%", "正向"), "≥95%", []],
    [parts("5", "", "%", "正向"), "≥5%", ["import/direction:info"]],
    [parts("766", "", "元/人", "反向"), "≤766元/人", ["import/direction:info"]],
    [parts("5", "定量", "个", "正向"), "≥5个", ["import/direction:info"]],
    [parts("95", "≥", "%", "反向"), "≥95%", ["import/direction:warning"]],
    [parts("≥95", "≤", "%"), "≥95%", ["import/nature:warning"]],
    [parts("及时", "≥"), "及时", ["import/nature:warning"]],
    [parts("5", "约", "个"), "5个", ["import/nature:warning"]],
    [parts("5", "", "个", "向上"), "5个", ["import/direction:warning"]],
  ])("%j → %s", (input, value, notes) => {
    const composed = composeValue(input);
    expect(composed.value).toBe(value);
    expect(composed.notes.map((n) => `${n.rule}:${n.severity}`)).toEqual(notes);
  });
});

describe("the 2021 tree", () => {
  it("takes 成本指标 as a 一级指标 with its three 二级, and reports a 二级 outside its branch", () => {
    const { indicators, diagnostics } = importIndicatorTable(
      [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["成本指标", "经济成本指标", "人均成本", "≤766元/人"],
        [null, "社会成本指标", "投诉事件", "=0起"],
        [null, "生态环境成本指标", "扬尘超标", "=0次"],
        ["产出指标", "经济成本指标", "补助人数", "≥10人"],
        [null, "成本指标", "单位成本", "≤5万元"],
      ],
      "表"
    );
    expect(indicators.map((r) => [r.level1, r.level2])).toEqual([
      ["成本指标", "经济成本指标"],
      ["成本指标", "社会成本指标"],
      ["成本指标", "生态环境成本指标"],
      ["产出指标", "经济成本指标"],
      ["产出指标", "成本指标"], // the 2015 tree's 成本指标 under 产出: accepted
    ]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: "import/level2",
        cell: "B5",
        message: "二级指标“经济成本指标”不属于一级指标“产出指标”",
        at: { kind: "indicator", project: 0, row: 3, column: "level2" },
      }),
    ]);
  });
});

describe("broken tables: each problem at its cell, the row kept as written", () => {
  let split: SheetValues;
  let declaration: SheetValues;
  beforeAll(async () => {
    split = (await sheetsOf(layout("split"), true))[0];
    declaration = (await sheetsOf(layout("declaration"), true))[0];
  }, SLOW);
  const problemsOf = (sheet: SheetValues) =>
    (readProjectForm(sheet)?.problems ?? []).filter((p) => p.severity !== "info");

  it("a value typed into the 依据 column", () => {
    const sheet = clone(declaration);
    sheet.grid[12][5] = sheet.grid[12][4]; // row 13: ≥98% into 指标值确定依据/绩效标准
    sheet.grid[12][4] = null;
    const read = readProjectForm(sheet);
    expect(read?.project.indicators[3]).toMatchObject({ value: "", basis: "≥98%" });
    expect(problemsOf(sheet).filter((p) => p.at?.kind === "indicator")).toEqual([
      expect.objectContaining({ rule: "import/empty-value", cell: "E13" }),
      expect.objectContaining({ rule: "import/wrong-column", cell: "F13" }),
    ]);
  });

  it("a value and its unit swapped in a split table", () => {
    const sheet = clone(split);
    [sheet.grid[8][4], sheet.grid[8][5]] = [sheet.grid[8][5], sheet.grid[8][4]];
    expect(readProjectForm(sheet)?.project.indicators[0].value).toBe("人");
    expect(problemsOf(sheet)).toEqual([
      expect.objectContaining({
        rule: "import/value",
        cell: "E9",
        message: "指标值“人”只有单位，缺少数值，例如 95人",
      }),
    ]);
  });

  it("an unknown 二级, an empty 指标值, an empty 三级 and a note in a column with no header", () => {
    const sheet = clone(split);
    sheet.grid[10][1] = "质量标准"; // B11
    sheet.grid[11][4] = null; // E12: 按月及时发放
    sheet.grid[13][2] = ""; // C14
    sheet.grid[14][9] = "待核实"; // J15, right of the table
    expect(problemsOf(sheet).map((p) => [p.rule, p.cell])).toEqual([
      ["import/level2", "B11"],
      ["import/empty-value", "E12"],
      ["import/level3", "C14"],
      ["import/unplaced", "J15"],
    ]);
    expect(readProjectForm(sheet)?.project.indicators[2].level2).toBe("质量标准");
  });

  it("a row that is no indicator (填报人) is reported and left out", () => {
    const sheet = clone(declaration);
    sheet.grid.push([null, "填报人：张三", null, null, "联系电话：12345", null]);
    const read = readProjectForm(sheet);
    expect(read?.project.indicators).toHaveLength(7);
    expect(problemsOf(sheet)).toContainEqual(
      expect.objectContaining({ rule: "import/not-a-row", cell: "B17" })
    );
  });
});

describe("no row is shifted", () => {
  type Edit = { row: number; kind: string; pick: number };
  const kinds = ["blank1", "blank2", "blank3", "blankValue", "wrong2", "move", "stray"];
  const wrongNames = ["数目指标", "经济成本指标", "服务对象满意度指标", "社会效益"];

  /**
   * Edits each of which either leaves a row as it was or must be reported for that row. The sheet
   * gives its merges, as an .xlsx and a PDF's cell spans do: without them a blank 二级 below a
   * group cannot be told from a merged one, and is carried down as pasted tables mean it.
   */
  function check(
    name: string,
    columns: { level1: number; level2: number; level3: number; value: number; basis: number },
    first: number,
    expected: IndicatorRow[],
    sheet: () => SheetValues
  ) {
    it(
      `${name}: every row reads as written or is reported, in its own row`,
      () => {
        const edit = fc.record({
          row: fc.nat({ max: expected.length - 1 }),
          kind: fc.constantFrom(...kinds),
          pick: fc.nat({ max: 3 }),
        });
        fc.assert(
          fc.property(fc.array(edit, { maxLength: 6 }), (edits: Edit[]) => {
            const edited = clone(sheet());
            for (const { row, kind, pick } of edits) {
              const cells = edited.grid[first + row];
              if (kind === "blank1") cells[columns.level1] = null;
              if (kind === "blank2") cells[columns.level2] = null;
              if (kind === "blank3") cells[columns.level3] = null;
              if (kind === "blankValue") cells[columns.value] = null;
              if (kind === "wrong2") cells[columns.level2] = wrongNames[pick];
              if (kind === "move")
                [cells[columns.basis], cells[columns.value]] = [cells[columns.value], null];
              if (kind === "stray") cells[columns.basis + 2] = "另见附件";
            }
            // A row the edits emptied altogether is a blank line, which a reader may pass over.
            const emptied = edits.some(({ row }) =>
              edited.grid[first + row].every((v) => v === null || v === "")
            );
            fc.pre(!emptied);
            const read = readProjectForm(edited);
            expect(read).not.toBeNull();
            const { indicators } = read!.project;
            expect(indicators).toHaveLength(expected.length);
            indicators.forEach((row, i) => {
              const about = read!.problems.filter(
                (p) => p.at?.kind === "indicator" && p.at.row === i
              );
              if (!isDeepStrictEqual(row, expected[i])) expect(about).not.toEqual([]);
              for (const p of about) expect(p.cell).toMatch(new RegExp(`^[A-Z]+${first + i + 1}$`));
            });
          }),
          { numRuns: 200 }
        );
      },
      SLOW
    );
  }

  let split: SheetValues;
  let declaration: SheetValues;
  let seed: SheetValues;
  beforeAll(async () => {
    split = (await sheetsOf(layout("split"), true))[0];
    declaration = (await sheetsOf(layout("declaration"), true))[1];
    seed = (await sheetsOf(layout("seed"), true))[4];
  }, SLOW);
  check(
    "the split table",
    { level1: 0, level2: 1, level3: 2, value: 4, basis: 7 },
    8,
    layout("split").expected.projects[0].indicators,
    () => split
  );
  check(
    "the 申报表",
    { level1: 1, level2: 2, level3: 3, value: 4, basis: 5 },
    9,
    layout("declaration").expected.projects[1].indicators,
    () => declaration
  );
  check(
    "our template",
    { level1: 0, level2: 1, level3: 2, value: 4, basis: 5 },
    10,
    SEED_DEPARTMENT.projects[3].indicators,
    () => seed
  );
});
