/**
 * A 指标值 split into the budget system's 计算符号 / 指标值 / 计量单位 by the one grammar
 * (core/target.ts): `≥95%` → ≥ | 95 | %, `2024年11月底前` → ≤ | 2024.11.30, `及时` → 定性 | 及时.
 * What the split cannot carry (no sign, a range, a sentence read as an amount, a remark in
 * brackets) is said in a remark; nothing is dropped without one.
 */
import { defaultDirection } from "../framework";
import type { NatureSign } from "../framework-codes";
import { formatPoint, isPeriodUnit } from "../periods";
import type { Severity } from "../problem";
import { parseTarget } from "../target";

/** The budget system keeps 指标值 as text of at most this many characters (DESIGN §6). */
export const MAX_VALUE_LENGTH = 60;

export interface SplitValue {
  nature: NatureSign | "";
  value: string;
  unit: string;
  /** A bracketed remark after the value (`行业标准` in `≥95%(行业标准)`), for 指标值确定依据. */
  note?: string;
  remark?: { rule: string; severity: Severity; message: string };
}

const remark = (rule: string, severity: Severity, message: string) => ({ rule, severity, message });

/** `value` split as the grammar reads it; `indicator` names it (二级 and 三级) for the direction hint. */
export function splitValue(value: string, indicator = ""): SplitValue {
  const text = value.trim();
  if (text === "")
    return {
      nature: "",
      value: "",
      unit: "",
      remark: remark("export/empty-value", "warning", "指标值为空，预算系统不接受"),
    };
  const read = parseTarget(text);
  if (!read.ok)
    return {
      nature: "",
      value: text,
      unit: "",
      remark: remark("export/value", "warning", `${read.error}；已按原文写入指标值一栏`),
    };
  const target = read.value;
  switch (target.kind) {
    case "qualitative":
      return { nature: "定性", value: target.text, unit: "" };
    case "reference":
      return {
        nature: "定性",
        value: target.text,
        unit: "",
        remark: remark("export/reference", "info", `“${text}”不是数值，按定性写出`),
      };
    case "range":
      return {
        nature: "",
        value: text,
        unit: "",
        remark: remark(
          "export/range",
          "warning",
          `区间“${text}”没有对应的计算符号，已整段写入指标值一栏；预算系统要求单一目标值（如 ≥${target.low}${isPeriodUnit(target.unit) ? "" : target.unit}），请核对`
        ),
      };
  }
  const period = isPeriodUnit(target.unit);
  const split: SplitValue = {
    nature: target.symbol ?? "",
    value: period ? formatPoint(target.unit, target.value) : String(target.value),
    unit: period ? "" : target.unit,
    ...(target.note !== undefined && { note: target.note }),
  };
  if (target.symbol === null)
    split.remark = remark(
      "export/no-sign",
      "warning",
      `“${text}”没有计算符号，预算系统要求填写（此指标通常为“${defaultDirection(indicator)}”），已留空`
    );
  else if (target.prose !== undefined)
    split.remark = remark(
      "export/prose",
      "info",
      `“${text}”按语法拆为“${split.nature}”“${split.value}”“${split.unit}”`
    );
  return split;
}
