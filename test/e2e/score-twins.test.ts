/**
 * The built-in formula twins of PT.SCORE and PT.BUDGETSCORE (what a 自评表 saved without the add-in
 * computes), recalculated by headless LibreOffice: for every case of the practice truth table that
 * a built-in formula can take (a number or a level in the actual cell), under its preset, rounding
 * and year, the twin gives PT.SCORE's score; and each rounding's formula rounds as its rule does,
 * float noise included.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readLevel } from "../../src/core/levels";
import { scoreFormula } from "../../src/core/layout/formulas";
import { FormulaCell, PlanCell, SheetPlan } from "../../src/core/layout/plan";
import { practiceOf, presetNamed, PRESETS } from "../../src/core/presets";
import { roundingNamed, ROUNDINGS } from "../../src/core/rounding";
import { Scoring } from "../../src/core/score";
import { writeXlsx } from "../../src/hosts/xlsx";
import { budgetscore, score } from "../../src/functions/functions";
import { allSheetsCsv } from "../helpers/libreoffice";
import { PRACTICE_TABLE } from "../fixtures/score-practice-cases";

const formula = (text: string): FormulaCell => ({ formula: text, value: null, standalone: text });

function plan(name: string, rows: PlanCell[][]): SheetPlan {
  return {
    name,
    kind: "selfeval",
    columnWidths: [12, 12, 12, 12],
    rowHeights: {},
    styles: [],
    blocks: [{ at: "A1", rows }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    print: { area: "A1:D1", orientation: "portrait" },
    font: { name: "宋体", size: 10.5 },
  };
}

/** The practice rows a built-in formula can score: a number or a level in the actual cell. */
const twinRows = PRACTICE_TABLE.filter(
  ([actual, , weight]) =>
    typeof weight === "number" &&
    (typeof actual === "number" || (typeof actual === "string" && readLevel(actual) !== null))
);

function scoringOf(options: (typeof PRACTICE_TABLE)[number][3]): Scoring {
  const practice = practiceOf(presetNamed(options.preset ?? "财政部")!);
  const rounding =
    options.rounding === undefined ? practice.rounding : roundingNamed(String(options.rounding))!;
  return { rounding, bands: practice.bands, year: options.year ?? null };
}

/** Raw scores of ten points, as expressions so that float noise reaches the formulas too. */
const RAWS = ["0", "1.946", "0.29*10", "8.62", "8.625", "9.8", "3.675", "4.2", "9.999999999", "10"];
const RATES = [0, 0.8625, 0.98, 1, 1.05, 0.89974];

const dir = mkdtempSync(join(tmpdir(), "pt-twins-"));
let sheets: Map<string, string[][]>;

beforeAll(async () => {
  const scores = twinRows.map(([actual, target, weight, options]) => {
    const method = options.method ?? presetNamed(options.preset ?? "财政部")!.method;
    const cells = { actual: "A1", weight: "B1", method: "C1" };
    const twin = scoreFormula(cells, String(target), options.indicator ?? "", scoringOf(options));
    return [actual as PlanCell, weight as PlanCell, method, formula(twin)];
  });
  const roundings = RAWS.map((raw) => [
    formula(raw),
    ...ROUNDINGS.map((r) => formula(r.formula("A1", "10"))),
  ]);
  const budgets = RATES.flatMap((rate) =>
    PRESETS.map((preset) => {
      const { rounding } = practiceOf(preset);
      return [rate, 10, preset.id, formula(rounding.formula("10*MIN(A1,1)", "10"))];
    })
  );
  // Each formula refers to its own row: rewrite A1/B1/C1 to the row it stands on.
  const rowwise = (rows: PlanCell[][]) =>
    rows.map((row, i) =>
      row.map((cell) =>
        cell !== null && typeof cell === "object"
          ? formula(cell.formula.replace(/\b([ABC])1\b/g, `$1${i + 1}`))
          : cell
      )
    );
  const path = join(dir, "twins.xlsx");
  writeFileSync(
    path,
    await writeXlsx([
      plan("scores", rowwise(scores)),
      plan("roundings", rowwise(roundings)),
      plan("budget", rowwise(budgets)),
    ])
  );
  sheets = allSheetsCsv(path, mkdtempSync(join(dir, "csv-")));
}, 300_000);

describe("built-in twins recalculated by LibreOffice", () => {
  it("cover numbers and levels of the practice table under every preset", () => {
    expect(twinRows.length).toBeGreaterThanOrEqual(35);
    expect(new Set(twinRows.map(([, , , o]) => o.preset ?? "财政部")).size).toBe(PRESETS.length);
  });

  it("give PT.SCORE's score for every case", () => {
    const rows = sheets.get("scores") as string[][];
    twinRows.forEach(([actual, target, weight, o], i) => {
      const ours = score(
        actual,
        target,
        weight,
        o.indicator,
        o.method,
        o.rounding,
        o.preset,
        o.year
      );
      expect([i, target, Number(rows[i][3])]).toEqual([i, target, ours]);
    });
  });

  it("round as each rounding's rule does, float noise included", () => {
    const rows = sheets.get("roundings") as string[][];
    RAWS.forEach((raw, i) => {
      const value = Number(rows[i][0]);
      ROUNDINGS.forEach((r, k) =>
        expect([raw, r.id, Number(rows[i][k + 1])]).toEqual([raw, r.id, r.apply(value, 10)])
      );
    });
  });

  it("score the budget line as PT.BUDGETSCORE under every preset", () => {
    const rows = sheets.get("budget") as string[][];
    let i = 0;
    for (const rate of RATES)
      for (const preset of PRESETS) {
        expect([rate, preset.id, Number(rows[i][3])]).toEqual([
          rate,
          preset.id,
          budgetscore(rate, 10, undefined, preset.id),
        ]);
        i++;
      }
  });
});
