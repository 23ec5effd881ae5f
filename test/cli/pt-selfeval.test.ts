/** `pt build --selfeval` / `--monitor`: the year after the targets from the command line. */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/pt";
import { monitoringsOf, readYearAfter, selfEvaluationsOf } from "../../src/core/layout";
import { serialFromYMD } from "../../src/core/dates";
import { readGrid, readXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

const dir = mkdtempSync(join(tmpdir(), "pt-cli-selfeval-"));
const reference = join(
  __dirname,
  "..",
  "fixtures",
  "references",
  "selfeval-anhui-chizhou-guichi-2022.txt"
);

async function run(...args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

async function readBack(file: string) {
  const workbook = await readXlsx(readFileSync(file));
  return readYearAfter(workbook.worksheets.map((s) => ({ name: s.name, grid: readGrid(s) })));
}

it("builds a 自评表 and a 监控表 per project of the sample, which read back as their models", async () => {
  const file = join(dir, "year.xlsx");
  const built = await run("build", "--selfeval", "--monitor", "--date", "2023-07-31", "-o", file);
  expect(built).toMatchObject({ code: 0, err: "" });
  expect(built.out).toContain("18 张工作表，9 个项目");
  expect(built.out).toContain("监控截至 2023.07.31");
  const read = await readBack(file);
  expect(read.selfEvaluations.map((s) => s.evaluation)).toEqual(selfEvaluationsOf(SEED_DEPARTMENT));
  expect(read.monitorings.map((m) => m.monitoring)).toEqual(
    monitoringsOf(SEED_DEPARTMENT, serialFromYMD(2023, 7, 31))
  );
}, 60_000);

it("splits the weights as asked: --split 湖北", async () => {
  const file = join(dir, "hubei.xlsx");
  expect((await run("build", "--selfeval", "--split", "湖北", "-o", file)).code).toBe(0);
  const [first] = (await readBack(file)).selfEvaluations;
  expect(first.evaluation.execution.weight).toBe(20);
  expect(first.evaluation.split.groups.map((g) => g.weight)).toEqual([40, 40]);
}, 60_000);

it("scores by a province's preset: --preset 湖北 (its split and method), and refuses an unknown one", async () => {
  const file = join(dir, "preset.xlsx");
  expect((await run("build", "--selfeval", "--preset", "湖北", "-o", file)).code).toBe(0);
  const [first] = (await readBack(file)).selfEvaluations;
  expect(first.evaluation).toEqual(selfEvaluationsOf(SEED_DEPARTMENT, { preset: "湖北" })[0]);
  expect(first.evaluation.execution.weight).toBe(20);
  expect(first.evaluation.preset).toBe("湖北");
  const wrong = await run("build", "--selfeval", "--preset", "火星", "-o", file);
  expect(wrong.code).toBe(2);
  expect(wrong.err).toContain("--preset 应为 财政部");
}, 60_000);

it("turns a published 自评表 into the template with its values as printed", async () => {
  const file = join(dir, "anhui.xlsx");
  const built = await run("build", reference, "--selfeval", "-o", file);
  expect(built.code).toBe(0);
  expect(built.err).toContain("公众满");
  const [sheet] = (await readBack(file)).selfEvaluations;
  expect(sheet.evaluation.project.name).toBe("委托业务项目");
  expect(sheet.evaluation.results.slice(0, 2)).toEqual([
    { actual: 50, weight: 8, score: null, reason: "" },
    { actual: 100, weight: 8, score: null, reason: "" },
  ]);
  // 达成预期指标 scored 10 of 10 as printed: the accountant's score within 达成's band, kept.
  expect(sheet.evaluation.results[5]).toEqual({
    actual: "达成预期指标",
    weight: 10,
    score: 10,
    reason: "",
  });
});

it.each<[string[], RegExp]>([
  [["build", "--selfeval", "--split", "北京"], /--split 应为 财政部 \/ 湖北 \/ 四川/],
  [["build", "--monitor", "--date", "七月"], /--date：无法识别的日期/],
])("pt %j fails with exit 2", async (args, message) => {
  const result = await run(...args);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
});

it("reads 自评表 and 监控表 back with pt read --selfeval, and their projects with pt read", async () => {
  const file = join(dir, "read.xlsx");
  await run("build", "--selfeval", "--monitor", "--date", "2023-07-31", "-o", file);
  const read = await run("read", file, "--selfeval");
  expect(read.code).toBe(0);
  const json = JSON.parse(read.out);
  expect(json.selfEvaluations).toHaveLength(9);
  expect(json.selfEvaluations[2]).toEqual({
    sheet: "自评-3.城镇社区工作经费",
    evaluation: selfEvaluationsOf(SEED_DEPARTMENT)[2],
  });
  expect(json.monitorings).toHaveLength(9);
  const projects = JSON.parse((await run("read", file)).out).projects;
  expect(projects.map((p: { name: string }) => p.name)).toEqual(
    SEED_DEPARTMENT.projects.map((p) => p.name)
  );
  const targets = join(dir, "targets.xlsx");
  await run("build", "-o", targets);
  expect(await run("read", targets, "--selfeval")).toMatchObject({
    code: 1,
    err: expect.stringContaining("没有自评表或监控表"),
  });
}, 60_000);
