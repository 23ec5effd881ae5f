/**
 * WPS registration: every PT function registered through a recording AddCustomFunction, called
 * with WPS's conventions, answers exactly as the same call in Excel without them; the metadata
 * marks optional parameters with `?` exactly where the JSDoc (Excel's metadata) makes them
 * optional; and registration refuses to start when declarations and implementations differ.
 */
import { resolve } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ok } from "../../src/core/outcome";
import { adapt, HostFunction } from "../../src/functions/adapter";
import { CATALOG } from "../../src/functions/catalog";
import * as functions from "../../src/functions/functions";
import type { ExcelMetadata } from "../../src/functions/metadata";
import { registerFunctions, WpsMetadata } from "../../src/wps/register";
import { answer, EXCEL_CALLS, wpsCalls } from "../helpers/wps-conventions";

interface Registration {
  namespace: string;
  name: string;
  fn: HostFunction;
  metadata: WpsMetadata;
}

function record(options?: Parameters<typeof registerFunctions>[1]) {
  const registrations: Registration[] = [];
  const root = {
    AddCustomFunction: (namespace: string, name: string, fn: HostFunction, metadata: WpsMetadata) =>
      registrations.push({ namespace, name, fn, metadata }),
  } as unknown as Pick<WPS.EtAddonRoot, "AddCustomFunction">;
  const names = registerFunctions(root, options);
  return { names, registrations, byName: new Map(registrations.map((r) => [r.name, r])) };
}

/** Excel's functions as Excel calls them: the JSDoc'd exports, by id. */
const EXCEL: Record<string, (...args: unknown[]) => unknown> = {
  CHECK: functions.check,
  PROGRESS: functions.progress,
  SCHEDULE: functions.schedule,
  LIGHT: functions.light,
  EXPLAIN: functions.explain,
  SCORE: functions.score,
  BUDGETSCORE: functions.budgetscore,
  GRADE: functions.grade,
  REVIEW: functions.review,
};

/** An Excel call's answer, as answer() gives it, for a function that may return a promise. */
async function settled(call: () => unknown): Promise<ReturnType<typeof answer>> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

let excelMetadata: ExcelMetadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    resolve(__dirname, "../../src/functions/functions.ts")
  );
  excelMetadata = JSON.parse(generated.metadataJson);
}, 60_000);

describe("registration", () => {
  it("registers every declared function under PT, and every JSDoc'd one", () => {
    const { names, registrations } = record();
    expect(names).toEqual(Object.keys(CATALOG).map((id) => `PT.${id}`));
    expect(registrations.every((r) => r.namespace === "PT")).toBe(true);
    expect(registrations.map((r) => r.name).sort()).toEqual(
      excelMetadata.functions.map((f) => f.id).sort()
    );
    expect(Object.keys(EXCEL).sort()).toEqual(Object.keys(CATALOG).sort());
  });

  it("marks a parameter optional with `?` exactly where the JSDoc makes it optional", () => {
    const { byName } = record();
    let optional = 0;
    for (const fn of excelMetadata.functions) {
      const wps = byName.get(fn.id)!.metadata;
      expect(wps.parameters.map((p) => p.name)).toEqual(fn.parameters.map((p) => p.name));
      fn.parameters.forEach((p, i) => {
        const type = wps.parameters[i].type;
        expect(type.endsWith("?")).toBe(Boolean(p.optional));
        expect(type.replace(/\?$/, "")).toBe(p.type);
        if (p.optional) optional++;
      });
    }
    // CHECK's indicator and year; PROGRESS's planned, date and tolerance; LIGHT's rule; SCORE's
    // indicator, method, rounding, preset and year; BUDGETSCORE's rounding and preset; EXPLAIN's
    // year and actual
    expect(optional).toBe(15);
    expect(byName.get("PROGRESS")!.metadata.parameters.map((p) => p.type)).toEqual([
      "any",
      "any",
      "any?",
      "any?",
      "any?",
    ]);
  });

  it("writes the metadata as the wpsjs toolkit does: result types, help, no （可选） prefix", () => {
    const { byName } = record();
    const results = Object.fromEntries(
      [...byName].map(([name, r]) => [name, r.metadata.result.type])
    );
    expect(results).toEqual({
      CHECK: "string",
      PROGRESS: "any",
      SCHEDULE: "number",
      LIGHT: "string",
      EXPLAIN: "string",
      SCORE: "any",
      BUDGETSCORE: "any",
      GRADE: "string",
      REVIEW: "string",
    });
    for (const fn of excelMetadata.functions) {
      const wps = byName.get(fn.id)!.metadata;
      expect(wps.description).toBe(fn.description);
      expect(wps.parameters.map((p) => p.description)).toEqual(
        fn.parameters.map((p) => p.description)
      );
      for (const p of wps.parameters) expect(p.description).not.toMatch(/可选/);
    }
  });

  it("gives English help where WPS runs in English, and the same answers", () => {
    const { byName } = record({ language: "en" });
    const check = byName.get("CHECK")!;
    expect(check.metadata.description).toMatch(/^Checks an actual value/);
    expect(check.metadata.parameters[2]).toEqual({
      name: "indicator",
      description: CATALOG.CHECK.parameters[2].description.en,
      type: "any?",
    });
    expect(check.fn(0.96, "≥95%", -2147352572)).toBe("达标");
  });

  it("refuses to start, registering nothing, when a declared function has no implementation", () => {
    const others: Record<string, HostFunction> = { ...functions.PT };
    delete others.CHECK;
    const root = { AddCustomFunction: jest.fn() };
    expect(() => registerFunctions(root, { functions: others })).toThrow(
      /PT\.CHECK 已声明，但没有实现/
    );
    expect(root.AddCustomFunction).not.toHaveBeenCalled();
  });

  it("refuses to start when an implementation has no declaration", () => {
    const extra = { ...functions.PT, FROB: adapt(CATALOG.SCHEDULE, () => ok(1)) };
    const root = { AddCustomFunction: jest.fn() };
    expect(() => registerFunctions(root, { functions: extra })).toThrow(
      /PT\.FROB 有实现，但没有声明/
    );
    expect(root.AddCustomFunction).not.toHaveBeenCalled();
  });
});

describe("WPS's calling conventions give Excel's answers", () => {
  const { byName } = record();
  const cases = EXCEL_CALLS.flatMap((call) =>
    wpsCalls(call).map(({ convention, args }) => ({
      id: call[0],
      excelArgs: call[1],
      convention,
      args,
    }))
  );

  it("covers every PT function, optional arguments left out, dates, booleans and empty cells", () => {
    expect(new Set(EXCEL_CALLS.map(([id]) => id))).toEqual(new Set(Object.keys(CATALOG)));
    const conventions = new Set(cases.map((c) => c.convention));
    for (const expected of [
      "omitted arguments as -2147352572",
      "cells as 1×1 arrays",
      "dates as Date objects",
      'empty cells as ""',
      "empty cells as undefined",
      "empty cells as [[null]]",
    ])
      expect(conventions).toContain(expected);
    expect(cases.some((c) => c.args.includes(-2147352572) && c.args.length === 5)).toBe(true);
    expect(EXCEL_CALLS.some(([, args]) => args.includes(true))).toBe(true);
  });

  it.each(cases.map((c) => [c.id, JSON.stringify(c.excelArgs), c.convention, c] as const))(
    "PT.%s(%s) with %s",
    async (id, _args, _convention, c) => {
      // PT.REVIEW is async in Excel (its rules load on the first call): its answer awaited.
      const excel = await settled(() => EXCEL[id](...c.excelArgs));
      const wps = answer(() => byName.get(id)!.fn(...c.args));
      expect(wps).toEqual(excel);
    }
  );

  it("reads WPS's marker as omitted only where it stands for the argument", () => {
    const progress = byName.get("PROGRESS")!.fn;
    // Left out: the default tolerance (5 points) applies.
    expect(progress(10, 23, -2147352572, "2023-06-30", -2147352572)).toBe(
      "低于序时进度 6.5个百分点"
    );
    expect(progress(10, 23, -2147352572, "2023-06-30", 10)).toBe("符合序时进度");
    // A cell that holds that number is a number, and an absurd tolerance.
    expect(() => progress(10, 23, -2147352572, "2023-06-30", [[-2147352572]])).toThrow(/容差/);
  });

  it("refuses a range where one cell is expected, naming the parameter", () => {
    expect(() => byName.get("CHECK")!.fn([[0.9], [0.95]], "≥95%")).toThrow(
      "实际值应为单个单元格，不能是区域"
    );
    expect(() => byName.get("PROGRESS")!.fn(10, [[23, 24]])).toThrow(
      "预算数应为单个单元格，不能是区域"
    );
  });

  it("throws plain Errors that carry the Chinese message", () => {
    let thrown: unknown;
    try {
      byName.get("PROGRESS")!.fn(10, 0, -2147352572, -2147352572, -2147352572);
    } catch (error) {
      thrown = error;
    }
    expect(Object.getPrototypeOf(thrown)).toBe(Error.prototype);
    expect((thrown as Error).message).toBe("预算数为0，无法计算进度");
  });
});
