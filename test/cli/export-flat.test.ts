/**
 * `pt export --flat` end to end: the seed department written in the budget system's import layout,
 * opened by headless LibreOffice (one row per indicator, 计算符号 / 指标值 / 计量单位 as the
 * grammar splits them, numeric codes in the numeric set), read back by `pt read` to the same
 * model; a vendor file whose names do not fit their codes is read with the mismatch reported.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/pt";
import { codeOfName, natureCodeOf } from "../../src/core/framework-codes";
import { FLAT_SHEET_NAME } from "../../src/core/layout/flat";
import { FLAT_COLUMN_SETS } from "../../src/core/layout/flat-columns";
import { splitValue } from "../../src/core/layout/flat-value";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { carried } from "../helpers/flat-model";
import { allSheetsCsv } from "../helpers/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "pt-flat-"));
const SAMPLE = join(__dirname, "..", "..", "samples", "seed-zhengding-2023.txt");
/** LibreOffice starts in seconds on a quiet machine; three times slower must still pass. */
const LIBREOFFICE = 240_000;

async function run(...args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The rows the export should hold: one per indicator, the value split by the grammar. */
function expectedRows(numeric: boolean): string[][] {
  return SEED_DEPARTMENT.projects.flatMap((project) =>
    project.indicators.map((indicator, i) => {
      const split = splitValue(indicator.value, `${indicator.level2}${indicator.level3}`);
      return [
        project.code,
        project.name,
        codeOfName(indicator.level1) ?? "",
        indicator.level1,
        codeOfName(indicator.level2) ?? "",
        indicator.level2,
        indicator.level3,
        indicator.description,
        numeric ? natureCodeOf(split.nature) : split.nature,
        split.value,
        split.unit,
        indicator.basis,
        String(i + 1),
      ];
    })
  );
}

describe("pt export --flat", () => {
  it(
    "writes one row per indicator that LibreOffice shows as the grammar split it, and reads back",
    async () => {
      const file = join(dir, "预算系统导入.xlsx");
      const written = await run("export", "--flat", SAMPLE, "-o", file);
      expect(written.code).toBe(0);
      expect(written.out).toContain("9 个项目，59 行指标（列设置 default）");
      // Values without a sign are said at their 计算符号 cell.
      expect(written.err).toContain(`单元格 '${FLAT_SHEET_NAME}'!I15 [警告] “23 个”没有计算符号`);

      const out = join(dir, "csv-default");
      mkdirSync(out);
      const rows = allSheetsCsv(file, out).get(FLAT_SHEET_NAME) ?? [];
      expect(rows[0]).toEqual(FLAT_COLUMN_SETS.default.columns.map((c) => c.header));
      expect(rows.slice(1)).toEqual(expectedRows(false));
      // Spot checks that do not go through splitValue: the grammar's reading, by hand.
      expect(rows[1].slice(8, 11)).toEqual(["≥", "95", "%"]);
      expect(rows.find((r) => r[9] === "23")?.slice(8, 11)).toEqual(["", "23", "个"]);
      expect(rows.find((r) => r[9] === "及时")?.slice(8, 11)).toEqual(["定性", "及时", ""]);

      const read = await run("read", file);
      expect(read.code).toBe(0);
      expect(read.err).toBe("");
      expect(carried(JSON.parse(read.out).projects)).toEqual(carried(SEED_DEPARTMENT.projects));
    },
    LIBREOFFICE
  );

  it(
    "writes the numeric 计算符号 codes with --columns numeric, and reads them back",
    async () => {
      const file = join(dir, "numeric.xlsx");
      expect((await run("export", "--flat", "--columns", "numeric", SAMPLE, "-o", file)).code).toBe(
        0
      );
      const out = join(dir, "csv-numeric");
      mkdirSync(out);
      const rows = allSheetsCsv(file, out).get(FLAT_SHEET_NAME) ?? [];
      expect(rows.slice(1)).toEqual(expectedRows(true));
      expect(new Set(rows.slice(1).map((r) => r[8]))).toEqual(new Set(["1", "3", "6", ""]));
      const read = await run("read", file);
      expect(carried(JSON.parse(read.out).projects)).toEqual(carried(SEED_DEPARTMENT.projects));
    },
    LIBREOFFICE
  );

  it("takes a column set from a JSON file, and refuses an unknown name", async () => {
    const json = join(dir, "columns.json");
    writeFileSync(
      json,
      JSON.stringify({
        columns: [
          { header: "项目名称", field: "projectName" },
          { header: "三级指标", field: "level3" },
          { header: "指标值", field: "target" },
          { header: "备注说明", field: "description" },
        ],
      })
    );
    const file = join(dir, "custom.xlsx");
    const custom = await run("export", "--flat", "--columns", json, SAMPLE, "-o", file);
    expect(custom.code).toBe(0);
    expect(custom.err).toContain("表头 备注说明 不是本工具读回时认识的名称");
    const read = await run("read", file);
    const projects = JSON.parse(read.out).projects;
    expect(projects.map((p: { name: string }) => p.name)).toEqual(
      SEED_DEPARTMENT.projects.map((p) => p.name)
    );
    const wrong = await run("export", "--flat", "--columns", "guangdong", SAMPLE);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--columns 应为 default / numeric / whole");
    expect((await run("export", SAMPLE)).code).toBe(2);
  });

  it("reads a vendor file whose names do not fit their codes, saying where", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("导入");
    sheet.addRow([
      "项目代码",
      "项目名称",
      "一级指标代码",
      "一级指标名称",
      "二级指标代码",
      "二级指标名称",
      "三级指标名称",
      "计算符号",
      "指标值",
      "计量单位",
    ]);
    sheet.addRow(["P1", "甲项目", "2", "产出指标", "21", "数量指标", "培训人数", "1", "100", "人"]);
    sheet.addRow([
      "P1",
      "甲项目",
      "3",
      "满意度指标",
      "31",
      "服务对象满意度指标",
      "满意度",
      "1",
      "90",
      "%",
    ]);
    const file = join(dir, "vendor.xlsx");
    await workbook.xlsx.writeFile(file);
    const read = await run("read", file);
    expect(read.code).toBe(0);
    expect(read.err).toContain(
      "单元格 '导入'!D2 [警告] 一级指标代码“2”是“效益指标”，名称却为“产出指标”"
    );
    expect(read.err).toContain(
      "单元格 '导入'!F2 [警告] 二级指标代码“21”是“经济效益指标”，名称却为“数量指标”"
    );
    const [project] = JSON.parse(read.out).projects;
    expect(
      project.indicators.map((i: { level1: string; value: string }) => [i.level1, i.value])
    ).toEqual([
      ["产出指标", "≥100人"],
      ["满意度指标", "≥90%"],
    ]);
  });
});
