/**
 * The row readers as data: pieces in, cells or a verdict out. Block order (the seed's extraction)
 * and line order (a viewer's copy, `pdftotext -layout`), the wrap rule, what each column may hold.
 */
import { readBlockGroup, readBlockRow } from "../../../src/core/import/text/block";
import { readLineRow } from "../../../src/core/import/text/by-line";
import { mustJoin, mustSplit, valueFit, basisFit } from "../../../src/core/import/text/cells";
import { tableItems } from "../../../src/core/import/text/labels";
import { piecesOf, spacesWords, textLines } from "../../../src/core/import/text/lines";
import { CellColumn, NO_WIDTHS, wrapsLikeOneCell } from "../../../src/core/import/text/reconcile";

const COLUMNS: CellColumn[] = ["level3", "description", "value", "basis"];

/** A row from its lines as the text shows them. */
function block(...lines: string[]) {
  return readBlockRow(
    lines.flatMap((l, i) => piecesOf(l).map((p) => ({ text: p.text, line: i, gap: p.gap }))),
    COLUMNS
  );
}

describe("what each column may hold", () => {
  it.each([
    ["≥95%", 3],
    ["23 个", 3],
    ["90%-100%", 3],
    ["2024年11月底前", 3],
    ["实际支出", 2],
    ["有所提升", 2],
    ["提高服务水平", 2],
    ["工作任务完成率", 1],
    ["以往经验", 0],
    ["年度工作计划", 0],
    ["766元/人2020年最", 0],
    ["", 0],
  ])("指标值 %s fits %i", (text, fit) => expect(valueFit(text)).toBe(fit));

  it.each([
    ["以往经验", 2],
    ["预算支出标准", 2],
    ["2020 年最低生活保障", 1],
    ["≥95%", 0],
  ])("依据 %s fits %i", (text, fit) => expect(basisFit(text)).toBe(fit));

  it("keeps a number with its unit and a sign with its number, and parts text from a target", () => {
    expect(mustJoin("23", "个")).toBe(true);
    expect(mustJoin("2020", "年最")).toBe(true);
    expect(mustJoin("≥", "95%")).toBe(true);
    expect(mustJoin("群众满意度", "≥95%")).toBe(false);
    expect(mustSplit("人均补助标准", "766")).toBe(true);
  });
});

describe("the wrap rule", () => {
  it("takes full lines alike and a last line no longer, one short line only before punctuation", () => {
    expect(wrapsLikeOneCell(["完成安排工", "作的数量"], "level3")).toBe(true);
    expect(wrapsLikeOneCell(["确保治安防", "控工作到", "位，社会稳", "定"], "level3")).toBe(true);
    expect(wrapsLikeOneCell(["和防治", "工作任务", "完成率"], "value")).toBe(false);
    expect(wrapsLikeOneCell(["加强城乡环", "境卫生改变完成"], "level3")).toBe(false);
    expect(wrapsLikeOneCell(["2020 年最", "低生活保障"], "basis")).toBe(true);
  });

  it("holds a column to the width the document told", () => {
    const known = { full: { description: 11 }, widest: {} };
    expect(wrapsLikeOneCell(["按要求做好监测和防治", "工作任务完"], "description", known)).toBe(
      false
    );
    expect(wrapsLikeOneCell(["完成城乡垃圾清运美化绿", "化"], "description", known)).toBe(true);
  });
});

describe("rows in block order", () => {
  it("reads the seed's rows", () => {
    expect(block("完成安排工", "作的数量", "完成安排工作的数量 ≥95% 以往经验")).toMatchObject({
      kind: "read",
      reading: {
        cells: {
          level3: "完成安排工作的数量",
          description: "完成安排工作的数量",
          value: "≥95%",
          basis: "以往经验",
        },
      },
    });
    expect(
      block("人均补助标", "准", "人均补助标准 766 元/人", "2020 年最", "低生活保障")
    ).toMatchObject({
      kind: "read",
      reading: { cells: { value: "766 元/人", basis: "2020 年最低生活保障" } },
    });
  });

  it("reports a row two ways fit alike, and one no way fits", () => {
    expect(
      block(
        "提升服务",
        "水平",
        "打造党群服务中",
        "心对服务水平的",
        "提升情况",
        "提高服务",
        "水平",
        "经验"
      ).kind
    ).toBe("ambiguous");
    expect(block("完成安排工作的数量 以往经验 ≥95%").kind).toBe("none");
  });

  it("reads a 二级 cell merged over two rows as two rows", () => {
    const lines = ["改造小区数 改造小区数 ≥5个 计划标准", "改造户数 改造户数 ≥300户 计划标准"];
    const read = readBlockGroup(lines.map(piecesOf), COLUMNS, NO_WIDTHS);
    expect(read.rows?.map((r) => r.cells.value)).toEqual(["≥5个", "≥300户"]);
  });
});

describe("rows in line order", () => {
  const row = (labelLines: number[], ...lines: string[]) => ({
    lines: lines.map(piecesOf),
    labelLines,
  });

  it("reads a wrapped cell whose lines stand above and below the others, given the widths", () => {
    const lines = row(
      [1],
      "各项支付工 各项支付工",
      "各项支付工作完成情况 ≥95%",
      "作完成率 作完成情况"
    );
    // Alone, 三级指标 and 描述 could trade places; the column widths the document told cannot.
    expect(readLineRow(lines, COLUMNS, "center").kind).toBe("ambiguous");
    const known = { full: { level3: 5, basis: 5 }, widest: {} };
    expect(readLineRow(lines, COLUMNS, "center", known)).toMatchObject({
      kind: "read",
      reading: {
        cells: {
          level3: "各项支付工作完成率",
          description: "各项支付工作完成情况",
          value: "≥95%",
          basis: "各项支付工作完成情况",
        },
      },
    });
  });

  it("without positions cannot tell 三级指标 from 描述 when one wraps round the other", () => {
    const verdict = readLineRow(
      row([1], "加强城乡环境卫生改", "完成城乡垃圾清运美化绿化 ≥90% 任务完成率", "变"),
      COLUMNS,
      "center"
    );
    expect(verdict.kind).toBe("ambiguous");
  });

  it("with positions (-layout) can", () => {
    const verdict = readLineRow(
      row(
        [1],
        "                       加强城乡环境卫生改",
        "                                     完成城乡垃圾清运美化绿化        ≥90%           任务完成率",
        "                       变"
      ),
      COLUMNS,
      "center",
      NO_WIDTHS,
      true
    );
    expect(verdict).toMatchObject({
      kind: "read",
      reading: {
        cells: { level3: "加强城乡环境卫生改变", description: "完成城乡垃圾清运美化绿化" },
      },
    });
  });
});

describe("labels", () => {
  const names = (text: string) =>
    tableItems(textLines(text)).flatMap((i) =>
      i.kind === "label" ? [`${i.level}:${i.name}`] : []
    );

  it("finds names wrapped over lines, spaced, or with their end two lines down", () => {
    expect(names("社会效益指\n标\n加强城乡环")).toEqual(["2:社会效益指标"]);
    expect(names("服务 对象 满意度 指标 群众满意度")).toEqual(["2:服务对象满意度指标"]);
    expect(names("服务对象满意度指\n满意度指标 群众满意度 ≥95%\n标")).toEqual([
      "2:服务对象满意度指标",
      "1:满意度指标",
    ]);
  });

  it("takes 成本指标 as a 一级指标 when a 2021 成本 branch follows it", () => {
    expect(names("成本指标\n经济成本指标\n人均补贴标准")).toEqual(["1:成本指标", "2:经济成本指标"]);
    expect(names("成本指标\n人均补助标准")).toEqual(["2:成本指标"]);
  });

  it("leaves a fragment that never completes a name as content", () => {
    const items = tableItems(textLines("服务对象满\n意度\n服务对象满意度 ≥95% 以往经验"));
    expect(items.every((i) => i.kind === "content")).toBe(true);
  });
});

it("tells text that spaces its words", () => {
  expect(spacesWords(textLines("加强 制度 建设。 建立 健全 机关 预算 绩效 管理 制度"))).toBe(true);
  expect(
    spacesWords(textLines("加强制度建设。建立健全机关预算绩效管理制度\n项目名称 城镇建设工作经费"))
  ).toBe(false);
});
