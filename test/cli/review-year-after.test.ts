/**
 * `pt review` on a workbook of 自评表 and 监控表 written to .xlsx: reviewed by their own rules at
 * their cells (never as target tables), the province's 130% rule only under a preset that turns it
 * on, and a settings file over a preset.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/pt";
import { planMonitor, planSelfEval } from "../../src/core/layout";
import type { FindingRecord } from "../../src/core/review";
import { writeXlsx } from "../../src/hosts/xlsx";
import {
  consistentMonitoring,
  consistentSelfEval,
  SELFEVAL_ROWS,
} from "../fixtures/year-after-workbook";

const dir = mkdtempSync(join(tmpdir(), "pt-review-year-"));
const file = join(dir, "自评与监控.xlsx");

async function run(...args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

beforeAll(async () => {
  const over = consistentSelfEval();
  over.results[6].actual = "125%"; // ≥95% exceeded by more than 30%, no reason
  const behind = consistentMonitoring();
  behind.spent = Math.round((behind.budget ?? 0) * 0.3 * 100) / 100;
  const plans = [
    planSelfEval(consistentSelfEval(), "自评-1"),
    planSelfEval(over, "自评-2"),
    planMonitor(behind, "监控-1"),
  ];
  writeFileSync(file, await writeXlsx(plans));
}, 120_000);

const records = (out: string) =>
  (JSON.parse(out) as FindingRecord[]).map(({ sheet, cell, rule }) => ({ sheet, cell, rule }));

it("reviews 自评表 and 监控表 by their own rules only, at their cells", async () => {
  const result = await run("review", file, "--json");
  expect(result.code).toBe(0);
  expect(records(result.out)).toEqual([
    { sheet: "监控-1", cell: "G6", rule: "review/monitor-behind" },
  ]);
});

it("asks the 130% reason under the preset that turns it on, as an error", async () => {
  const result = await run("review", file, "--json", "--preset", "一体化系统");
  expect(result.code).toBe(1);
  expect(records(result.out)).toEqual([
    { sheet: "自评-2", cell: `H${SELFEVAL_ROWS.first + 6}`, rule: "review/selfeval-over-reason" },
    { sheet: "监控-1", cell: "G6", rule: "review/monitor-behind" },
  ]);
});

it("takes a settings file over a preset, rule by rule", async () => {
  const settings = join(dir, "settings.json");
  writeFileSync(
    settings,
    JSON.stringify({ rules: { "monitor-behind": ["warning", { gap: 40 }] } })
  );
  const result = await run(
    "review",
    file,
    "--json",
    "--preset",
    "一体化系统",
    "--settings",
    settings
  );
  expect(records(result.out).map((r) => r.rule)).toEqual(["review/selfeval-over-reason"]);
});

it("refuses a preset it does not know, naming the ones it does", async () => {
  const result = await run("review", file, "--preset", "火星");
  expect(result.code).toBe(2);
  expect(result.err).toContain("没有名为“火星”的审核预设（可选：财政部、一体化系统）");
});
