/**
 * The built WPS add-in: the folder holds ribbon.xml, the start page and the pane without office.js;
 * the start page, loaded in Chromium with a fake `wps`, registers every PT function under the PT
 * namespace with metadata (`?` on optional parameters), synchronously; called with WPS's
 * conventions (omitted arguments as -2147352572, 1×1 arrays, Date objects, empty cells) they
 * answer as the Excel functions do. The pane follows a changed fragment and, with no workbook
 * open, says so. Its 审核 page, on the recording WPS fake holding a workbook with planted defects,
 * lists the findings and selects a finding's cell with Range.Select on its sheet. With the fake
 * holding the seed's project sheets, the 自评 and 监控 pages read the workbook and insert a 自评表
 * and the 监控表 beside them.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { BrowserContext, Page } from "playwright-core";
import { path7za } from "7zip-bin";
import { buildSync } from "esbuild";
import { readSelfEvalSheet } from "../../src/core/layout";
import { Scalar } from "../../src/core/layout/plan";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import * as functions from "../../src/functions/functions";
import { launch, serve } from "../helpers/browser";
import { Answer, EXCEL_CALLS, wpsCalls } from "../helpers/wps-conventions";
import { insertSheetsWps } from "../../src/hosts/wps";
import { defectiveWorkbook } from "../fixtures/review-workbook";
import { WpsFake } from "../helpers/wps-fake";
import { fakeWorkbookScript, sheetCells } from "../helpers/wps-fake-page";

const root = join(__dirname, "..", "..");
/** The offline package's folder: pt_<the package's version>. */
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
};
const folder = `pt_${version}`;
// Each step waits on a real browser: room for a machine several times slower than this one.
jest.setTimeout(120_000);
let dist: string;
let offline: string;
let server: Server;
let base: string;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

/** The fake `wps` root the start page sees: records registrations, task panes and storage. */
const FAKE_WPS = `
  window.__registered = [];
  window.__panes = [];
  const storage = {};
  window.wps = window.Application = {
    AddCustomFunction(namespace, name, fn, metadata) { window.__registered.push({ namespace, name, fn, metadata }); },
    PluginStorage: { getItem: (k) => storage[k] || "", setItem: (k, v) => { storage[k] = String(v); } },
    CreateTaskPane(url, title) { const pane = { ID: window.__panes.length + 1, url, title, Visible: false, Navigate(u) { this.url = u; } }; window.__panes.push(pane); return pane; },
    GetTaskPane(id) { return window.__panes[id - 1]; },
  };
`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "pt-wps-"));
  offline = mkdtempSync(join(tmpdir(), "pt-wps-offline-"));
  execFileSync(
    join(root, "node_modules", ".bin", "webpack"),
    ["--config", "webpack.wps.config.js", "--mode", "production", "--output-path", dist],
    { cwd: root, stdio: "pipe" }
  );
  execFileSync(process.execPath, [join(root, "scripts", "package-wps.js"), dist, offline], {
    cwd: root,
    stdio: "pipe",
  });
  ({ server, base } = await serve(dist));
  context = await launch(base);
  await context.addInitScript(FAKE_WPS);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(
    () => (window as unknown as { ptRegistered?: string[] }).ptRegistered !== undefined
  );
}, 480_000); // the WPS build alone took ~235 s here with other builds running

afterAll(async () => {
  await context?.close();
  server?.close();
});

describe("the built WPS folder", () => {
  it("holds ribbon.xml starting with <customUI, the start page and the pane", () => {
    expect(readFileSync(join(dist, "ribbon.xml"), "utf8").startsWith("<customUI")).toBe(true);
    for (const file of [
      "index.html",
      "taskpane.html",
      "wps.js",
      "taskpane.js",
      "assets/icon-32.png",
    ]) {
      expect(existsSync(join(dist, file))).toBe(true);
    }
  });

  it("refers to office.js nowhere", () => {
    for (const file of files(dist))
      expect(readFileSync(file, "utf8")).not.toMatch(/office\.js|appsforoffice/i);
  });

  it("has a ribbon tab 绩效目标 whose buttons call the start page's callbacks", () => {
    const ribbon = readFileSync(join(dist, "ribbon.xml"), "utf8");
    expect(ribbon).toContain('label="绩效目标"');
    expect(ribbon).toContain('onLoad="ribbon.OnAddinLoad"');
    for (const id of [
      "ptOpenPane",
      "ptNewProject",
      "ptOverview",
      "ptImport",
      "ptReview",
      "ptSelfEval",
      "ptMonitor",
      "ptChecker",
      "ptSelfTest",
    ]) {
      expect(ribbon).toMatch(new RegExp(`id="${id}"[^>]*onAction="ribbon.OnAction"`));
    }
    expect(ribbon).toMatch(/id="ptSelfTest" label="自检"/);
  });

  it("keeps what real WPS builds need: no XML declaration, no unguarded crypto.randomUUID", () => {
    expect(readFileSync(join(dist, "ribbon.xml"), "utf8")).toMatch(/^<customUI /);
    const scripts = files(dist).filter((f) => /\.(js|html)$/.test(f));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/crypto\.randomUUID/g)) {
        // A use is guarded when a typeof test of it comes just before (as pdf.js has).
        const before = text.slice(Math.max(0, m.index - 120), m.index + m[0].length);
        expect([file, /typeof\s*crypto(\.randomUUID)?/.test(before)]).toEqual([file, true]);
      }
    }
  });

  it("writes the install page beside the online add-in, stating the minimum WPS builds", () => {
    const page = readFileSync(join(dist, "publish.html"), "utf8");
    expect(page).toContain("127.0.0.1:58890");
    expect(page).toContain("12.1.0.16910");
    expect(page).toContain("12.1.0.20540");
    expect(existsSync(join(offline, folder, "publish.html"))).toBe(false);
  });

  it("packs the offline add-in as the wpsjs toolkit does: a folder, a .7z with that folder on top, its list entry", () => {
    const listing = execFileSync(path7za, ["l", "-slt", join(offline, `${folder}.7z`)], {
      encoding: "utf8",
    });
    const paths = [...listing.matchAll(/^Path = (.+)$/gm)].map((m) => m[1].replace(/\\/g, "/"));
    for (const file of ["ribbon.xml", "index.html", "taskpane.html", "wps.js"])
      expect(paths).toContain(`${folder}/${file}`);
    expect(
      paths
        .filter((p) => p !== folder && !p.endsWith(".7z"))
        .every((p) => p.startsWith(`${folder}/`))
    ).toBe(true);
    expect(existsSync(join(offline, folder, "ribbon.xml"))).toBe(true);
    const publish = readFileSync(join(offline, "publish.xml"), "utf8");
    expect(publish).toContain(
      `<jsplugin name="pt" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`
    );
    expect(publish).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});

describe("the start page in a DOM with a fake wps", () => {
  it("registers every PT function under the PT namespace, with Chinese help and `?` on optional parameters", async () => {
    const registered = await page.evaluate(() =>
      (
        window as unknown as {
          __registered: {
            namespace: string;
            name: string;
            metadata: {
              description: string;
              parameters: { name: string; description: string; type: string }[];
              result: { type: string };
            };
          }[];
        }
      ).__registered.map((r) => ({
        namespace: r.namespace,
        name: r.name,
        description: r.metadata.description,
        parameters: r.metadata.parameters.map((p) => `${p.name}: ${p.type}`),
        result: r.metadata.result.type,
      }))
    );
    expect(registered.map((r) => r.name).sort()).toEqual([
      "BUDGETSCORE",
      "CHECK",
      "EXPLAIN",
      "GRADE",
      "LIGHT",
      "PROGRESS",
      "REVIEW",
      "SCHEDULE",
      "SCORE",
    ]);
    expect(
      registered.every((r) => r.namespace === "PT" && /^[\u4e00-\u9fff]/.test(r.description))
    ).toBe(true);
    const byName = Object.fromEntries(registered.map((r) => [r.name, r]));
    expect(byName.PROGRESS.parameters).toEqual([
      "spent: any",
      "budget: any",
      "planned: any?",
      "date: any?",
      "tolerance: any?",
    ]);
    expect(byName.CHECK.parameters).toEqual([
      "actual: any",
      "target: any",
      "indicator: any?",
      "year: any?",
    ]);
    expect(byName.LIGHT.parameters).toEqual([
      "spent: any",
      "budget: any",
      "date: any",
      "rule: any?",
    ]);
    expect(byName.SCHEDULE.result).toBe("number");
  });

  /** Excel's answer: the JSDoc'd export, awaited (PT.REVIEW is async there, its rules loaded on first call). */
  async function inNode(name: string, args: unknown[]): Promise<Answer> {
    const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[
      name.toLowerCase()
    ];
    try {
      return { value: await fn(...args) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }

  it("answers every call made with WPS's conventions synchronously, as Excel answers it", async () => {
    const cases = EXCEL_CALLS.flatMap(([name, excelArgs]) =>
      wpsCalls([name, excelArgs]).map((call) => ({ name, excelArgs, ...call }))
    );
    expect(cases.length).toBeGreaterThan(150);
    const inWps = await page.evaluate(
      (calls) =>
        calls.map(({ name, args }) => {
          const entry = (
            window as unknown as {
              __registered: { name: string; fn: (...a: unknown[]) => unknown }[];
            }
          ).__registered.find((r) => r.name === name);
          try {
            const value = entry?.fn(...args);
            return { sync: !(value instanceof Promise), answer: { value } };
          } catch (error) {
            return { sync: true, answer: { error: (error as Error).message } };
          }
        }),
      cases.map(({ name, args }) => ({ name, args }))
    );
    for (const [i, c] of cases.entries()) {
      const label = `PT.${c.name}(${JSON.stringify(c.excelArgs)}) with ${c.convention}`;
      expect({ label, sync: inWps[i].sync, answer: inWps[i].answer }).toEqual({
        label,
        sync: true,
        answer: await inNode(c.name, c.excelArgs),
      });
    }
  }, 60_000);

  it("opens the task pane from the ribbon, once, on the tab the button names", async () => {
    const panes = await page.evaluate(() => {
      const w = window as unknown as {
        ribbon: { OnAction(c: { Id: string }): boolean; OnAddinLoad(): boolean };
        __panes: { url: string; Visible: boolean }[];
      };
      const loaded = w.ribbon.OnAddinLoad();
      const first = w.ribbon.OnAction({ Id: "ptImport" });
      w.ribbon.OnAction({ Id: "ptNewProject" });
      return { loaded, first, panes: w.__panes.map((p) => ({ url: p.url, visible: p.Visible })) };
    });
    expect(panes.loaded).toBe(true);
    expect(panes.first).toBe(true);
    expect(panes.panes).toEqual([{ url: `${base}/taskpane.html#project`, visible: true }]);
  });

  it("answers the ribbon synchronously: no callback is async or returns a promise", async () => {
    const kinds = await page.evaluate(() => {
      const ribbon = (window as unknown as { ribbon: Record<string, (c?: unknown) => unknown> })
        .ribbon;
      return Object.entries(ribbon).map(([name, fn]) => {
        const answer = fn({ Id: "ptNoSuchButton" });
        const thenable = typeof (answer as { then?: unknown } | null)?.then === "function";
        return [name, fn.constructor.name, thenable];
      });
    });
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    for (const [name, kind, thenable] of kinds)
      expect([name, kind, thenable]).toEqual([name, "Function", false]);
  });

  it("opens the open pane on the 审核 tab from its ribbon button", async () => {
    const url = await page.evaluate(() => {
      const w = window as unknown as {
        ribbon: { OnAction(c: { Id: string }): boolean };
        __panes: { url: string }[];
      };
      w.ribbon.OnAction({ Id: "ptReview" });
      return w.__panes.map((p) => p.url);
    });
    expect(url).toEqual([`${base}/taskpane.html#review`]);
  });

  it("the pane detects WPS, opens on the tab asked for, and needs no office.js", async () => {
    const pane = await context.newPage();
    pane.on("pageerror", (error) => errors.push(error.message));
    await pane.goto(`${base}/taskpane.html#import`);
    await pane.getByText("已连接 WPS 表格").waitFor();
    expect(await pane.getByRole("tab", { name: "导入" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    await pane.close();
  });

  it("follows the fragment when a ribbon button changes only that, and keeps it in step", async () => {
    const pane = await context.newPage();
    pane.on("pageerror", (error) => errors.push(error.message));
    await pane.goto(`${base}/taskpane.html#import`);
    await pane.getByText("已连接 WPS 表格").waitFor();
    const selected = (name: string) =>
      pane.getByRole("tab", { name }).getAttribute("aria-selected");
    await pane.evaluate(() => (window.location.hash = "#checker"));
    await pane.waitForFunction(() =>
      document
        .querySelector('[role="tab"][aria-selected="true"]')
        ?.textContent?.includes("指标值检查")
    );
    expect(await selected("导入")).toBe("false");
    await pane.getByRole("tab", { name: "项目表" }).click();
    expect(await pane.evaluate(() => window.location.hash)).toBe("#project");
    await pane.evaluate(() => (window.location.hash = "#import"));
    await pane.waitForFunction(() =>
      document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.includes("导入")
    );
    expect(await selected("项目表")).toBe("false");
    await pane.close();
  }, 60_000);

  it("says 请先打开或新建一个工作簿 when inserting with no workbook open", async () => {
    const pane = await context.newPage();
    pane.on("pageerror", (error) => errors.push(error.message));
    await pane.goto(`${base}/taskpane.html#import`);
    const seed = readFileSync(join(root, "samples", "seed-zhengding-2023.txt"), "utf8");
    await pane.getByTestId("import-text").fill(seed);
    await pane.getByTestId("import-read").click();
    await pane.getByTestId("import-preview").waitFor();
    await pane.getByTestId("insert").click();
    const result = pane.getByTestId("result");
    await result.waitFor();
    expect(await result.textContent()).toContain("请先打开或新建一个工作簿");
    await pane.close();
  }, 60_000);

  it("says 请先打开或新建一个工作簿 when reviewing with no workbook open", async () => {
    const pane = await context.newPage();
    pane.on("pageerror", (error) => errors.push(error.message));
    await pane.goto(`${base}/taskpane.html#review`);
    await pane.getByTestId("review-start").click();
    await pane.getByText("审核失败：请先打开或新建一个工作簿").waitFor();
    await pane.close();
  }, 60_000);

  it("reviews the open workbook on the 审核 page, and a click selects the cell with Range.Select", async () => {
    // The workbook as the WPS host writes it, with its planted defects, in the page's fake.
    const { plans, planted } = defectiveWorkbook();
    const written = new WpsFake(["Sheet1"]);
    await insertSheetsWps(written.application, () => plans);
    const book = await launch(base);
    try {
      await book.addInitScript(fakeWorkbookScript(sheetCells(written)));
      const pane = book.pages()[0] ?? (await book.newPage());
      pane.on("pageerror", (error) => errors.push(error.message));
      await pane.goto(`${base}/taskpane.html#review`);
      await pane.getByText("已连接 WPS 表格").waitFor();
      await pane.getByTestId("review-start").click();
      await pane.getByTestId("review-result").waitFor({ timeout: 60_000 });
      expect(await pane.getByTestId("review-summary").textContent()).toBe(
        "正定县城区街道办事处本级 · 9 个项目 · 12 张工作表"
      );
      expect(await pane.getByTestId("review-errors").textContent()).toBe("错误 4");
      expect(await pane.getByTestId("review-warnings").textContent()).toBe("警告 2");
      const rows = pane.getByTestId("review-finding");
      expect(await rows.evaluateAll((list) => list.map((b) => b.getAttribute("title")))).toEqual(
        planted.map((p) => `'${p.sheet}'!${p.cell}`)
      );

      const selected = () =>
        pane.evaluate(() => {
          const fake = (window as unknown as { __fake: WpsFake }).__fake;
          return {
            selection: fake.selection,
            active: fake.sheets.filter((s) => s.active).map((s) => s.name),
            writes: fake.calls.filter((c) => c.endsWith("=")),
          };
        });
      await rows.nth(4).click();
      await pane.getByTestId("review-shown").waitFor();
      expect(await pane.getByTestId("review-shown").textContent()).toBe(
        `已选中 '${planted[4].sheet}'!${planted[4].cell}`
      );
      expect(await selected()).toEqual({
        selection: { sheet: planted[4].sheet, address: planted[4].cell },
        active: [planted[4].sheet],
        writes: [],
      });

      // A sheet deleted since the review: said in Chinese, nothing selected elsewhere.
      await pane.evaluate((name) => {
        const fake = (window as unknown as { __fake: WpsFake }).__fake;
        fake.sheets = fake.sheets.filter((s) => s.name !== name);
      }, planted[0].sheet);
      await rows.nth(0).click();
      await pane
        .getByText(`找不到工作表“${planted[0].sheet}”（可能已被删除或改名）。请重新审核`)
        .waitFor();
      expect((await selected()).selection).toEqual({
        sheet: planted[4].sheet,
        address: planted[4].cell,
      });
    } finally {
      await book.close();
    }
  }, 120_000);

  it("says 请先打开或新建一个工作簿 on the 自评 page with no workbook open", async () => {
    const pane = await context.newPage();
    pane.on("pageerror", (error) => errors.push(error.message));
    await pane.goto(`${base}/taskpane.html#selfeval`);
    await pane.getByRole("alert").getByText("请先打开或新建一个工作簿").waitFor();
    await pane.close();
  }, 60_000);

  it("raised no script errors", () => {
    expect(errors).toEqual([]);
  });
});

describe("the pane's 自评 and 监控 pages on a workbook (the recording ET fake)", () => {
  let withBook: BrowserContext;
  let pane: Page;
  const paneErrors: string[] = [];

  /** The names of the fake workbook's sheets, in tab order. */
  const sheetNames = () =>
    pane.evaluate(() =>
      (window as unknown as { __fake: { sheets: { name: string }[] } }).__fake.sheets.map(
        (s) => s.name
      )
    );

  /** A sheet of the fake as values from A1 (formulas as the empty value they show here). */
  async function sheetGrid(name: string): Promise<Scalar[][]> {
    const cells = await pane.evaluate((wanted) => {
      const fake = (
        window as unknown as {
          __fake: { sheet(n: string): { cells: Map<string, { value: Scalar; formula?: string }> } };
        }
      ).__fake;
      return [...fake.sheet(wanted).cells.entries()].map(
        ([key, cell]) => [key, cell.value] as const
      );
    }, name);
    const grid: Scalar[][] = [];
    for (const [key, value] of cells) {
      const [r, c] = key.split(",").map(Number);
      while (grid.length < r) grid.push([]);
      grid[r - 1][c - 1] = value;
    }
    return grid.map((row) => Array.from(row, (v) => v ?? null));
  }

  beforeAll(async () => {
    const script = buildSync({
      entryPoints: [join(root, "test", "helpers", "wps-pane-workbook.ts")],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      target: "es2017",
    }).outputFiles[0].text;
    withBook = await launch(base);
    await withBook.addInitScript({ content: script });
    pane = await withBook.newPage();
    pane.on("pageerror", (error) => paneErrors.push(error.message));
  });

  afterAll(async () => {
    await withBook?.close();
  });

  it("lists the project sheets of the workbook and inserts the 自评表 of the one picked", async () => {
    await pane.goto(`${base}/taskpane.html#selfeval`);
    await pane.getByText("已连接 WPS 表格").waitFor();
    await pane.getByText("工作簿中的项目表：9").waitFor();
    await pane.getByText("工作簿中还没有自评表").waitFor();
    const before = await sheetNames();
    await pane.getByTestId("year-project").selectOption({ label: "3.城镇社区工作经费" });
    await pane.getByTestId("selfeval-split").selectOption("湖北");
    await pane.getByTestId("insert").click();
    const result = pane.getByTestId("result");
    await result.waitFor();
    expect(await result.textContent()).toBe("已插入工作表：自评-1.城镇社区工作经费");

    expect(await sheetNames()).toEqual([...before, "自评-1.城镇社区工作经费"]);
    const read = readSelfEvalSheet(await sheetGrid("自评-1.城镇社区工作经费"));
    expect(read?.evaluation.project).toMatchObject({
      name: "城镇社区工作经费",
      code: SEED_DEPARTMENT.projects[2].code,
      budget: SEED_DEPARTMENT.projects[2].budget,
    });
    expect(read?.evaluation.split.execution).toBe(20); // 湖北
    expect(read?.evaluation.results.map((r) => r.weight)).not.toContain(null);
    // The table below is read again: the new 自评表, nothing scored yet.
    const table = pane.getByTestId("selfeval-scores");
    await table.getByText("自评-1.城镇社区工作经费").waitFor();
    expect(await table.locator("tbody tr").count()).toBe(1);
  });

  it("inserts the 监控表 of every project as of the date typed, beside the sheets there", async () => {
    await pane.evaluate(() => (window.location.hash = "#monitor"));
    await pane.getByText("工作簿中的项目表：9").waitFor();
    const date = pane.getByTestId("monitor-date");
    await date.fill("2023年6月底");
    await pane.getByText("理解为：2023年6月30日（1–6月）").waitFor();
    await pane.getByTestId("insert").click();
    const result = pane.getByTestId("result");
    await result.waitFor();
    expect(await result.textContent()).toContain("监控-9.");
    const names = await sheetNames();
    expect(names.filter((n) => n.startsWith("监控-"))).toEqual(
      SEED_DEPARTMENT.projects.map((p, i) => `监控-${i + 1}.${p.name}`)
    );
    expect(names.filter((n) => n.startsWith("自评-"))).toHaveLength(1);
    expect(names[0]).toBe("Sheet1");
  });

  it("runs 自检 from the ribbon's fragment: a report to copy, and the temporary sheet gone", async () => {
    const before = await sheetNames();
    await pane.evaluate(() => (window.location.hash = "#selftest"));
    const report = pane.getByTestId("selftest-report");
    await report.waitFor();
    const text = await report.inputValue();
    expect(text).toContain("主机：WPS 表格");
    for (const step of [
      "写入数值与公式",
      "合并单元格",
      "复制工作表",
      "删除临时工作表",
      "工作簿中不留痕迹",
    ])
      expect(text).toContain(`✓ ${step}`);
    // The fake in the page has no recalculation: the functions' steps say what came back.
    expect(text).toContain('✗ 函数 PT.CHECK：=PT.CHECK(0.96,"≥95%") 返回 ""');
    expect(await sheetNames()).toEqual(before);
  });

  it("raised no script errors", () => {
    expect(paneErrors).toEqual([]);
  });
});
