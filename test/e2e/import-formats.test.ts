/**
 * The pane's 导入 page in headless Chromium with files of other formats: a BIFF8 .xls dropped on
 * the page (read by SheetJS, loaded as its own chunk only then), and a table pasted with the
 * clipboard's HTML (rowspans kept), each showing the seed department.
 */
import { Server } from "http";
import * as XLSX from "@e965/xlsx";
import { BrowserContext, Page } from "playwright-core";
import { openDocument } from "../../src/core/import/open";
import { planDepartment } from "../../src/core/layout";
import { writeXlsx } from "../../src/hosts/xlsx";
import { openPane } from "../helpers/pane-build";
import { htmlOfSheets } from "../helpers/office-docs";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

const SEED_LINE = "正定县城区街道办事处本级 · 9 个项目 · 预算数 4133.62 万元";
let server: Server;
let context: BrowserContext;
let page: Page;
const loaded: string[] = [];

jest.setTimeout(120_000);

beforeAll(async () => {
  ({ server, context, page } = await openPane("production", (opened) =>
    opened.on("request", (request) => loaded.push(new URL(request.url()).pathname))
  ));
  await page.getByRole("tab", { name: "导入" }).click();
}, 900_000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

it("a .xls dropped on the page is read by its content, SheetJS loading only then", async () => {
  const xlsx = await writeXlsx(planDepartment(SEED_DEPARTMENT));
  const xls = XLSX.write(XLSX.read(xlsx, { type: "array" }), {
    bookType: "biff8",
    type: "array",
  }) as ArrayBuffer;
  expect(loaded.some((p) => p.includes("sheetjs"))).toBe(false);
  const transfer = await page.evaluateHandle(
    (bytes) => {
      const data = new DataTransfer();
      data.items.add(
        new File([new Uint8Array(bytes)], "部门.xls", { type: "application/vnd.ms-excel" })
      );
      return data;
    },
    Array.from(new Uint8Array(xls))
  );
  await page.getByTestId("import-page").dispatchEvent("drop", { dataTransfer: transfer });
  await page.getByTestId("import-preview").getByText(SEED_LINE).waitFor({ timeout: 120_000 });
  expect(loaded.some((p) => p.includes("sheetjs"))).toBe(true);
}, 300_000);

it("a table pasted from a web page keeps its cells: the clipboard's HTML is read", async () => {
  const twin = await openDocument(await writeXlsx(planDepartment(SEED_DEPARTMENT)), "seed.xlsx");
  const html = htmlOfSheets(twin.sheets);
  // What the clipboard's plain text of such a page looks like: cells run together, no structure.
  const plain = twin.sheets
    .map((s) =>
      s.grid
        .flat()
        .filter((v) => v !== null)
        .join(" ")
    )
    .join("\n");
  await page.getByTestId("import-text").evaluate(
    (textarea, [h, p]) => {
      const data = new DataTransfer();
      data.setData("text/html", h);
      data.setData("text/plain", p);
      textarea.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
      );
    },
    [html, plain]
  );
  await page.getByTestId("import-text").fill(plain); // the browser's own paste of the plain text
  await page.getByTestId("import-read").click();
  // Filling the box after the paste counts as the paste's text; the HTML is what is read.
  await page.getByTestId("import-preview").getByText(SEED_LINE).waitFor({ timeout: 60_000 });
});
