/**
 * 导出为预算系统导入格式 in the task pane, in headless Chromium (the preview, outside Office): a
 * published document read on the 导入 page, then a flat .xlsx downloaded in the column set chosen,
 * read back to the seed's projects; a flat file chosen on the 导入 page is read as what it is.
 */
import { readFileSync } from "fs";
import { Server } from "http";
import { join } from "path";
import { BrowserContext, Page } from "playwright-core";
import { importSheets } from "../../src/core/import";
import { readSheetValues, readXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { openPane } from "../helpers/pane-build";
import { carried } from "../helpers/flat-model";

const root = join(__dirname, "..", "..");
let server: Server;
let context: BrowserContext;
let page: Page;

// Each step waits on a real browser: room for a machine several times slower than this one.
jest.setTimeout(180_000);

beforeAll(async () => {
  // A development build: the same pane, built in a fraction of the production build's time.
  ({ server, context, page } = await openPane("development"));
  await page.getByText("预览模式").waitFor({ timeout: 120_000 });
}, 900_000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

it("downloads the imported department in the numeric column set, and reads it back", async () => {
  await page.getByRole("tab", { name: "导入" }).click();
  await page
    .getByTestId("import-text")
    .fill(readFileSync(join(root, "samples", "seed-zhengding-2023.txt"), "utf8"));
  await page.getByTestId("import-read").click();
  await page.getByTestId("flat-export").waitFor();
  await page.getByTestId("flat-columns").selectOption("numeric");
  expect(await page.getByTestId("flat-notes").textContent()).toContain(
    "单元格 '预算系统导入'!I15：“23 个”没有计算符号"
  );
  const downloading = page.waitForEvent("download");
  await page.getByTestId("flat-export-run").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("预算系统导入.xlsx");
  const workbook = await readXlsx(readFileSync((await download.path()) as string));
  const sheets = workbook.worksheets.map(readSheetValues);
  expect(sheets.map((s) => s.name)).toEqual(["预算系统导入"]);
  expect(new Set(sheets[0].grid.slice(1).map((row) => row[8] ?? ""))).toEqual(
    new Set(["1", "3", "6", ""])
  );
  expect(carried(importSheets(sheets, "下载").department.projects)).toEqual(
    carried(SEED_DEPARTMENT.projects)
  );

  // The file downloaded, chosen on the same page, is read as the flat layout it is.
  await page.getByTestId("import-file").setInputFiles({
    name: "预算系统导入.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: readFileSync((await download.path()) as string),
  });
  await page.getByTestId("import-preview").getByText("· 9 个项目").waitFor();
  expect(await page.getByTestId("import-preview").textContent()).toContain("全部读取，没有问题");
});
