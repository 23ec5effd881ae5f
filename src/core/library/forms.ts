/**
 * What form a published 指标值 takes, as the grammar (target.ts) reads it: a number with its
 * comparator and unit, a range, words for a person to judge (定性) or an amount fixed elsewhere
 * (引用), or nothing the grammar can read. The family of its unit (比率, 金额, 时间, 数量, 无单位)
 * and its direction are what the review rule compares with the library's usual forms.
 */
import { isPeriodUnit } from "../periods";
import { parseTarget, Target } from "../target";
import { isTimeUnit, unitInfo } from "../units";

/** 定性 covers the grammar's `qualitative` (及时, 有所提升) and `reference` (据实, 按规定标准). */
export type FormReading = "定量" | "区间" | "定性";

/** 比率 (%, ‰), 金额 (元, 万元, 元/人), 时间 (dates, months, 天), 数量 (any other unit), 无单位. */
export type UnitFamily = "比率" | "金额" | "时间" | "数量" | "无单位" | "定性";

/** ≥ or > (at least), ≤ or < (at most), = (exactly), "" (no sign written). */
export type Direction = "≥" | "≤" | "=" | "";

export interface ValueForm {
  reading: FormReading;
  symbol: string;
  /** The number (a range's lower end); null for 定性. */
  number: number | null;
  unit: string;
  family: UnitFamily;
  direction: Direction;
}

export function unitFamily(unit: string): Exclude<UnitFamily, "定性"> {
  if (unit === "") return "无单位";
  if (isPeriodUnit(unit) || isTimeUnit(unit)) return "时间";
  const base = unitInfo(unit).base;
  if (base === "%") return "比率";
  if (base.startsWith("元")) return "金额";
  return "数量";
}

function directionOf(symbol: string | null): Direction {
  if (symbol === "≥" || symbol === ">") return "≥";
  if (symbol === "≤" || symbol === "<") return "≤";
  return symbol === "=" ? "=" : "";
}

/** The form of a target the grammar has read. */
export function formOfTarget(target: Target): ValueForm {
  if (target.kind === "qualitative" || target.kind === "reference")
    return { reading: "定性", symbol: "", number: null, unit: "", family: "定性", direction: "" };
  if (target.kind === "range")
    return {
      reading: "区间",
      symbol: "",
      number: target.low,
      unit: target.unit,
      family: unitFamily(target.unit),
      direction: "",
    };
  return {
    reading: "定量",
    symbol: target.symbol ?? "",
    number: target.value,
    unit: target.unit,
    family: unitFamily(target.unit),
    direction: directionOf(target.symbol),
  };
}

/** The form of a 指标值 as written, or the grammar's message when it cannot be read. */
export function readForm(
  value: string
): { ok: true; form: ValueForm } | { ok: false; error: string } {
  const reading = parseTarget(value);
  return reading.ok ? { ok: true, form: formOfTarget(reading.value) } : reading;
}
