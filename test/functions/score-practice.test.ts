/**
 * PT.SCORE and PT.BUDGETSCORE as practised: the truth tables of test/fixtures/score-practice-cases.ts
 * through the exports Excel calls; the presets hold together; each rounding is what its name says
 * over a sweep of raw scores.
 */
import { BAND_SETS } from "../../src/core/levels";
import { checkPreset, PRESETS } from "../../src/core/presets";
import { ROUNDINGS } from "../../src/core/rounding";
import { budgetscore, CellError, score } from "../../src/functions/functions";
import {
  BUDGET_ERRORS,
  BUDGET_TABLE,
  PRACTICE_ERRORS,
  PRACTICE_TABLE,
} from "../fixtures/score-practice-cases";

describe("PT.SCORE as practised", () => {
  it("has at least 40 cases, over every rounding, band set and preset", () => {
    expect(PRACTICE_TABLE.length + BUDGET_TABLE.length).toBeGreaterThanOrEqual(40);
    const named = PRACTICE_TABLE.map(([, , , options]) => options);
    const roundings = new Set(named.map((o) => o.rounding).filter((r) => r !== undefined));
    for (const r of ROUNDINGS) expect(roundings).toContain(r.id);
    const presets = new Set(named.map((o) => o.preset));
    for (const p of PRESETS) expect(presets).toContain(p.id);
    const bands = new Set(PRESETS.filter((p) => presets.has(p.id)).map((p) => p.bands));
    expect([...bands].sort()).toEqual(Object.keys(BAND_SETS).sort());
  });

  it.each(PRACTICE_TABLE)("SCORE(%j, %j, %j, %j) = %j", (actual, target, weight, o, expected) => {
    expect(score(actual, target, weight, o.indicator, o.method, o.rounding, o.preset, o.year)).toBe(
      expected
    );
  });

  it.each(PRACTICE_ERRORS)("SCORE(%j) is a cell error", (args, message) => {
    const call = () => score(...(args as Parameters<typeof score>));
    expect(call).toThrow(CellError);
    expect(call).toThrow(message);
  });
});

describe("PT.BUDGETSCORE: the budget line", () => {
  it.each(BUDGET_TABLE)(
    "BUDGETSCORE(%j, %j, %j, %j) = %j",
    (rate, weight, rounding, preset, expected) => {
      expect(budgetscore(rate, weight, rounding ?? undefined, preset ?? undefined)).toBe(expected);
    }
  );

  it.each(BUDGET_ERRORS)("BUDGETSCORE(%j) is a cell error", (args, message) => {
    expect(() => budgetscore(...(args as Parameters<typeof budgetscore>))).toThrow(message);
  });
});

describe("the presets", () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))("%s holds together", (_id, preset) => {
    expect(checkPreset(preset)).toEqual([]);
  });

  it("finds what is wrong with one that does not", () => {
    const broken = {
      ...PRESETS[0],
      id: "坏",
      weights: "火星",
      bands: "无",
      rounding: "四舍六入" as never,
      review: { rules: { x: "sometimes" as never } },
    };
    expect(checkPreset(broken)).toEqual([
      "评分方案“坏”的分值分配“火星”不存在",
      "评分方案“坏”的取整方式“四舍六入”不存在",
      "评分方案“坏”的定性档次“无”不存在",
      "评分方案“坏”中审核规则“x”的设置应为 off、warning 或 error",
    ]);
  });

  it("leaves the 130% reason rule off by default, on only where a province turns it on", () => {
    const on = PRESETS.filter((p) => p.review.rules["selfeval-over-reason"] === "warning");
    expect(on.map((p) => p.id)).toEqual(["湖北"]);
    expect(PRESETS[0].review.rules["selfeval-over-reason"]).toBe("off");
  });
});

describe("each rounding over a sweep of raw scores", () => {
  // Raw scores as cents of ten points: 0.00 … 10.00 against a weight of 10.
  const raws = Array.from({ length: 1001 }, (_, i) => i / 100);
  const byName = (id: string) => ROUNDINGS.find((r) => r.id === id)!;

  it("两位小数, 一位小数 and 整数 never move a score by more than half their step", () => {
    for (const [id, step] of [
      ["两位小数", 0.01],
      ["一位小数", 0.1],
      ["整数", 1],
    ] as const)
      for (const raw of raws)
        expect(Math.abs(byName(id).apply(raw, 10) - raw)).toBeLessThanOrEqual(step / 2 + 1e-9);
  });

  it("截断一位 never rounds up and never drops a tenth", () => {
    for (const raw of raws) {
      const cut = byName("截断一位").apply(raw, 10);
      expect(cut).toBeLessThanOrEqual(raw + 1e-9);
      expect(raw - cut).toBeLessThan(0.1 - 1e-9);
    }
  });

  it("整分扣减 takes whole points, and none from full marks", () => {
    for (const raw of raws) {
      const kept = byName("整分扣减").apply(raw, 10);
      expect(Number.isInteger(kept)).toBe(true);
      expect(kept).toBeLessThanOrEqual(raw + 1e-9);
      expect(raw - kept).toBeLessThan(1);
    }
    expect(byName("整分扣减").apply(10, 10)).toBe(10);
  });
});
