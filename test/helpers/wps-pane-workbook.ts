/**
 * A browser script for the WPS pane's end-to-end test, bundled by esbuild and injected before the
 * pane loads: the recording WPS fake as `window.Application`, holding the seed department's sheets
 * as the WPS host draws them (after a sheet of the user's), and itself as `window.__fake` so the
 * test can look into the workbook.
 */
import { planDepartment } from "../../src/core/layout";
import { applyPlanWps } from "../../src/hosts/wps";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { WpsFake } from "./wps-fake";

const fake = new WpsFake(["Sheet1"]);
fake.sheet("Sheet1").cell(1, 1).value = "我的数据";
for (const plan of planDepartment(SEED_DEPARTMENT, ["Sheet1"]))
  applyPlanWps(fake.application, plan);
fake.sheets.forEach((s) => (s.active = s.name === "Sheet1"));

Object.assign(window, {
  __fake: fake,
  wps: { Application: fake.application },
  Application: fake.application,
});
