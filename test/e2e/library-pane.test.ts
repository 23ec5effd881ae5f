/**
 * The 指标库 on the project form, in headless Chromium on the production build (the preview; the
 * form is the one both hosts show): the library is not fetched at start; typing a project name
 * fetches it once and shows its ranked suggestions under 一级 › 二级, the same ones the search
 * gives in Node; 添加 fills a new row (三级 and 依据, the 指标值 left empty with the typical value
 * as its placeholder) and leaves the rows the accountant typed as they were. Also: the custom
 * functions' implementations are not fetched at start, and answer once fetched.
 */
import { mkdtempSync, rmSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { BrowserContext, Page } from "playwright-core";
import { suggestIndicators } from "../../src/core/library/search";
import { byFormOrder, placeIn } from "../../src/core/framework";
import { openPane } from "../helpers/pane-build";

const root = join(__dirname, "..", "..");
const NAME = "学生营养改善计划";
/** The screenshot goes here, unless PT_DOCS asks for it in docs/. */
const shots = mkdtempSync(join(tmpdir(), "pt-library-shots-"));

let server: Server;
let context: BrowserContext;
let page: Page;
const fetched: string[] = [];
const errors: string[] = [];

// Each step waits on a real browser: room for a machine several times slower than this one.
jest.setTimeout(120_000);

beforeAll(async () => {
  ({ server, context, page } = await openPane("production", watch, {
    waitUntil: "networkidle",
    timeout: 300_000,
  }));
}, 1_200_000); // the production build minifies pdf.js too: minutes on a busy machine

/** Before the page loads: errors and scripts fetched, and the functions it associates. */
async function watch(page: Page): Promise<void> {
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const url = new URL(request.url());
    // The pane's own server (base is not known until the page has loaded).
    if (url.hostname === "127.0.0.1" && url.pathname.endsWith(".js"))
      fetched.push(url.pathname.slice(1));
  });
  // The functions the page associates, recorded to call them as Excel would; office.js puts its
  // own associate on the same object, which the recording passes them on to.
  await page.addInitScript(() => {
    type Fn = (...args: unknown[]) => unknown;
    const registered: Record<string, Fn> = {};
    let office: ((id: string, fn: Fn) => void) | undefined;
    const customFunctions = {};
    Object.defineProperty(customFunctions, "associate", {
      get: () => (id: string, fn: Fn) => {
        registered[id] = fn;
        office?.(id, fn);
      },
      set: (associate: typeof office) => {
        office = associate;
      },
    });
    Object.assign(window, { registered, CustomFunctions: customFunctions });
  });
}

afterAll(async () => {
  await context?.close();
  server?.close();
  rmSync(shots, { recursive: true, force: true });
});

it("starts without the library and without the functions' implementations", async () => {
  await page.getByText("预览模式").waitFor({ timeout: 60_000 });
  expect(fetched).toContain("taskpane.js");
  expect(fetched).not.toContain("library.js");
  expect(fetched).not.toContain("functions-cells.js");
  expect(await page.getByTestId("library").count()).toBe(0); // nothing to suggest from yet
});

it("shows the library's ranked suggestions for a typed project name", async () => {
  await page.getByTestId("name").fill(NAME);
  await page.getByTestId("suggestion").first().waitFor({ timeout: 60_000 });
  expect(fetched.filter((f) => f === "library.js")).toHaveLength(1);
  const expected = suggestIndicators({ name: NAME, purpose: "" });
  expect(expected.length).toBeGreaterThan(5);
  const shown = await page.getByTestId("suggestion").locator(".pt-library-head").allTextContents();
  // Each 三级 with its button: 添加, or 已添加 where the form has a row of that name already.
  expect(shown.map((text) => text.replace(/已?添加$/, "")).sort()).toEqual(
    expected.map((s) => s.level3).sort()
  );
  // Under their branches in form order (数量 before 质量 …), each branch's best first; with
  // values, bases and counts.
  const library = page.getByTestId("library");
  const best = [...expected].sort(byFormOrder)[0];
  const heads = await library
    .locator(".pt-library-branch")
    .evaluateAll((all) => all.map((branch) => branch.firstElementChild?.textContent ?? ""));
  const inOrder = [...expected].sort(byFormOrder).map((s) => `${s.level1} › ${s.level2}`);
  expect(heads).toEqual([...new Set(inOrder)]);
  await library.getByText(`${best.level1} › ${best.level2}`).first().waitFor();
  const facts = await library
    .getByTestId("suggestion")
    .first()
    .locator(".pt-library-facts")
    .textContent();
  expect(facts).toContain(`${best.tables} 份公开表格使用`);
  if (best.values.length > 0) expect(facts).toContain(best.values[0].text);
  // The picture in docs/indicator-library.md (PT_DOCS=1 writes it there).
  await library.scrollIntoViewIfNeeded();
  await library.screenshot({
    path: join(process.env.PT_DOCS ? join(root, "docs") : shots, "library-suggestions.png"),
  });
});

it("adds a suggestion as a new row, its 指标值 left to the accountant", async () => {
  const typed = page.getByTestId("indicator0").getByPlaceholder("≥95%");
  await typed.fill("≥97%");
  const before = await page.locator("[data-testid^=indicator]").count();
  const wanted = suggestIndicators({ name: NAME, purpose: "" }).find((s) => s.values.length > 0)!;
  await page.getByRole("button", { name: `添加 ${wanted.level3}` }).click();
  await page
    .getByRole("button", { name: `添加 ${wanted.level3}` })
    .getByText("已添加")
    .waitFor();

  const rows = page.locator("[data-testid^=indicator]");
  expect(await rows.count()).toBe(before + 1);
  const levels3 = await rows.evaluateAll((all) =>
    all.map((row) => (row.querySelector("input[list^=level3]") as HTMLInputElement).value)
  );
  const at = levels3.indexOf(wanted.level3);
  expect(at).toBeGreaterThan(-1);
  const row = rows.nth(at);
  const place = placeIn("2015", wanted.level1, wanted.level2)!;
  const selects = row.locator("select");
  expect(await selects.nth(0).inputValue()).toBe(place.level1);
  expect(await selects.nth(1).inputValue()).toBe(place.level2);
  const value = row.getByPlaceholder(wanted.values[0].text);
  expect(await value.inputValue()).toBe("");
  expect(await row.locator("input[list^=basis]").inputValue()).toBe(wanted.bases[0] ?? "");
  // The row typed before is as it was.
  expect(await page.getByTestId("indicator0").getByPlaceholder("≥95%").inputValue()).toBe("≥97%");
});

it("has the custom functions answer once their code is fetched on the first call", async () => {
  const answer = await page.evaluate(async () => {
    const { registered } = window as unknown as {
      registered: Record<string, (...args: unknown[]) => unknown>;
    };
    return await registered.CHECK("96%", "≥95%");
  });
  expect(answer).toBe("达标");
  expect(fetched).toContain("functions-cells.js");
  expect(errors).toEqual([]);
});
