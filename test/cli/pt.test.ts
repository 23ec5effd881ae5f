import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/pt";
import { readXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { pdfPages, pdfText, toPdf } from "../helpers/libreoffice";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "pt-cli-"));

async function run(...args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("pt build and pt read", () => {
  it("builds the bundled sample and reads it back as the model", async () => {
    const file = join(dir, "sample.xlsx");
    const built = await run("build", "-o", file);
    expect(built).toMatchObject({ code: 0, err: "" });
    expect(built.out).toContain("11 张工作表，9 个项目，预算合计 4133.62 万元");
    const read = await run("read", file);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.out)).toEqual(SEED_DEPARTMENT);
  });

  it("builds from a model as JSON, and keeps PT formulas with --with-addin", async () => {
    const json = join(dir, "model.json");
    writeFileSync(
      json,
      JSON.stringify({ ...SEED_DEPARTMENT, projects: SEED_DEPARTMENT.projects.slice(0, 2) })
    );
    const file = join(dir, "two.xlsx");
    expect((await run("build", json, "-o", file, "--with-addin")).code).toBe(0);
    const workbook = await readXlsx(readFileSync(file));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "部门整体绩效目标",
      "1.城镇建设工作经费",
      "2.城镇社区党建惠民工程专项经费",
      "汇总",
    ]);
    expect(workbook.worksheets[1].getCell("H11").formula).toBe("PT.CHECK(G11,E11,B11)");
  });

  it("builds from an indicator table, as CSV or as an exported .xlsx", async () => {
    const csv = join(dir, "社区服务.csv");
    writeFileSync(
      csv,
      "一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,服务人次,≥1000人次\n,质量指标,合格率,≥9x%\n"
    );
    const fromCsv = await run("build", csv, "-o", join(dir, "csv.xlsx"));
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.err).toContain("注意 单元格 '社区服务'!D3 [警告] 指标值“≥9x%”");
    const table = join(dir, "export.xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("导出").addRows([
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "补助人数", "=", 10, "人"],
    ]);
    await workbook.xlsx.writeFile(table);
    const out = join(dir, "table.xlsx");
    expect((await run("build", table, "-o", out)).code).toBe(0);
    const read = JSON.parse((await run("read", out)).out);
    expect(read.projects[0]).toMatchObject({
      name: "export",
      indicators: [{ level3: "补助人数", value: "=10人" }],
    });
  });

  it("says how many indicator rows it kept as they were", async () => {
    const seed = readFileSync(join(root, "samples", "seed-zhengding-2023.txt"), "utf8");
    // The first row's 指标值 and 依据 swapped: no reading of that row makes sense.
    const text = join(dir, "swapped.txt");
    writeFileSync(
      text,
      seed.replace("完成安排工作的数量 ≥95% 以往经验", "完成安排工作的数量 以往经验 ≥95%")
    );
    const built = await run("build", text, "-o", join(dir, "swapped.xlsx"));
    expect(built.code).toBe(0);
    expect(built.err).toMatch(/注意 第 \d+–\d+ 行 \[错误\] 这一指标行无法确定各列/);
    expect(built.err).toContain("注意：1 个指标行未能确定各列，已按原文保留，请核对");
  });

  it.each<[string[], number, RegExp]>([
    [["build", "nope.txt"], 2, /找不到文件：nope.txt/],
    [["build", "-o"], 2, /-o 之后应为输出文件名/],
    [["build", "--frob"], 2, /未知选项：--frob/],
    [["read"], 2, /请给出要读取的 .xlsx 文件/],
    [["read", "a.txt"], 2, /只读取 .xlsx/],
    [["frob"], 2, /未知命令：frob/],
    [[], 2, /用法/],
  ])("pt %j fails with exit %i", async (args, code, message) => {
    const result = await run(...args);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it("fails on bad input files with a message", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    expect(await run("build", bad)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/JSON 格式错误/),
    });
    const text = join(dir, "notes.txt");
    writeFileSync(text, "会议纪要\n无表格");
    expect(await run("build", text)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/没有读到任何项目表/),
    });
    const fake = join(dir, "fake.xlsx");
    writeFileSync(fake, "not a zip");
    expect(await run("read", fake)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/扩展名为 \.xlsx，但内容是文本/),
    });
  });
});

describe("npx pt on the command line", () => {
  it("writes the sample department, which headless LibreOffice opens and renders", () => {
    const file = join(dir, "dept.xlsx");
    const result = spawnSync("npx", ["pt", "build", "-o", file], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("已写入");
    const pdf = toPdf(file, dir);
    expect(pdfPages(pdf).pages).toBe(11);
    expect(pdfText(pdf, 10)).toContain("9.退役军人工资及社保缴纳经费绩效目标表");
    expect(pdfText(pdf, 11)).toContain("4133.62");
  }, 180_000);

  it("exits non-zero on bad input", () => {
    const result = spawnSync("npx", ["pt", "read", "missing.xlsx"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("找不到文件");
  });
});
