/**
 * Large workbooks in the hosts. Excel on the web refuses a response over about 5 MB: a county's
 * 200-project workbook is read through a fake that refuses payloads over its limit, in several
 * batches, exactly as a read without a limit gives it; a host refusing below the reader's own
 * estimate is read again in halves. Merges are read where the host gives them, so the form
 * reader tells a merged blank (carried down silently) from an unmerged one (carried with a note).
 */
import { planDepartment } from "../../src/core/layout";
import { importIndicatorTable } from "../../src/core/import/table";
import type { Scalar } from "../../src/core/layout/plan";
import { insertSheets, readWorkbook } from "../../src/hosts/excel";
import { RESPONSE_LIMIT } from "../../src/hosts/excel-read";
import { readWorkbookWps } from "../../src/hosts/wps";
import { countyDepartment } from "../fixtures/county";
import { ExcelFake } from "../helpers/excel-fake";
import { WpsFake } from "../helpers/wps-fake";

jest.setTimeout(180_000);

let county: ExcelFake;
let exact: Awaited<ReturnType<typeof readWorkbook>>;
let bytes: number;

beforeAll(async () => {
  county = new ExcelFake([]);
  await insertSheets(county.run, (taken) => planDepartment(countyDepartment(200), taken));
  const before = county.responses.length;
  exact = await readWorkbook(county.run);
  bytes = county.responses.slice(before).reduce((a, b) => a + b, 0);
});

/** A fresh reading of the same workbook through a host with this response limit. */
async function readCapped(hostLimit: number, readerLimit?: number) {
  county.responseLimit = hostLimit;
  const syncs = county.syncs;
  const responses = county.responses.length;
  try {
    const sheets = await readWorkbook(county.run, readerLimit ? { limit: readerLimit } : {});
    return {
      sheets,
      syncs: county.syncs - syncs,
      responses: county.responses.slice(responses),
    };
  } finally {
    county.responseLimit = Infinity;
  }
}

test("the 200-project workbook: 202 sheets with their merges, and how large its values are", () => {
  expect(exact).toHaveLength(202);
  expect(exact.every((s) => Array.isArray(s.merges))).toBe(true);
  expect(exact.map((s) => s.merges!.length)).toEqual(county.sheets.map((s) => s.merges.length));
  expect(bytes).toBeGreaterThan(0);
});

test("under Excel on the web's own limit it is read in two syncs when its values fit", async () => {
  const read = await readCapped(RESPONSE_LIMIT);
  expect(bytes).toBeLessThan(RESPONSE_LIMIT);
  expect(read.syncs).toBe(2);
  expect(read.sheets).toEqual(exact);
});

test("a host whose limit it exceeds: read in several batches under the limit, exactly", async () => {
  const limit = Math.floor(bytes / 8);
  const read = await readCapped(limit, limit);
  // Names, the refused attempt at once, the sizes, then the batches.
  expect(read.syncs).toBeGreaterThan(3 + 8);
  expect(read.responses.every((b) => b <= limit)).toBe(true);
  expect(read.sheets).toEqual(exact);
});

test("a host refusing below the reader's estimate: batches read again in halves, exactly", async () => {
  const read = await readCapped(Math.floor(bytes / 20));
  expect(read.syncs).toBeGreaterThan(20);
  expect(read.sheets).toEqual(exact);
});

test("a single row over the host's limit cannot be read: said in Chinese", async () => {
  await expect(readCapped(10)).rejects.toThrow(/^无法读取工作簿：ResponsePayloadSizeLimitExceeded/);
});

/** A flat indicator table: 一级 merged down A2:A4 and A5:A6, 二级 merged B2:B3, B6 blank unmerged. */
const TABLE: Scalar[][] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "培训人数", "≥100人"],
  [null, null, "培训场次", "≥4场"],
  [null, "质量指标", "合格率", "≥95%"],
  ["效益指标", "社会效益指标", "群众知晓率", "≥90%"],
  [null, null, "覆盖率", "≥80%"],
];
const MERGES = ["A2:A4", "B2:B3", "A5:A6"];

function carriedNotes(sheet: { grid: Scalar[][]; name: string; merges?: string[] }) {
  const read = importIndicatorTable(sheet.grid, sheet.name, sheet.merges);
  expect(read.indicators.map((r) => [r.level1, r.level2])).toEqual([
    ["产出指标", "数量指标"],
    ["产出指标", "数量指标"],
    ["产出指标", "质量指标"],
    ["效益指标", "社会效益指标"],
    ["效益指标", "社会效益指标"],
  ]);
  return read.diagnostics.filter((d) => d.rule === "import/carried").map((d) => d.cell);
}

test("Excel: merged blanks carried silently, the unmerged blank B6 with a note", async () => {
  const fake = new ExcelFake(["指标"]);
  const sheet = fake.sheet("指标");
  TABLE.forEach((row, r) =>
    row.forEach((value, c) => value !== null && sheet.cells.set(`${r + 1},${c + 1}`, { value }))
  );
  sheet.merges.push(...MERGES);
  const [read] = await readWorkbook(fake.run);
  expect([...read.merges!].sort()).toEqual([...MERGES].sort());
  expect(carriedNotes(read)).toEqual(["B6"]);
  // Without merges (an older Excel) the blanks are carried down as before, without notes.
  expect(carriedNotes((await readWorkbook(fake.run, { merges: false }))[0])).toEqual([]);
});

test("WPS: merges found block by block; merged blanks carried silently, B6 with a note", () => {
  const fake = new WpsFake(["指标"]);
  const sheet = fake.sheet("指标");
  TABLE.forEach((row, r) => row.forEach((value, c) => (sheet.cell(r + 1, c + 1).value = value)));
  sheet.merges.push(...MERGES);
  const before = fake.calls.length;
  const [read] = readWorkbookWps(fake.application);
  const asked = fake.calls.slice(before).filter((c) => c.endsWith(".MergeArea")).length;
  expect([...read.merges!].sort()).toEqual([...MERGES].sort());
  // One MergeArea per merge found, not one per cell.
  expect(asked).toBe(MERGES.length);
  expect(carriedNotes(read)).toEqual(["B6"]);
});
