/**
 * Reading a county's 200-project workbook in the hosts, counted on the recording fakes: Excel's
 * syncs at Excel on the web's response limit (its values' size beside it, from the run), and at a
 * host limit an eighth of that size, where it is read in batches; WPS's bridge calls for the
 * values and for the merges (found by blocks of blank cells), beside what cell-by-cell MergeArea
 * would cost (three calls a blank cell). Runs alone: npx tsx bench/large-workbook.bench.ts
 */
import { planDepartment } from "../src/core/layout";
import { insertSheets, readWorkbook } from "../src/hosts/excel";
import { RESPONSE_LIMIT } from "../src/hosts/excel-read";
import { insertSheetsWps, readWorkbookWps } from "../src/hosts/wps";
import { countyDepartment } from "../test/fixtures/county";
import { ExcelFake } from "../test/helpers/excel-fake";
import { WpsFake } from "../test/helpers/wps-fake";
import type { Figure } from "./run";

async function excelSyncs(
  fake: ExcelFake,
  limit: number
): Promise<{ syncs: number; bytes: number }> {
  fake.responseLimit = limit;
  const syncs = fake.syncs;
  const responses = fake.responses.length;
  await readWorkbook(fake.run, { limit });
  fake.responseLimit = Infinity;
  const bytes = fake.responses.slice(responses).reduce((a, b) => a + b, 0);
  return { syncs: fake.syncs - syncs, bytes };
}

export async function benchLargeWorkbook(): Promise<Figure[]> {
  const department = countyDepartment(200);
  const excel = new ExcelFake([]);
  await insertSheets(excel.run, (taken) => planDepartment(department, taken));
  const atLimit = await excelSyncs(excel, RESPONSE_LIMIT);
  const small = Math.floor(atLimit.bytes / 8);
  const capped = await excelSyncs(excel, small);

  const wps = new WpsFake(["Sheet1"]);
  await insertSheetsWps(wps.application, (taken) => planDepartment(department, taken));
  const before = wps.calls.length;
  const read = readWorkbookWps(wps.application);
  const made = wps.calls.slice(before);
  const merging = made.filter((c) => /\.(Range\(\)|MergeCells|MergeArea|Address)$/.test(c)).length;
  const blanks = read.flatMap((s) => s.grid.flat()).filter((v) => v === null).length;
  const sheets = read.length;
  return [
    {
      name: `Excel read of ${excel.sheets.length} sheets (200 projects): values size`,
      value: Math.round(atLimit.bytes / 1024),
      unit: "KiB",
    },
    { name: "  syncs at Excel on the web's limit (5 MiB)", value: atLimit.syncs, unit: "syncs" },
    {
      name: `  syncs at a host limit of ${Math.round(small / 1024)} KiB (batched)`,
      value: capped.syncs,
      unit: "syncs",
    },
    {
      name: `WPS read of ${sheets} sheets: bridge calls for values`,
      value: made.length - merging,
      unit: "calls",
    },
    { name: "  bridge calls for merges, by blocks of blanks", value: merging, unit: "calls" },
    {
      name: "  cell-by-cell MergeArea would take (3 a blank cell)",
      value: 3 * blanks,
      unit: "calls",
    },
  ];
}

if (require.main === module) {
  benchLargeWorkbook().then((figures) => {
    for (const f of figures)
      console.log(`${f.name.padEnd(56)} ${String(f.value).padStart(12)} ${f.unit}`);
  });
}
