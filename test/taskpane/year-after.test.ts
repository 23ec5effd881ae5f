/**
 * The logic of the pane's 自评 and 监控 pages: the projects of a workbook or a file, the pick that
 * survives a fresh reading, the split's label, the 监控 date, the 总分 / 等级 table, and the insert
 * that reads the workbook afresh (Excel fake, syncs counted) or downloads (preview).
 */
import { serialFromYMD } from "../../src/core/dates";
import {
  planDepartment,
  planGrid,
  planSelfEvals,
  readMonitorSheet,
  readSelfEvalSheet,
  selfEvaluationsOf,
} from "../../src/core/layout";
import { SheetValues } from "../../src/core/layout/workbook";
import { totalScore } from "../../src/core/selfeval";
import { grade } from "../../src/functions/functions";
import { readGrid, readXlsx } from "../../src/hosts/xlsx";
import { excelHost, previewHost } from "../../src/taskpane/host";
import {
  ALL_PROJECTS,
  defaultDateText,
  insertYearAfter,
  monitorPlanner,
  NO_PROJECTS,
  PICK_GONE,
  pickedDepartment,
  projectKey,
  projectLabel,
  readMonitorDate,
  resolvePick,
  selfEvalPlanner,
  selfEvalScores,
  sourceOfImport,
  sourceOfSheets,
  splitLabel,
} from "../../src/taskpane/year-after";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { ExcelFake } from "../helpers/excel-fake";
import { filledSelfEvaluations, SEED_AS_OF } from "../helpers/selfeval-fill";

const seedSheets = (): SheetValues[] =>
  planDepartment(SEED_DEPARTMENT).map((p) => ({ name: p.name, grid: planGrid(p) }));

describe("the projects a page offers", () => {
  it("are the project sheets of a workbook, named by their sheets", () => {
    const source = sourceOfSheets(seedSheets());
    expect(source.department.projects.map((p) => p.name)).toEqual(
      SEED_DEPARTMENT.projects.map((p) => p.name)
    );
    expect(source.problems).toEqual([]);
    expect(projectLabel(source, 2)).toBe("3.城镇社区工作经费");
  });

  it("are numbered from the file in the preview, and say where a sheet's name differs", () => {
    const imported = sourceOfImport(SEED_DEPARTMENT);
    expect(projectLabel(imported, 0)).toBe(`1.${SEED_DEPARTMENT.projects[0].name}`);
    const renamed = sourceOfSheets(
      seedSheets().map((s) => (s.name === "3.城镇社区工作经费" ? { ...s, name: "社区" } : s))
    );
    expect(projectLabel(renamed, 2)).toBe("社区：城镇社区工作经费");
  });

  it("come with what could not be read, not with the readers' notes or a 自评表's findings", () => {
    const sheets = seedSheets();
    const budget = SEED_DEPARTMENT.projects[0].budget;
    const sheet = sheets.find((s) => s.name.startsWith("1."))!;
    sheet.grid = sheet.grid.map((row) => row.map((v) => (v === budget ? "很多" : v)));
    const source = sourceOfSheets(sheets);
    expect(source.problems.length).toBeGreaterThan(0);
    expect(source.problems.every((p) => p.severity !== "info")).toBe(true);
    expect(source.problems[0]).toMatchObject({ sheet: sheet.name });
    expect(source.problems.map((p) => p.message).join()).toContain("很多");
    const imported = sourceOfImport(
      SEED_DEPARTMENT,
      [],
      [
        { rule: "import/note", severity: "info", message: "续表" },
        { rule: "import/amount", severity: "warning", message: "预算数“很多”不是金额", line: 3 },
        // A 自评表's own findings are counted in its row of the scores table instead.
        {
          rule: "selfeval/reason-missing",
          severity: "warning",
          message: "“培训人次”需填写偏差原因",
        },
      ]
    );
    expect(imported.problems.map((p) => p.message)).toEqual(["预算数“很多”不是金额"]);
  });

  it("keep a pick across a reading in which sheets were added before them", () => {
    const first = sourceOfSheets(seedSheets());
    const pick = projectKey(first, 4);
    const later = sourceOfSheets([
      { name: "新表", grid: [["备注"]] },
      ...planDepartment(
        { ...SEED_DEPARTMENT, projects: [SEED_DEPARTMENT.projects[8]] },
        seedSheets().map((s) => s.name)
      ).map((p) => ({ name: p.name, grid: planGrid(p) })),
      ...seedSheets(),
    ]);
    const department = pickedDepartment(later, pick);
    expect(department).not.toBeInstanceOf(Error);
    expect((department as { projects: { name: string }[] }).projects.map((p) => p.name)).toEqual([
      SEED_DEPARTMENT.projects[4].name,
    ]);
    expect(resolvePick(later, pick)).toBe(pick);
  });

  it("tell two projects of one name apart, and say when a pick is gone", () => {
    const twice = sourceOfImport({
      ...SEED_DEPARTMENT,
      projects: [SEED_DEPARTMENT.projects[0], SEED_DEPARTMENT.projects[0]],
    });
    expect(projectKey(twice, 0)).not.toBe(projectKey(twice, 1));
    const gone = sourceOfImport({ ...SEED_DEPARTMENT, projects: [SEED_DEPARTMENT.projects[0]] });
    expect(pickedDepartment(gone, projectKey(twice, 1))).toEqual(new Error(PICK_GONE));
    expect(resolvePick(gone, projectKey(twice, 1))).toBe(ALL_PROJECTS);
    expect(pickedDepartment(gone, ALL_PROJECTS)).toBe(gone.department);
  });
});

describe("the choices", () => {
  it("label each split with its points, from the table", () => {
    expect(splitLabel("财政部")).toBe("财政部（预算执行率 10、产出 50、效益 30、满意度 10）");
    expect(splitLabel("湖北")).toBe("湖北（预算执行率 20、产出 40、效益及满意度 40）");
    expect(splitLabel("四川")).toBe("四川（预算执行率 10、绩效 90）");
  });

  it("offer 7月31日 of the budget year, or of this year when it is unknown", () => {
    expect(defaultDateText(2023)).toBe("2023-07-31");
    expect(defaultDateText(null, new Date(2025, 2, 1))).toBe("2025-07-31");
  });

  it("read the date as accountants write it, and say what is wrong", () => {
    expect(readMonitorDate("2023年7月底")).toEqual({
      ok: true,
      value: { serial: SEED_AS_OF, meaning: "2023年7月31日（1–7月）" },
    });
    expect(readMonitorDate(" 2023-06-30 ")).toMatchObject({
      ok: true,
      value: { serial: serialFromYMD(2023, 6, 30), meaning: "2023年6月30日（1–6月）" },
    });
    expect(readMonitorDate("")).toEqual({ ok: false, error: "请填写截至日期" });
    expect(readMonitorDate("七月底")).toMatchObject({ ok: false });
    expect(readMonitorDate("2023-13-01")).toMatchObject({ ok: false });
  });
});

describe("the table of 自评表", () => {
  it("gives each filled 自评表 its 总分 and 等级 as PT.SCORE and PT.GRADE do, and skips other sheets", () => {
    const filled = filledSelfEvaluations();
    const plans = planSelfEvals(filled);
    const sheets = [...seedSheets(), ...plans.map((p) => ({ name: p.name, grid: planGrid(p) }))];
    const rows = selfEvalScores(sheets);
    expect(rows.map((r) => r.sheet)).toEqual(plans.map((p) => p.name));
    rows.forEach((row, i) => {
      expect(row.project).toBe(filled[i].project.name);
      expect(row.total).toBe(totalScore(filled[i]));
      expect(row.grade).toBe(grade(row.total));
    });
    expect(new Set(rows.map((r) => r.grade)).size).toBeGreaterThan(2);
    // The filled year leaves some 偏差原因 empty: the rows that need one say so.
    expect(rows.some((r) => r.findings.some((f) => f.includes("需填写偏差原因")))).toBe(true);
  });

  it("shows no total for a fresh 自评表, in which nothing is scored yet", () => {
    const fresh = planSelfEvals(selfEvaluationsOf(SEED_DEPARTMENT));
    const rows = selfEvalScores(fresh.map((p) => ({ name: p.name, grid: planGrid(p) })));
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => r.total === null && r.grade === "")).toBe(true);
  });
});

describe("inserting", () => {
  it("inside Excel reads the workbook afresh, then writes nine 自评表: four syncs", async () => {
    const fake = new ExcelFake(["Sheet1"]);
    const host = excelHost(fake.run);
    await host.insert(
      (taken) => planDepartment(SEED_DEPARTMENT, taken),
      () => undefined
    );
    const stale = sourceOfImport({ ...SEED_DEPARTMENT, projects: [] }); // what the page read earlier
    const before = fake.syncs;
    const progress: string[] = [];
    const outcome = await insertYearAfter(
      host,
      stale,
      ALL_PROJECTS,
      selfEvalPlanner("湖北"),
      (done, total, sheet) => progress.push(`${done}/${total} ${sheet}`),
      "绩效自评表.xlsx"
    );
    expect(fake.syncs - before).toBe(4);
    expect(outcome.sheets).toEqual(
      SEED_DEPARTMENT.projects.map((p, i) => `自评-${i + 1}.${p.name}`)
    );
    expect(progress[8]).toBe(`9/9 ${outcome.sheets[8]}`);
    const read = readSelfEvalSheet(fake.sheet(outcome.sheets[0]).grid());
    expect(read?.evaluation.split.execution).toBe(20);
    // Again: the names are taken now, so the new ones get free variants; nothing is overwritten.
    const again = await insertYearAfter(
      host,
      stale,
      ALL_PROJECTS,
      selfEvalPlanner("财政部"),
      () => undefined,
      ""
    );
    expect(again.sheets[0]).toBe(`${outcome.sheets[0]}(2)`);
  });

  it("inserts the 监控表 of the one project picked, as of the date", async () => {
    const fake = new ExcelFake(["Sheet1"]);
    const host = excelHost(fake.run);
    await host.insert(
      (taken) => planDepartment(SEED_DEPARTMENT, taken),
      () => undefined
    );
    const source = sourceOfSheets(await host.readWorkbook());
    const outcome = await insertYearAfter(
      host,
      source,
      projectKey(source, 5),
      monitorPlanner(SEED_AS_OF),
      () => undefined,
      ""
    );
    expect(outcome.sheets).toEqual([`监控-1.${SEED_DEPARTMENT.projects[5].name}`]);
    const read = readMonitorSheet(fake.sheet(outcome.sheets[0]).grid());
    expect(read?.monitoring.asOf).toBe(SEED_AS_OF);
    expect(read?.monitoring.project.name).toBe(SEED_DEPARTMENT.projects[5].name);
  });

  it("refuses a pick no longer in the workbook, and a workbook without project sheets", async () => {
    const fake = new ExcelFake(["Sheet1"]);
    const host = excelHost(fake.run);
    const earlier = sourceOfImport(SEED_DEPARTMENT);
    await expect(
      insertYearAfter(
        host,
        earlier,
        projectKey(earlier, 0),
        selfEvalPlanner("财政部"),
        () => undefined,
        ""
      )
    ).rejects.toThrow(PICK_GONE);
    await expect(
      insertYearAfter(host, earlier, ALL_PROJECTS, selfEvalPlanner("财政部"), () => undefined, "")
    ).rejects.toThrow(NO_PROJECTS);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("in the preview downloads the 自评表 of the imported department, under the name given", async () => {
    const saved: { bytes: Uint8Array; file: string }[] = [];
    // The preview plans from the file it was given: it never asks for a workbook to read.
    const host = previewHost(
      (bytes, file) => saved.push({ bytes, file }),
      () => Promise.reject(new Error("不应再选择文件"))
    );
    const outcome = await insertYearAfter(
      host,
      sourceOfImport(SEED_DEPARTMENT),
      ALL_PROJECTS,
      selfEvalPlanner("财政部"),
      () => undefined,
      "绩效自评表.xlsx"
    );
    expect(outcome.file).toBe("绩效自评表.xlsx");
    expect(saved.map((s) => s.file)).toEqual(["绩效自评表.xlsx"]);
    const workbook = await readXlsx(saved[0].bytes);
    const read = workbook.worksheets.map((s) => readSelfEvalSheet(readGrid(s))?.evaluation);
    expect(read).toEqual(selfEvaluationsOf(SEED_DEPARTMENT));
  });
});
