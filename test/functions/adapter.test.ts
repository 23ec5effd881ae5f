/**
 * The argument adapter: hosts' conventions become plain values, each argument is read by its
 * declared kind, omitted optional arguments take their defaults, and a catalog whose functions
 * and implementations differ is refused at once.
 */
import { ok } from "../../src/core/outcome";
import {
  adapt,
  CellError,
  cellFunctions,
  hostValue,
  isOmitted,
  WPS_OMITTED,
} from "../../src/functions/adapter";
import type { FunctionDeclaration, Kind } from "../../src/functions/catalog";
import { IMPLEMENTATIONS } from "../../src/functions/cells";
import { SIGNATURES } from "../../src/functions/signatures";
import { dateOf } from "../helpers/wps-conventions";

/** A one-parameter function that answers the value its implementation received. */
function echo(kind: Kind, extra: Partial<FunctionDeclaration["parameters"][number]> = {}) {
  const declaration: FunctionDeclaration = {
    result: "any",
    description: { zh: "回显", en: "echo" },
    returns: { zh: "", en: "" },
    parameters: [
      {
        name: "x",
        kind,
        label: { zh: "参数", en: "x" },
        description: { zh: "", en: "" },
        ...extra,
      },
    ],
  };
  return adapt(declaration, (x) => ok(x));
}

describe("host conventions", () => {
  it("reads WPS's marker and a missing argument as omitted, nothing else", () => {
    expect(isOmitted(WPS_OMITTED)).toBe(true);
    expect(isOmitted(undefined)).toBe(true);
    for (const value of [null, "", 0, [[WPS_OMITTED]], [[undefined]]])
      expect(isOmitted(value)).toBe(false);
  });

  it("unwraps single cells and turns dates into serial numbers", () => {
    expect(hostValue([[0.96]])).toBe(0.96);
    expect(hostValue([["≥95%"]])).toBe("≥95%");
    expect(hostValue([[undefined]])).toBeNull();
    expect(hostValue([[true]])).toBe(true);
    expect(hostValue(dateOf(45107))).toBe(45107);
    expect(hostValue([[dateOf(45292)]])).toBe(45292);
  });
});

describe("arguments read by kind", () => {
  it.each<[Kind, unknown, unknown]>([
    ["any", [["96%"]], "96%"],
    ["any", null, null],
    ["text", "  成本指标 ", "成本指标"],
    ["text", "   ", null],
    ["text", 12, "12"],
    ["text", true, "TRUE"],
    ["number", "12.5", 12.5],
    ["number", "９５％", 0.95],
    ["number", [[3]], 3],
    ["number", "", null],
    ["amount", "1,052.87", 1052.87],
    ["amount", "23万元", 23],
    ["amount", [[""]], null],
    ["date", "2023-06-30", 45107],
    ["date", "2023年6月底", 45107],
    ["date", dateOf(45107), 45107],
    ["date", 45107.75, 45107],
    ["date", undefined, null],
  ])("%s reads %j as %j", (kind, raw, expected) => {
    expect(echo(kind)(raw)).toEqual(expected);
  });

  it.each<[Kind, unknown, string]>([
    ["number", "很多", "参数应为数字"],
    ["number", true, "参数应为数字"],
    ["amount", "十万", "参数“十万”不是金额"],
    ["amount", -1, "参数不能为负数"],
    ["date", "下个月", "无法识别的日期“下个月”，请写成 2024-06-30"],
    ["text", {}, "参数应为文字"],
    ["any", [[1, 2]], "参数应为单个单元格，不能是区域"],
  ])("%s refuses %j: %s", (kind, raw, message) => {
    expect(() => echo(kind)(raw)).toThrow(CellError);
    expect(() => echo(kind)(raw)).toThrow(message);
  });

  it("gives an omitted or empty optional argument its default, and a required one null", () => {
    const optional = echo("any", { optional: true, default: 5 });
    for (const raw of [WPS_OMITTED, undefined, null, [[null]]]) expect(optional(raw)).toBe(5);
    expect(optional(0)).toBe(0);
    expect(echo("any")(WPS_OMITTED)).toBeNull();
  });

  it("turns anything an implementation throws into a cell error", () => {
    const declaration = SIGNATURES.EXPLAIN;
    const broken = adapt(declaration, () => {
      throw new TypeError("x is undefined");
    });
    expect(() => broken("≥95%")).toThrow(CellError);
    expect(() => broken("≥95%")).toThrow("输入无法识别");
  });
});

describe("the signatures and their implementations must match", () => {
  it("accepts the PT signatures", () => {
    expect(Object.keys(cellFunctions(SIGNATURES, IMPLEMENTATIONS))).toEqual(
      Object.keys(SIGNATURES)
    );
  });

  it("refuses a declared function without implementation", () => {
    const others: Partial<typeof IMPLEMENTATIONS> = { ...IMPLEMENTATIONS };
    delete others.LIGHT;
    expect(() => cellFunctions(SIGNATURES, others as typeof IMPLEMENTATIONS)).toThrow(
      "PT 函数的声明与实现不一致：PT.LIGHT 已声明，但没有实现"
    );
  });

  it("refuses an implementation without declaration", () => {
    const extra = { ...IMPLEMENTATIONS, FROB: (score: unknown) => ok(score) };
    expect(() => cellFunctions(SIGNATURES, extra)).toThrow("PT.FROB 有实现，但没有声明");
  });

  it("refuses an implementation taking another number of parameters", () => {
    const short = { ...IMPLEMENTATIONS, LIGHT: (spent: number | null) => ok(spent) };
    expect(() => cellFunctions(SIGNATURES, short as unknown as typeof IMPLEMENTATIONS)).toThrow(
      "PT.LIGHT 声明了 4 个参数，实现却接受 1 个"
    );
  });
});
