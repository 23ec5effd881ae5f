/**
 * Inserting the seed's nine 自评表: Excel round trips and proxy calls on the recording fake of
 * Office.js (from the model, and from the workbook's project sheets), and WPS bridge calls.
 */
import {
  planDepartment,
  planSelfEvals,
  planSelfEvalsFromSheets,
  selfEvaluationsOf,
} from "../src/core/layout";
import { insertFromSheets, insertSheets } from "../src/hosts/excel";
import { insertFromSheetsWps, insertSheetsWps } from "../src/hosts/wps";
import { ExcelFake } from "../test/helpers/excel-fake";
import { WpsFake } from "../test/helpers/wps-fake";
import { SEED_DEPARTMENT } from "../test/fixtures/seed-department";
import { nonEmptyCells } from "./cells";
import type { Figure } from "./run";

export async function benchSelfEval(): Promise<Figure[]> {
  const plans = planSelfEvals(selfEvaluationsOf(SEED_DEPARTMENT), ["Sheet1"]);
  const cells = nonEmptyCells(plans);

  const fromModel = new ExcelFake(["Sheet1"]);
  await insertSheets(fromModel.run, () => plans);

  const fromSheets = new ExcelFake(["Sheet1"]);
  await insertSheets(fromSheets.run, (taken) => planDepartment(SEED_DEPARTMENT, taken));
  const [syncs, calls] = [fromSheets.syncs, fromSheets.calls.length];
  await insertFromSheets(fromSheets.run, "all", (sheets, taken) =>
    planSelfEvalsFromSheets(sheets, taken)
  );

  const wps = new WpsFake();
  await insertSheetsWps(wps.application, () => plans);
  const wpsSheets = new WpsFake();
  await insertSheetsWps(wpsSheets.application, (taken) => planDepartment(SEED_DEPARTMENT, taken));
  const before = wpsSheets.calls.length;
  await insertFromSheetsWps(wpsSheets.application, "all", (sheets, taken) =>
    planSelfEvalsFromSheets(sheets, taken)
  );

  return [
    {
      name: "Excel context.sync() for nine 自评表 from the model",
      value: fromModel.syncs,
      unit: "syncs",
    },
    {
      name: "Excel context.sync() for nine 自评表 from the project sheets",
      value: fromSheets.syncs - syncs,
      unit: "syncs",
    },
    {
      name: "Excel proxy calls for nine 自评表 (from the sheets)",
      value: fromSheets.calls.length - calls,
      unit: "calls",
    },
    {
      name: "WPS bridge calls for nine 自评表 from the model",
      value: wps.calls.length,
      unit: "calls",
    },
    {
      name: "WPS bridge calls for nine 自评表 from the project sheets",
      value: wpsSheets.calls.length - before,
      unit: "calls",
    },
    { name: "non-empty cells written for the nine 自评表", value: cells, unit: "cells" },
    {
      name: "WPS bridge calls per non-empty cell, nine 自评表 (from the model)",
      value: Math.round((wps.calls.length / cells) * 1000) / 1000,
      unit: "calls/cell",
    },
  ];
}
