/**
 * Import time by format through the one entry (core/import/open): the seed department as the .xlsx
 * the templates write (ExcelJS reads it) beside the same workbook saved by LibreOffice as BIFF8
 * .xls (SheetJS reads it), in the same run. Goal: the .xls within 2× the .xlsx. Runs alone with
 * `npx tsx bench/formats.bench.ts`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { openDocument } from "../src/core/import/open";
import { planDepartment } from "../src/core/layout";
import { writeXlsx } from "../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../test/fixtures/seed-department";
import { convertTo } from "../test/helpers/libreoffice";
import type { Figure } from "./run";

async function timeMs(run: () => Promise<unknown>, repeat: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1e6 / repeat;
}

export async function benchFormats(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "pt-bench-formats-"));
  const xlsxPath = join(dir, "seed.xlsx");
  const xlsx = await writeXlsx(planDepartment(SEED_DEPARTMENT));
  writeFileSync(xlsxPath, xlsx);
  const xls = new Uint8Array(readFileSync(convertTo([xlsxPath], "xls", dir)[0]));
  // The first read in a process also loads the reader, as the pane's first such file does.
  const coldXlsMs = await timeMs(() => openDocument(xls, "seed.xls"), 1);
  for (const [bytes, name] of [
    [xlsx, "seed.xlsx"],
    [xls, "seed.xls"],
  ] as const) {
    const projects = (await openDocument(bytes, name)).imported.department.projects.length;
    if (projects !== SEED_DEPARTMENT.projects.length)
      throw new Error(`${name} gave ${projects} projects`);
  }
  // Interleaved rounds, so that a noisy neighbour slows both alike.
  let xlsxMs = 0;
  let xlsMs = 0;
  const rounds = 5;
  for (let i = 0; i < rounds; i++) {
    xlsxMs += await timeMs(() => openDocument(xlsx, "seed.xlsx"), 2);
    xlsMs += await timeMs(() => openDocument(xls, "seed.xls"), 2);
  }
  xlsxMs /= rounds;
  xlsMs /= rounds;
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    { name: "import the seed department as .xlsx (ExcelJS)", value: round(xlsxMs), unit: "ms" },
    { name: "import the same workbook as BIFF8 .xls (SheetJS)", value: round(xlsMs), unit: "ms" },
    {
      name: ".xls / .xlsx import time ratio (goal: within 2)",
      value: round(xlsMs / xlsxMs),
      unit: "x",
    },
    { name: "first .xls import in a process (loads SheetJS)", value: round(coldXlsMs), unit: "ms" },
  ];
}

if (require.main === module) {
  benchFormats()
    .then((figures) => {
      for (const f of figures)
        console.log(`${f.name.padEnd(56)} ${String(f.value).padStart(12)} ${f.unit}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
