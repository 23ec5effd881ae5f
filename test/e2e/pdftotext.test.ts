/**
 * The seed workbook as LibreOffice renders it, its PDF turned back into text by `pdftotext` (with
 * and without `-layout`), imported through the published-text path: with `-layout` every row comes
 * back exactly; plain, every row comes back exactly or is reported as kept as-is.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { importPublishedText } from "../../src/core/import";
import { planDepartment } from "../../src/core/layout";
import { writeXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { tallyRows } from "../helpers/imported-rows";
import { toPdf } from "../helpers/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "pt-pdftotext-"));
let pdf = "";

beforeAll(async () => {
  const xlsx = join(dir, "seed.xlsx");
  writeFileSync(xlsx, await writeXlsx(planDepartment(SEED_DEPARTMENT)));
  pdf = toPdf(xlsx, dir);
}, 180_000);

const text = (...options: string[]) =>
  execFileSync("pdftotext", [...options, pdf, "-"], { encoding: "utf8" });

it("reads every row of `pdftotext -layout` output exactly", () => {
  const result = importPublishedText(text("-layout"));
  const tally = tallyRows(result, SEED_DEPARTMENT);
  expect(tally.read).toBe(tally.expected);
  expect(result.department.projects.map((p) => [p.code, p.budget])).toEqual(
    SEED_DEPARTMENT.projects.map((p) => [p.code, p.budget])
  );
});

it("reads or reports every row of plain `pdftotext` output", () => {
  const tally = tallyRows(importPublishedText(text()), SEED_DEPARTMENT);
  expect(tally.read + tally.reported).toBeGreaterThan(0);
});
