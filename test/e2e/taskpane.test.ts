/**
 * The task pane in headless Chromium, served locally with office.js from node_modules: outside
 * Office it runs as the preview, and the form leads to a downloaded .xlsx whose content is checked;
 * the 审核 page reviews a chosen workbook with planted defects.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { BrowserContext, Page } from "playwright-core";
import {
  planDepartment,
  planSelfEval,
  planSelfEvals,
  readMonitorSheet,
  readProjectSheet,
  readYearAfter,
  selfEvaluationsOf,
} from "../../src/core/layout";
import { serialFromYMD } from "../../src/core/dates";
import { totalGrade, totalScore } from "../../src/core/selfeval";
import { readDepartment } from "../../src/core/layout/read-department";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { launch } from "../helpers/browser";
import { localOfficeJs, openPane } from "../helpers/pane-build";
import { readGrid, readXlsx, writeXlsx } from "../../src/hosts/xlsx";
import { filledSelfEvaluations } from "../helpers/selfeval-fill";
import { renderPdfs, workbookOf } from "../helpers/pdf";
import { defectiveWorkbook } from "../fixtures/review-workbook";
import { consistentSelfEval } from "../fixtures/year-after-workbook";
import { cleanDepartment } from "../fixtures/clean-department";

const root = join(__dirname, "..", "..");
/** Screenshots, unless PT_DOCS asks for them in docs/ (the built pane is shared: not there). */
const shots = mkdtempSync(join(tmpdir(), "pt-pane-shots-"));
let server: Server;
let base: string;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

// Each step waits on a real browser: room for a machine several times slower than this one.
jest.setTimeout(120_000);

beforeAll(async () => {
  ({ server, base, context, page } = await openPane("production", (opened) =>
    opened.on("pageerror", (error) => errors.push(error.message))
  ));
}, 600_000); // the production build minifies pdf.js too: minutes on a busy machine

afterAll(async () => {
  await context?.close();
  server?.close();
  rmSync(shots, { recursive: true, force: true });
});

it("opens as the preview when Office has no host", async () => {
  await page.getByText("预览模式").waitFor({ timeout: 60_000 });
  expect(await page.locator("h1").textContent()).toBe("绩效目标表助手");
  expect(await page.evaluate(() => typeof Office !== "undefined")).toBe(true); // office.js loaded locally
});

it("reads each 指标值 as it is typed", async () => {
  const value = page.getByTestId("indicator0").getByPlaceholder("≥95%");
  await value.fill("≥");
  await page.getByText("缺少数值").first().waitFor();
  await value.fill("≥96%");
  await page.getByText("理解为：定量指标：不低于 96%").waitFor();
});

it("goes through the form to a downloaded .xlsx with the project table", async () => {
  await page.getByTestId("unitCode").fill("989001");
  await page.getByTestId("unitName").fill("正定县城区街道办事处本级");
  await page.getByTestId("year").fill("2023");
  await page.getByTestId("code").fill("13012323P00000210777A");
  await page.getByTestId("name").fill("城镇建设工作经费");
  await page.getByTestId("budget").fill("23");
  await page.getByTestId("fiscalFunds").fill("23");
  await page.getByTestId("goals").fill("加强城乡环境卫生改变");
  await page.getByTestId("spread").click();
  // The spread loads its module on first use: wait for the amounts it writes.
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-testid="amount3"]') as HTMLInputElement | null)?.value !== ""
  );
  expect(await page.getByTestId("amount1").inputValue()).toBe("11.50");
  expect(await page.getByTestId("amount3").inputValue()).toBe("23.00");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: join(process.env.PT_DOCS ? join(root, "docs") : shots, "taskpane.png"),
  });

  const downloading = page.waitForEvent("download");
  await page.getByTestId("insert").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("1.城镇建设工作经费.xlsx");
  await page.getByTestId("result").waitFor();
  expect(await page.getByTestId("result").textContent()).toContain("已下载文件");

  const workbook = await readXlsx(readFileSync((await download.path()) as string));
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["1.城镇建设工作经费"]);
  const read = readProjectSheet(readGrid(workbook.worksheets[0]));
  expect(read?.unitCode).toBe("989001");
  expect(read?.project).toMatchObject({
    code: "13012323P00000210777A",
    name: "城镇建设工作经费",
    budget: 23,
    fiscalFunds: 23,
    otherFunds: null,
    goals: ["加强城乡环境卫生改变"],
    schedule: [
      { month: 3, amount: 5.75 },
      { month: 6, amount: 11.5 },
      { month: 10, amount: 19.17 },
      { month: 12, amount: 23 },
    ],
  });
  expect(read?.project.indicators[0]).toMatchObject({
    level1: "产出指标",
    level2: "数量指标",
    value: "≥96%",
  });
  expect(read?.project.indicators.map((r) => r.level2)).toEqual([
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "社会效益指标",
    "服务对象满意度指标",
  ]);
});

it("refuses to insert with a bad 指标值, and says why", async () => {
  await page.getByTestId("indicator1").getByPlaceholder("≥95%").fill("≥abc");
  await page.getByTestId("insert").click();
  await page.getByText("请先修正以下问题").waitFor();
});

it("imports a published document and downloads the whole department", async () => {
  await page.getByRole("tab", { name: "导入" }).click();
  const seed = readFileSync(join(root, "samples", "seed-zhengding-2023.txt"), "utf8");
  await page.getByTestId("import-text").fill(seed);
  await page.getByTestId("import-read").click();
  const preview = page.getByTestId("import-preview");
  await preview.waitFor();
  expect(await preview.textContent()).toContain(
    "正定县城区街道办事处本级 · 9 个项目 · 预算数 4133.62 万元"
  );
  expect(await preview.textContent()).toContain("全部读取，没有问题");
  await page.screenshot({
    path: join(process.env.PT_DOCS ? join(root, "docs") : shots, "import.png"),
  });

  const downloading = page.waitForEvent("download");
  await page.getByTestId("insert").click();
  const download = await downloading;
  const workbook = await readXlsx(readFileSync((await download.path()) as string));
  expect(workbook.worksheets).toHaveLength(11);
  const read = readDepartment(
    workbook.worksheets.map((s) => ({ name: s.name, grid: readGrid(s) }))
  );
  expect(read.department).toEqual(SEED_DEPARTMENT);
});

it("shows what it could not read in a broken document", async () => {
  await page.getByTestId("import-text").fill("1.某项目绩效目标表\n预算数 很多\n");
  await page.getByTestId("import-read").click();
  await page.getByText("第 2 行：预算数“很多”不是金额").waitFor();
});

it("imports the published PDF dropped on the page, and says why a broken one cannot be read", async () => {
  const pdf = renderPdfs([await workbookOf(SEED_DEPARTMENT)])[0];
  const transfer = await page.evaluateHandle((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], "正定县.pdf", { type: "application/pdf" }));
    return data;
  }, Array.from(pdf));
  await page.getByTestId("import-page").dispatchEvent("drop", { dataTransfer: transfer });
  const preview = page.getByTestId("import-preview");
  await preview
    .getByText("正定县城区街道办事处本级 · 9 个项目 · 预算数 4133.62 万元")
    .waitFor({ timeout: 120_000 });
  expect(await preview.textContent()).toContain("全部读取，没有问题");

  await page.getByTestId("import-file").setInputFiles({
    name: "坏文件.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n不完整"),
  });
  await page.getByText("文件不是有效的 PDF").waitFor({ timeout: 60_000 });
}, 300_000);

describe("the 审核 page on a chosen workbook", () => {
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const { plans, planted } = defectiveWorkbook();

  /** Starts (or restarts) the review and answers the file chooser it opens with `file`. */
  async function review(file: { name: string; buffer: Buffer }) {
    const choosing = page.waitForEvent("filechooser");
    await page.getByTestId("review-start").click();
    await (await choosing).setFiles({ ...file, mimeType: XLSX });
    await page.getByTestId("review-result").waitFor({ timeout: 60_000 });
  }

  it("lists the planted defects by sheet with their counts, and a click says where the cell is", async () => {
    await page.getByRole("tab", { name: "审核" }).click();
    expect(await page.getByTestId("review-start").textContent()).toBe("开始审核");
    // The department with its planted defects, and a sheet of the user's that holds no table.
    const workbook = await readXlsx(await writeXlsx(plans));
    workbook.addWorksheet("备注").getCell("B2").value = "内部备注";
    await review({ name: "部门.xlsx", buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });

    expect(await page.getByTestId("review-summary").textContent()).toBe(
      "正定县城区街道办事处本级 · 9 个项目 · 12 张工作表"
    );
    expect(await page.getByTestId("review-errors").textContent()).toBe("错误 4");
    expect(await page.getByTestId("review-warnings").textContent()).toBe("警告 2");
    const result = page.getByTestId("review-result");
    const groups = await result
      .getByTestId("review-group")
      .evaluateAll((sections) => sections.map((s) => s.querySelector("summary")?.textContent));
    expect(groups).toEqual([
      "1.城镇建设工作经费错误 2",
      "2.城镇社区党建惠民工程专项经费错误 1",
      "3.城镇社区工作经费错误 1",
      "5.聘用人员工资及社保缴纳经费警告 1",
      "7.社会事务工作经费警告 1",
      "备注", // the reader's note, listed apart
    ]);
    const rows = page
      .getByTestId("review-result")
      .locator(":scope > details [data-testid=review-finding]");
    expect(await rows.evaluateAll((list) => list.map((b) => b.getAttribute("title")))).toEqual(
      planted.map((p) => `'${p.sheet}'!${p.cell}`)
    );
    expect(await rows.nth(2).textContent()).toMatch(
      /^错误E14成本指标“项目建设成本”的指标值“≥95%”是完成率/
    );
    expect(await rows.nth(4).textContent()).toMatch(/^警告E17满意度指标值“≥85%”低于 90%/);
    expect(await page.getByTestId("review-notes").textContent()).toContain(
      "提示工作表“备注”中没有项目绩效目标表或指标表，未导入"
    );

    await rows.nth(3).click();
    expect(await page.getByTestId("review-shown").textContent()).toBe(
      "所在单元格 '3.城镇社区工作经费'!C5（预览模式不能选中单元格，请在 Excel 或 WPS 中打开该工作簿查看）"
    );
    expect(await rows.nth(3).getAttribute("aria-current")).toBe("true");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({
      path: join(process.env.PT_DOCS ? join(root, "docs") : shots, "review.png"),
    });
  });

  it("reviews again after the workbook was fixed, and says it is clean", async () => {
    expect(await page.getByTestId("review-start").textContent()).toBe("重新审核");
    await review({
      name: "部门.xlsx",
      buffer: Buffer.from(await writeXlsx(planDepartment(cleanDepartment()))),
    });
    expect(await page.getByTestId("review-errors").textContent()).toBe("错误 0");
    expect(await page.getByTestId("review-warnings").textContent()).toBe("警告 0");
    expect(await page.getByTestId("review-clean").textContent()).toBe(
      "没有发现问题：全部项目符合审核规则"
    );
    expect(await page.getByTestId("review-finding").count()).toBe(0);
  });

  it("says why a file that is no workbook cannot be reviewed", async () => {
    const choosing = page.waitForEvent("filechooser");
    await page.getByTestId("review-start").click();
    await (
      await choosing
    ).setFiles({ name: "坏.xlsx", mimeType: XLSX, buffer: Buffer.from("不是工作簿") });
    await page.getByText("审核失败：无法读取文件“坏.xlsx”：不是有效的 .xlsx 工作簿").waitFor();
  });

  it("reviews under the chosen preset and remembers the choice after a reload", async () => {
    const over = consistentSelfEval();
    over.results[6].actual = "125%"; // ≥95% exceeded by more than 30%: the 一体化系统 asks why
    const file = {
      name: "自评.xlsx",
      buffer: Buffer.from(await writeXlsx([planSelfEval(over, "自评-1")])),
    };
    expect(await page.getByTestId("review-preset").inputValue()).toBe("财政部");
    await review(file);
    expect(await page.getByTestId("review-finding").count()).toBe(0);
    await page.getByTestId("review-preset").selectOption("一体化系统");
    await review(file);
    expect(await page.getByTestId("review-errors").textContent()).toBe("错误 1");
    expect(await page.getByTestId("review-finding").first().getAttribute("title")).toBe(
      "'自评-1'!H19"
    );
    await page.reload();
    await page.getByRole("tab", { name: "审核" }).click();
    expect(await page.getByTestId("review-preset").inputValue()).toBe("一体化系统");
    await page.getByTestId("review-preset").selectOption("财政部"); // as the next tests expect
  });
});

describe("自评 and 监控 in the preview", () => {
  const seed = () => ({
    name: "seed-zhengding-2023.txt",
    mimeType: "text/plain",
    buffer: readFileSync(join(root, "samples", "seed-zhengding-2023.txt")),
  });

  it("makes the seed's nine 自评表 from the file chosen, with totals and grades by formula", async () => {
    await page.getByRole("tab", { name: "自评" }).click();
    await page.getByText("选择含自评表的工作簿（.xlsx）即显示其总分和等级").waitFor();
    await page.getByTestId("year-file").setInputFiles(seed());
    await page.getByText("文件中的项目：9").waitFor();
    const downloading = page.waitForEvent("download");
    await page.getByTestId("insert").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("绩效自评表.xlsx");
    await page.getByTestId("result").waitFor();
    expect(await page.getByTestId("result").textContent()).toContain("已下载文件：绩效自评表.xlsx");

    const workbook = await readXlsx(readFileSync((await download.path()) as string));
    expect(workbook.worksheets).toHaveLength(9);
    const read = readYearAfter(
      workbook.worksheets.map((s) => ({ name: s.name, grid: readGrid(s) }))
    );
    expect(read.selfEvaluations.map((s) => s.evaluation)).toEqual(
      selfEvaluationsOf(SEED_DEPARTMENT)
    );
    for (const sheet of workbook.worksheets) {
      const rowOf = (label: string) => {
        let found = 0;
        sheet.eachRow((row, r) => {
          if (row.getCell(1).value === label) found = r;
        });
        return found;
      };
      // 总分 in column G and 评价等级 in column F: built-in formulas, no PT.* without the add-in.
      const totalRow = rowOf("总分");
      const total = sheet.getCell(totalRow, 7).formula;
      const grade = sheet.getCell(rowOf("评价等级"), 6).formula;
      expect(total).toContain("ROUND(SUM(");
      expect(grade).toContain(`G${totalRow}>=90,"优"`);
      expect(`${total} ${grade}`).not.toContain("PT.");
    }
  });

  it("shows the 总分 and 等级 of each 自评表 in a workbook chosen", async () => {
    const filled = filledSelfEvaluations();
    const bytes = await writeXlsx(planSelfEvals(filled));
    await page.getByTestId("year-file").setInputFiles({
      name: "自评.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    const table = page.getByTestId("selfeval-scores");
    await table.getByText("工作簿中的自评表：9").waitFor();
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].slice(1, 3).map((td) => td.textContent))
      );
    expect(rows).toEqual(
      filled.map((e) => [totalScore(e)?.toFixed(2) ?? "—", totalGrade(e) || "—"])
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({
      path: join(process.env.PT_DOCS ? join(root, "docs") : shots, "selfeval-pane.png"),
    });
  });

  it("makes the 监控表 of one project as of the date typed", async () => {
    await page.getByRole("tab", { name: "监控" }).click();
    await page.getByTestId("year-file").setInputFiles(seed());
    await page.getByText("文件中的项目：9").waitFor();
    const date = page.getByTestId("monitor-date");
    // The seed's text names no budget year: 7月底 of this year.
    expect(SEED_DEPARTMENT.year).toBeNull();
    expect(await date.inputValue()).toBe(`${new Date().getFullYear()}-07-31`);
    await date.fill("2023-13-01");
    await page.getByTestId("insert").click();
    await page.getByText("请先修正以下问题").waitFor();
    await date.fill("2023.06");
    await page.getByText("理解为：2023年6月30日（1–6月）").waitFor();
    await page
      .getByTestId("year-project")
      .selectOption({ label: `5.${SEED_DEPARTMENT.projects[4].name}` });
    const downloading = page.waitForEvent("download");
    await page.getByTestId("insert").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("绩效运行监控表.xlsx");
    const workbook = await readXlsx(readFileSync((await download.path()) as string));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      `监控-1.${SEED_DEPARTMENT.projects[4].name}`,
    ]);
    const read = readMonitorSheet(readGrid(workbook.worksheets[0]));
    expect(read?.monitoring.asOf).toBe(serialFromYMD(2023, 6, 30));
    expect(read?.monitoring.project.name).toBe(SEED_DEPARTMENT.projects[4].name);
  });
});

it("speaks English where the browser (or Office) runs in English", async () => {
  const english = await launch(base, localOfficeJs, "en-US");
  try {
    const pane = english.pages()[0] ?? (await english.newPage());
    await pane.goto(`${base}/taskpane.html`);
    await pane.getByText("Preview: not inside Excel").waitFor({ timeout: 60_000 });
    expect(await pane.locator("h1").textContent()).toBe("Performance Targets");
    expect(await pane.getByRole("tab", { name: "Import" }).count()).toBe(1);
  } finally {
    await english.close();
  }
});

it("runs 自检 when Excel calls the ribbon's action: the pane turns to 自检 and starts it", async () => {
  // As Excel does for an ExecuteFunction button: the function the page associated under the
  // manifest's FunctionName (office.js keeps the names upper-cased), with an event to complete.
  const calls = await page.evaluate(async () => {
    const office = Office as unknown as {
      actions: { _association: { mappings: Record<string, (event: unknown) => void> } };
      addin?: { showAsTaskpane(): Promise<void> };
    };
    const seen: string[] = [];
    // The preview has no Office host to show a pane: a stand-in records the call.
    office.addin = { ...office.addin, showAsTaskpane: async () => void seen.push("show") };
    await new Promise<void>((resolve) =>
      office.actions._association.mappings.PTSELFTEST({
        completed: () => {
          seen.push("completed");
          resolve();
        },
      })
    );
    return seen;
  });
  expect(calls).toEqual(["show", "completed"]);
  await page.getByRole("tab", { name: "自检", selected: true }).waitFor();
  // It started at once: the preview has no workbook, and the page says so.
  await page.getByText("自检只能在 Excel 或 WPS 表格中运行").waitFor();
});

it("raised no script errors", () => {
  expect(errors).toEqual([]);
});
