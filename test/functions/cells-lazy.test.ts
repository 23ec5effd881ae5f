/**
 * Excel's stand-in for cells.ts (cells-lazy.ts): until the implementations load, each PT function
 * answers a Promise of exactly what cells.ts answers (a cell error rejects it); once loaded it
 * answers at once; PT.REVIEW's rules supplied before the load reach the loaded functions.
 */
import * as cells from "../../src/functions/cells";
import * as lazy from "../../src/functions/cells-lazy";
import { SIGNATURES } from "../../src/functions/signatures";
import { reviewRowCells } from "../../src/core/review/review";

/** What cells.ts does with these arguments: its value, or the message it throws. */
function direct(id: keyof typeof SIGNATURES, ...raw: unknown[]): unknown {
  try {
    return { value: (cells.PT[id] as (...a: unknown[]) => unknown)(...raw) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function settled(answer: unknown): Promise<unknown> {
  try {
    return { value: await answer };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const ROW = ["产出指标", "数量指标", "受益学生人数", "", "≥", "计划标准"];

describe("before the implementations load", () => {
  it("answers a Promise of cells.ts's value, or rejects with its cell error", async () => {
    lazy.supplyReviewRules(reviewRowCells);
    const good = lazy.PT.CHECK("96%", "≥95%");
    const bad = lazy.PT.SCHEDULE("明天");
    expect(good).toBeInstanceOf(Promise);
    expect(bad).toBeInstanceOf(Promise);
    expect(await settled(good)).toEqual(direct("CHECK", "96%", "≥95%"));
    expect(await settled(bad)).toEqual(direct("SCHEDULE", "明天"));
    expect(direct("SCHEDULE", "明天")).toHaveProperty("error");
  });
});

describe("once loaded", () => {
  beforeAll(() => lazy.loadCells());

  it("answers at once, as cells.ts does", () => {
    expect(lazy.PT.CHECK(0.94, "≥95%")).toBe("未达标");
    expect({ value: lazy.PT.GRADE(91) }).toEqual(direct("GRADE", 91));
    expect(() => lazy.PT.SCHEDULE("明天")).toThrow(
      (direct("SCHEDULE", "明天") as { error: string }).error
    );
  });

  it("has every declared function", () => {
    for (const id of Object.keys(SIGNATURES))
      expect(typeof lazy.PT[id as keyof typeof SIGNATURES]).toBe("function");
  });

  it("hands PT.REVIEW the rules supplied before the load", () => {
    expect(lazy.reviewRulesSupplied()).toBe(true);
    expect(cells.reviewRulesSupplied()).toBe(true);
    expect(lazy.PT.REVIEW(...ROW)).toBe((direct("REVIEW", ...ROW) as { value: string }).value);
    expect(lazy.PT.REVIEW(...ROW)).not.toBe("");
  });
});
