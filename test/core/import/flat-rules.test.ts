/**
 * The rules of the budget system's flat layout as data: how the grammar splits a 指标值 into
 * 计算符号 / 指标值 / 计量单位, that every column set's headers are read back as their fields,
 * which column sets from JSON are refused and why; and any sheet, however broken, never throws.
 */
import fc from "fast-check";
import { importSheets } from "../../../src/core/import";
import { readFlatSheet } from "../../../src/core/import/flat";
import { flatHeaderField } from "../../../src/core/import/flat-header";
import { columnSetOf, FLAT_COLUMN_SETS } from "../../../src/core/layout/flat-columns";
import { splitValue } from "../../../src/core/layout/flat-value";

describe("rules of the layout, as data", () => {
  it.each([
    ["≥95%", "≥", "95", "%", undefined],
    ["=100%", "=", "100", "%", undefined],
    ["≤3.5万元/公里", "≤", "3.5", "万元/公里", undefined],
    ["不少于20场", "≥", "20", "场", undefined],
    ["全年至少开展5次", "≥", "5", "次", "export/prose"],
    ["23 个", "", "23", "个", "export/no-sign"],
    ["及时", "定性", "及时", "", undefined],
    ["实际支出", "定性", "实际支出", "", "export/reference"],
    ["90%-100%", "", "90%-100%", "", "export/range"],
    ["2024年11月底前", "≤", "2024.11.30", "", undefined],
    ["≥9x%", "", "≥9x%", "", "export/value"],
    ["", "", "", "", "export/empty-value"],
  ])("splits “%s” into %s | %s | %s", (text, nature, value, unit, rule) => {
    const split = splitValue(text);
    expect([split.nature, split.value, split.unit, split.remark?.rule]).toEqual([
      nature,
      value,
      unit,
      rule,
    ]);
  });

  it("suggests ≤ for a cost indicator without a sign", () => {
    expect(splitValue("766 元/人", "成本指标发放标准").remark?.message).toContain("“≤”");
  });

  it.each(
    Object.values(FLAT_COLUMN_SETS).flatMap((set) =>
      set.columns.map((c) => [set.id, c.header, c.field])
    )
  )("%s: the importer reads “%s” as %s", (_set, header, field) => {
    expect(flatHeaderField(header)).toBe(field === "target" ? "value" : field);
  });

  it.each([
    [
      {
        columns: [
          { header: "项目名称", field: "projectName" },
          { header: "三级指标", field: "level3" },
          { header: "指标值", field: "target" },
        ],
      },
      null,
    ],
    [{ columns: [] }, "缺少项目代码或项目名称"],
    [
      {
        columns: [
          { header: "项目名称", field: "projectName" },
          { header: "指标值", field: "target" },
        ],
      },
      "缺少三级指标名称",
    ],
    [
      {
        columns: [
          { header: "项目名称", field: "projectName" },
          { header: "三级", field: "level3" },
        ],
      },
      "缺少指标值",
    ],
    [{ columns: [{ header: "项目名称", field: "name" }] }, "field 应为"],
    [{ columns: [{ field: "level3" }] }, "缺少表头"],
    ["[]", "列设置应为 JSON 对象"],
  ])("a column set from JSON: %j", (json, error) => {
    const read = columnSetOf(json);
    expect(read.ok ? null : read.error).toEqual(
      error === null ? null : expect.stringContaining(error)
    );
  });
});

describe("any sheet", () => {
  /** Header words, codes, values and noise: what a broken or hostile flat sheet is made of. */
  const cell = fc.oneof(
    fc.constantFrom(
      ...FLAT_COLUMN_SETS.default.columns.map((c) => c.header),
      "项目",
      "代码",
      "名称",
      "1",
      "14",
      "140001",
      "6",
      "≥",
      "产出指标",
      "≥95%",
      "2024年11月底前"
    ),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -5, max: 200 }),
    fc.constant(null)
  );
  const sheet = fc.record({
    grid: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 12 }),
    merges: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 12 })).map(([c, r]) => {
        const from = `${String.fromCharCode(64 + c)}${r}`;
        return `${from}:${String.fromCharCode(64 + Math.min(14, c + 1))}${r + 1}`;
      }),
      { maxLength: 4 }
    ),
  });

  it("never throws, and is flat only with a project, a 三级指标 and a value column and rows", () => {
    fc.assert(
      fc.property(sheet, ({ grid, merges }) => {
        const values = { name: "随机", grid, merges };
        const flat = readFlatSheet(values);
        const read = importSheets([values], "随机");
        if (flat) {
          const named = grid.flat().map((v) => (typeof v === "string" ? flatHeaderField(v) : null));
          expect(named.some((n) => n === "projectCode" || n === "projectName")).toBe(true);
          expect(named).toContain("level3");
          // A header without rows gives no project: the sheet is left to the other readers.
          expect(read.kind === "flat").toBe(flat.projects.length > 0);
        } else expect(read.kind).not.toBe("flat");
      }),
      { numRuns: 300 }
    );
  });
});
