/**
 * The PDF reader's geometry for what other producers print, with hand-made pages (no pdf.js):
 * two tables one below the other as one, a merged column cut at both ends by page breaks, a
 * cell's padding measured when telling a wrap from a line break, and the folding of glyph text.
 */
import { importPdfPages, pdfSettings } from "../../../src/core/import/pdf";
import { readLayout } from "../../../src/core/import/pdf/pages";
import { findTables } from "../../../src/core/import/pdf/edges";
import { Edge, Glyph, glyphsOfRun, isWide, PdfPage } from "../../../src/core/import/pdf/page";
import { cellText, groupLines } from "../../../src/core/import/pdf/text";

const settings = pdfSettings();
const SIZE = 10;

function print(text: string, x: number, top: number): Glyph[] {
  const width = Array.from(text).reduce((w, ch) => w + (isWide(ch) ? SIZE : SIZE / 2), 0);
  return glyphsOfRun(text, x, width, top, top + SIZE, SIZE);
}

const h = (at: number, from: number, to: number): Edge => ({ orientation: "h", at, from, to });
const v = (at: number, from: number, to: number): Edge => ({ orientation: "v", at, from, to });

/** Rules of a grid: columns at `xs`, rows at `ys`. */
const grid = (xs: number[], ys: number[]): Edge[] => [
  ...ys.map((y) => h(y, xs[0], xs[xs.length - 1])),
  ...xs.map((x) => v(x, ys[0], ys[ys.length - 1])),
];

const page = (glyphs: Glyph[], edges: Edge[], number = 1): PdfPage => ({
  number,
  width: 595,
  height: 842,
  glyphs,
  edges,
});

describe("two tables one below the other", () => {
  const XS = [40, 140, 240, 340];
  const upper = grid(XS, [100, 120, 140]);
  const tables = (gap: number, between: Glyph[] = []) =>
    readLayout(
      [page(between, [...upper, ...grid(XS, [140 + gap, 160 + gap, 180 + gap])])],
      settings
    );

  it.each([0.5, 14, 36])("are one table with a gap of %d pt, and it is said", (gap) => {
    const layout = tables(gap);
    const blocks = layout.blocks.filter((b) => b.kind === "table");
    expect(blocks).toHaveLength(1);
    expect(blocks[0].kind === "table" && blocks[0].table.rowCount).toBe(4);
    if (gap > settings.snapTolerance)
      expect(layout.problems).toContainEqual(
        expect.objectContaining({ rule: "import/pdf-stacked", severity: "info", page: 1 })
      );
  });

  it("stay two with a wider gap, with text between them, or with other outer borders", () => {
    expect(tables(60).blocks.filter((b) => b.kind === "table")).toHaveLength(2);
    expect(tables(30, print("2.另一个项目绩效目标表", 60, 152)).blocks).toHaveLength(3);
    const narrower = readLayout(
      [page([], [...upper, ...grid([40, 140, 240], [160, 180, 200])])],
      settings
    );
    expect(narrower.blocks.filter((b) => b.kind === "table")).toHaveLength(2);
  });
});

describe("a merged column cut at both ends by page breaks", () => {
  // Column A (40–140) is one cell running over the whole page part: only its sides are drawn.
  const edges = [
    v(40, 30, 90),
    ...grid([140, 240, 340], [30, 50, 70, 90]).filter(
      (e) => !(e.orientation === "v" && e.at === 140)
    ),
    v(140, 30, 90),
  ];

  it("keeps its sides: the part has its column, open at top and bottom", () => {
    const [table] = findTables(edges, settings);
    expect(table.xs).toEqual([40, 140, 240, 340]);
    expect(table.cells.find((c) => c.column === 0)).toMatchObject({
      rowSpan: 3,
      open: { top: true, bottom: true },
    });
  });

  it("a side line that does not run the whole height is no side", () => {
    const [table] = findTables([...edges.filter((e) => e.at !== 40), v(20, 30, 60)], settings);
    expect(table.xs[0]).toBe(140);
  });
});

describe("a cell's padding", () => {
  const lines = (x: number, ...rows: string[]) =>
    groupLines(
      rows.flatMap((text, i) => print(text, x, i * 14)),
      settings
    );

  it("is measured left of the text: a wrap in a padded cell is joined", () => {
    // 72 pt wide, 5 pt padding a side (as Chrome or Word pad): six characters fill it.
    expect(cellText(lines(5, "完成安排工作", "的数量"), 72, settings, 0)).toBe(
      "完成安排工作的数量"
    );
    // Without the cell's border the padding is taken as the setting: the same lines look broken.
    expect(cellText(lines(5, "完成安排工作", "的数量"), 72, settings)).toBe("完成安排工作\n的数量");
  });

  it("is capped: short centred lines keep their line break", () => {
    expect(cellText(lines(35, "第一行", "短"), 100, settings, 0)).toBe("第一行\n短");
  });
});

it("folds the radicals of glyphs before the layout is read, and says so once", () => {
  const title = `1.某项${String.fromCodePoint(0x2f6c)}绩效${String.fromCodePoint(0x2f6c)}标表`;
  const result = importPdfPages([page(print(title, 40, 20), [])], "项目");
  const notes = result.diagnostics.filter((d) => d.rule === "import/folded");
  expect(notes).toHaveLength(1);
  expect(notes[0].message).toContain("→“目” 2 处");
});
