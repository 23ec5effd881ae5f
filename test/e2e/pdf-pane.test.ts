/**
 * The task pane reads a report engine's PDF whose Chinese font is not embedded (STSong-Light,
 * UniGB-UCS2-H): pdf.js fetches the CMaps the build copied beside the pane (webpack.config.js),
 * by an address relative to the page; and a scan gets its one message. Built in development mode
 * (no minifying), served locally, in headless Chromium.
 */
import { Server } from "http";
import { BrowserContext, Page } from "playwright-core";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { openPane } from "../helpers/pane-build";
import { layOut, writePdf } from "../helpers/pdf-bytes";
import { printedDepartment } from "../helpers/printed";

let server: Server;
let context: BrowserContext;
let page: Page;
const fetched: string[] = [];

jest.setTimeout(180_000);

beforeAll(async () => {
  // A development build: the same pane, built in a fraction of the production build's time.
  ({ server, context, page } = await openPane("development", (opened) =>
    opened.on("request", (request) => fetched.push(new URL(request.url()).pathname))
  ));
  await page.getByRole("tab", { name: "导入" }).click();
}, 600_000); // a build on a busy machine takes minutes

afterAll(async () => {
  await context?.close();
  server?.close();
});

async function drop(bytes: Uint8Array, name: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([data, file]) => {
      const items = new DataTransfer();
      items.items.add(new File([new Uint8Array(data)], file, { type: "application/pdf" }));
      return items;
    },
    [Array.from(bytes), name] as const
  );
  await page.getByTestId("import-page").dispatchEvent("drop", { dataTransfer: transfer });
}

it("reads a PDF in a non-embedded Chinese font through the CMaps copied beside the pane", async () => {
  const pages = layOut(printedDepartment(SEED_DEPARTMENT), 595, 842).map((content) => ({
    width: 595,
    height: 842,
    content,
  }));
  await drop(writePdf(pages), "报表系统导出.pdf");
  const preview = page.getByTestId("import-preview");
  await preview
    .getByText("正定县城区街道办事处本级 · 9 个项目 · 预算数 4133.62 万元")
    .waitFor({ timeout: 150_000 });
  expect(await preview.textContent()).toContain("全部读取，没有问题");
  expect(fetched).toContain("/pdfjs/cmaps/UniGB-UCS2-H.bcmap");
});

it("says once that a scanned PDF has no text, and what to do", async () => {
  const scan = writePdf([{ width: 595, height: 842, content: "", scan: true }]);
  await drop(scan, "扫描件.pdf");
  await page.getByText(/是扫描件或图片/).waitFor({ timeout: 60_000 });
  expect(await page.getByText(/电子版原文件/).count()).toBe(1);
});
