/** Round trips and proxy calls of the Excel host, counted on the recording fake of Office.js. */
import { planDepartment } from "../src/core/layout";
import { planSingleProject } from "../src/core/layout/workbook";
import { insertSheets } from "../src/hosts/excel";
import { ExcelFake } from "../test/helpers/excel-fake";
import { SEED_DEPARTMENT } from "../test/fixtures/seed-department";
import { nonEmptyCells } from "./cells";
import type { Figure } from "./run";

export async function benchExcel(): Promise<Figure[]> {
  const one = new ExcelFake(["Sheet1"]);
  const plan = planSingleProject(SEED_DEPARTMENT, 1, ["Sheet1"]);
  await insertSheets(one.run, () => [plan]);
  const cells = nonEmptyCells([plan]);

  const all = new ExcelFake(["Sheet1"]);
  const { sheets } = await insertSheets(all.run, (taken) => planDepartment(SEED_DEPARTMENT, taken));
  return [
    { name: "Excel context.sync() for one project sheet", value: one.syncs, unit: "syncs" },
    {
      name: `Excel context.sync() for the department (${sheets.length} sheets)`,
      value: all.syncs,
      unit: "syncs",
    },
    { name: "Excel proxy calls for one project sheet", value: one.calls.length, unit: "calls" },
    { name: "non-empty cells on that sheet (baseline)", value: cells, unit: "cells" },
    {
      name: "Excel proxy calls per sheet, department average",
      value: Math.round(all.calls.length / sheets.length),
      unit: "calls",
    },
  ];
}
