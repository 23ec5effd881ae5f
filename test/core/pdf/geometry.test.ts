/**
 * The PDF reader's geometry with hand-made pages (no pdf.js): rules → cells with spans, glyphs →
 * cell text with wrapping undone, a table over a page break, a table without rules, and the
 * problems it reports with their places.
 */
import { importPdfPages, pdfSettings } from "../../../src/core/import/pdf";
import { findTables } from "../../../src/core/import/pdf/edges";
import { Edge, Glyph, glyphsOfRun, isWide, PdfPage } from "../../../src/core/import/pdf/page";
import { cellText, groupLines } from "../../../src/core/import/pdf/text";

const settings = pdfSettings();
const SIZE = 10;

/** Glyphs of `text` printed from (x, top) at 10 pt: wide characters 10 pt, others 5 pt. */
function print(text: string, x: number, top: number): Glyph[] {
  const width = Array.from(text).reduce((w, ch) => w + (isWide(ch) ? SIZE : SIZE / 2), 0);
  return glyphsOfRun(text, x, width, top, top + SIZE, SIZE);
}

const h = (at: number, from: number, to: number): Edge => ({ orientation: "h", at, from, to });
const v = (at: number, from: number, to: number): Edge => ({ orientation: "v", at, from, to });

const page = (number: number, glyphs: Glyph[], edges: Edge[]): PdfPage => ({
  number,
  width: 595,
  height: 842,
  glyphs,
  edges,
});

describe("rules → cells", () => {
  // Three columns, three rows; A2:A3 merged (no rule across column A at y = 40).
  const XS = [0, 50, 100, 150];
  const YS = [20, 30, 40, 50];
  const merged = [
    h(20, 0, 150),
    h(30, 0, 150),
    h(40, 50, 150),
    h(50, 0, 150),
    ...XS.map((x) => v(x, 20, 50)),
  ];

  it("finds every cell, a merged cell as one with its spans", () => {
    const [table] = findTables(merged, settings);
    expect(table.xs).toEqual(XS);
    expect(table.ys).toEqual(YS);
    expect(table.cells).toHaveLength(8);
    expect(table.cells.find((c) => c.row === 1 && c.column === 0)).toMatchObject({
      rowSpan: 2,
      columnSpan: 1,
      open: { top: false, bottom: false },
    });
    expect(table.owner[2][0]).toBe(table.owner[1][0]);
  });

  it("snaps double rules and joins rules drawn in pieces", () => {
    const pieces = [
      ...merged.filter((e) => e.orientation === "v"),
      h(20, 0, 70),
      h(20.6, 70, 150), // drawn a little lower, in a second piece
      h(29, 0, 150),
      h(31, 0, 150), // a double rule
      h(40, 50, 150),
      h(50, 0, 150),
    ];
    const [table] = findTables(pieces, settings);
    expect(table.cells).toHaveLength(8);
    expect(table.ys.map(Math.round)).toEqual(YS);
  });

  it("leaves lone rules alone: an underline is not a table", () => {
    expect(findTables([h(100, 10, 200)], settings)).toEqual([]);
    expect(findTables([h(100, 10, 200), v(10, 100, 101)], settings)).toEqual([]);
  });

  it("closes a table cut by the page's end, marking the cut cells open", () => {
    // Column A has no bottom rule: its merged cell runs on over the page break.
    const cut = [h(20, 0, 150), h(30, 0, 150), h(40, 50, 150), ...XS.map((x) => v(x, 20, 40))];
    const [table] = findTables(cut, settings);
    expect(table.cells.find((c) => c.column === 0 && c.row === 1)?.open).toEqual({
      top: false,
      bottom: true,
    });
    expect(table.cells.find((c) => c.column === 1 && c.row === 1)?.open.bottom).toBe(false);
  });
});

describe("glyphs → cell text", () => {
  const lines = (...rows: string[]) =>
    groupLines(
      rows.flatMap((text, i) => print(text, 0, i * 14)),
      settings
    );

  it("joins Chinese wrapped by the printer without spaces, and keeps real line breaks", () => {
    // A cell 62 pt wide holds six characters of 10 pt.
    expect(cellText(lines("完成安排工作", "的数量"), 62, settings)).toBe("完成安排工作的数量");
    expect(cellText(lines("1.保障运行", "2.按时完成"), 62, settings)).toBe(
      "1.保障运行\n2.按时完成"
    );
  });

  it("keeps a closing mark with the character it follows when deciding on a wrap", () => {
    // 工作 did not fit with its comma, so the comma's character went down with it.
    expect(cellText(lines("完成安排工", "作，的数量"), 62, settings)).toBe("完成安排工作，的数量");
  });

  it("puts back the space a wrap swallowed between Latin words, not inside a cut word", () => {
    expect(cellText(lines("WiFi network", "upgrade"), 62, settings)).toBe("WiFi network upgrade");
    expect(cellText(lines("13012323P000", "7A"), 62, settings)).toBe("13012323P0007A");
  });

  it("reads spaces from gaps between Latin and numbers, never inside Chinese", () => {
    const glyphs = [...print("23", 0, 0), ...print("个", 14, 0), ...print("以往", 40, 0)];
    const [line] = groupLines([...glyphs, ...print("经验", 61, 0)], settings);
    expect(cellText([line], 200, settings)).toBe("23 个 以往经验");
  });
});

/**
 * An indicator table printed from `top`: each cell's text at its top-left corner, column A merged
 * over the rows below the header, and cut open at the page's top or bottom when `cut` says so.
 */
function tablePage(
  number: number,
  rows: (string | null)[][],
  top: number,
  options: { rules?: boolean; header?: boolean; cut?: "top" | "bottom" } = {}
): PdfPage {
  const XS = [40, 120, 220, 340, 420];
  const ys = rows.map((_, r) => top + r * 20).concat(top + rows.length * 20);
  const glyphs = rows.flatMap((row, r) =>
    row.flatMap((text, c) => (text ? print(text, XS[c] + 2, ys[r] + 5) : []))
  );
  if (options.rules === false) return page(number, glyphs, []);
  const firstData = options.header === false ? 0 : 1;
  const last = ys.length - 1;
  const edges: Edge[] = XS.map((x) => v(x, ys[0], ys[last]));
  ys.forEach((y, r) => {
    const open =
      (r === 0 && options.cut === "top") ||
      (r === last && options.cut === "bottom") ||
      (r > firstData && r < last);
    edges.push(h(y, open ? XS[1] : XS[0], XS[XS.length - 1]));
  });
  return page(number, glyphs, edges);
}

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];

describe("pages → the model, through the one cell reader", () => {
  it("reads an indicator table, the merged 一级指标 standing for every row", () => {
    const result = importPdfPages(
      [
        tablePage(
          1,
          [
            HEADER,
            ["产出指标", "数量指标", "发放人数", "≥98%"],
            [null, "质量指标", "覆盖率", "≥95%"],
          ],
          100
        ),
      ],
      "补助经费"
    );
    expect(result.department.projects).toHaveLength(1);
    expect(result.department.projects[0].name).toBe("补助经费");
    expect(result.department.projects[0].indicators).toEqual([
      {
        level1: "产出指标",
        level2: "数量指标",
        level3: "发放人数",
        description: "",
        value: "≥98%",
        basis: "",
      },
      {
        level1: "产出指标",
        level2: "质量指标",
        level3: "覆盖率",
        description: "",
        value: "≥95%",
        basis: "",
      },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it("reports what the cell reader finds on the page where it stands", () => {
    const result = importPdfPages(
      [tablePage(2, [HEADER, ["产出指标", "质量指标", "覆盖率", "≥9x%"]], 300)],
      "项目"
    );
    const problem = result.diagnostics.find((d) => d.message.includes("≥9x%"));
    expect(problem).toMatchObject({ page: 2, y: 325 });
    expect(problem?.sheet).toBeUndefined();
  });

  it("joins a table continued on the next page, dropping the repeated header", () => {
    // As a word processor prints it: the merged cell's text at its top, the header repeated.
    const first = tablePage(1, [HEADER, ["产出指标", "数量指标", "发放人数", "≥98%"]], 700, {
      cut: "bottom",
    });
    const second = tablePage(
      2,
      [HEADER, [null, "质量指标", "覆盖率", "≥95%"], [null, "时效指标", "及时率", "=100%"]],
      40
    );
    const result = importPdfPages([first, second], "项目");
    expect(result.department.projects[0].indicators.map((r) => [r.level1, r.level3])).toEqual([
      ["产出指标", "发放人数"],
      ["产出指标", "覆盖率"],
      ["产出指标", "及时率"],
    ]);
    // The continued merged cell is empty on page 2: carried down from page 1, and said so.
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual([
      "import/carried",
      "import/carried",
      "import/pdf-continued",
      "import/pdf-continued",
    ]);
  });

  it("puts back together a merged cell cut by the page break, its text where it shows", () => {
    // As a spreadsheet prints it: the merged cell's text centred on the whole cell, so on the
    // first page it falls below the table, outside the part shown there (and is not visible).
    const first = tablePage(1, [HEADER, [null, "数量指标", "发放人数", "≥98%"]], 700, {
      cut: "bottom",
    });
    first.glyphs.push(...print("产出指标", 42, 750));
    const second = tablePage(
      2,
      [
        ["产出指标", "质量指标", "覆盖率", "≥95%"],
        [null, "时效指标", "及时率", "=100%"],
      ],
      40,
      { header: false, cut: "top" }
    );
    const result = importPdfPages([first, second], "项目");
    expect(result.department.projects[0].indicators.map((r) => r.level1)).toEqual([
      "产出指标",
      "产出指标",
      "产出指标",
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ rule: "import/pdf-continued", page: 1, y: 750 }),
      expect.objectContaining({ rule: "import/pdf-continued", page: 2 }),
    ]);
  });

  it("does not join tables of different columns, nor tables with text between them", () => {
    const first = tablePage(1, [HEADER, ["产出指标", "数量指标", "发放人数", "≥98%"]], 700);
    const second = tablePage(2, [HEADER, ["效益指标", "社会效益指标", "生活水平", "有所提高"]], 40);
    const shifted = {
      ...second,
      edges: second.edges.map((e) => ({
        ...e,
        at: e.orientation === "v" ? e.at + 30 : e.at,
        from: e.orientation === "h" ? e.from + 30 : e.from,
        to: e.orientation === "h" ? e.to + 30 : e.to,
      })),
    };
    const read = (pages: PdfPage[]) =>
      importPdfPages(pages, "项目").diagnostics.filter((d) => d.rule === "import/pdf-continued");
    expect(read([first, shifted])).toEqual([]);
    const titled = {
      ...second,
      glyphs: [...second.glyphs, ...print("2.另一个项目绩效目标表", 40, 20)],
    };
    expect(read([first, titled])).toEqual([]);
  });

  it("reads a table without rules from how its words line up, and says so", () => {
    const rows = [
      HEADER,
      ["产出指标", "数量指标", "发放人数", "≥98%"],
      ["效益指标", "社会效益指标", "生活水平", "有所提高"],
    ];
    const result = importPdfPages([tablePage(1, rows, 100, { rules: false })], "项目");
    expect(result.department.projects[0].indicators.map((r) => r.level2)).toEqual([
      "数量指标",
      "社会效益指标",
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ rule: "import/pdf-unruled", page: 1, severity: "warning" }),
    ]);
  });

  it("points at a row without rules that has fewer cells: likely a wrapped line", () => {
    const rows = [
      HEADER,
      ["产出指标", "数量指标", "发放人数", "≥98%"],
      [null, null, "及时", null],
      ["效益指标", "社会效益指标", "生活水平", "有所提高"],
    ];
    const result = importPdfPages([tablePage(1, rows, 100, { rules: false })], "项目");
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "import/pdf-row-cells", page: 1, y: 145 })
    );
  });

  it("reports text that overflows its cell and text outside every table, with places", () => {
    const table = tablePage(1, [HEADER, ["产出指标", "数量指标", null, "≥98%"]], 100);
    // Column C runs from 220 to 340: the eleventh character straddles its right border.
    const overflowing = print("超出边框的很长的文字内容", 224, 125);
    const stray = print("备注：本表数据为预算数", 40, 400);
    const result = importPdfPages(
      [{ ...table, glyphs: [...table.glyphs, ...overflowing, ...stray] }],
      "项目"
    );
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ rule: "import/pdf-overflow", page: 1, x: 220, y: 120 }),
      expect.objectContaining({ rule: "import/pdf-unplaced", page: 1, y: 400 }),
    ]);
  });

  it("reads the text before the first table as the overview", () => {
    const lines = [
      "一、总体绩效目标",
      "保障街道办事处正常运转。",
      "二、分项绩效目标",
      "（一）保障办公经费足额发放",
    ].flatMap((text, i) => print(text, 40, 60 + i * 16));
    const table = tablePage(2, [HEADER, ["产出指标", "数量指标", "发放人数", "≥98%"]], 100);
    const result = importPdfPages([page(1, lines, []), table], "项目");
    expect(result.department.overview).toEqual({
      overallGoal: "保障街道办事处正常运转。",
      itemGoals: ["保障办公经费足额发放"],
      measures: [],
    });
  });

  it("says when there is no table at all", () => {
    const result = importPdfPages([page(1, print("只有一行文字", 40, 60), [])], "项目");
    expect(result.department.projects).toEqual([]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "import/pdf-no-table", severity: "error" })
    );
  });
});

describe("settings", () => {
  it("are checked once, when made", () => {
    expect(pdfSettings({ snapTolerance: 1 }).snapTolerance).toBe(1);
    expect(() => pdfSettings({ snapTolerance: -1 })).toThrow("snapTolerance");
    expect(() => pdfSettings({ maxHeadingLines: 1.5 })).toThrow("整数");
  });
});
