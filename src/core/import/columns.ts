/**
 * The columns of an indicator table, known by their header names in every variant the provinces
 * write (the one place for them: the table importer and the form reader both ask here), and the
 * split 指标性质 / 指标值 / 度量单位 / 指标方向 put back together into one 指标值 that the grammar
 * (core/target.ts) reads.
 */
import { LIVE_HEADERS } from "../layout/project";
import { REVIEW_HEADER } from "../layout/review-column";
import { Severity } from "../problem";
import { parseTarget } from "../target";
import { remembered } from "../remember";
import { labelKey } from "./grid";

/** Columns that carry a part of an indicator row. */
export type IndicatorField =
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "value"
  | "basis"
  | "nature"
  | "unit"
  | "direction";

/**
 * Columns known but outside the model: `quiet` ones are layout (序号, our own live checks beside
 * the form), `reported` ones hold data the model has no place for (评分标准, 分值, 备注…).
 */
export type ExtraColumn = "quiet" | "reported";

const BASIS_WORDS = new Set([
  "指标值确定依据",
  "指标值设定依据",
  "确定依据",
  "设定依据",
  "绩效标准",
]);

/** Header names by field, as keys (full-width folded, spaces removed). */
const HEADER_NAMES: [IndicatorField, RegExp][] = [
  ["level1", /^一级指标(名称)?$/],
  ["level2", /^二级指标(名称)?$/],
  ["level3", /^(三级指标(名称)?|指标名称|具体指标)$/],
  ["description", /^(绩效指标描述|绩效指标说明|指标描述|指标内容|指标解释|指标说明)$/],
  ["nature", /^(指标性质|运算符号|比较符号|计算符号)$/],
  ["unit", /^(度量单位|计量单位|单位)$/],
  ["direction", /^(指标方向|指标方向性|正向\/反向|正反向)$/],
  ["value", /^(指标值|目标值|年度指标值|年度目标值|指标值及单位|预期指标值|绩效指标值)$/],
];

const QUIET = new Set(["序号", ...LIVE_HEADERS, REVIEW_HEADER]);
const REPORTED =
  /^(评\(扣\)分标准|评分标准|评分细则|评分规则|扣分标准|分值|权重|权重\(%\)|指标权重|备注|得分|实际完成值|偏差原因.*)$/;

/** What a header cell names: a field of the row, a known column outside the model, or nothing. */
export const headerField = remembered(readHeader);

function readHeader(text: string): IndicatorField | ExtraColumn | null {
  const key = labelKey(text);
  if (key === "") return null;
  if (QUIET.has(key)) return "quiet";
  // 指标值确定依据/绩效标准, 指标值确定依据（绩效标准）: every part names the basis.
  const parts = key.split(/[/()]/).filter((p) => p !== "");
  if (parts.length > 0 && parts.every((p) => BASIS_WORDS.has(p))) return "basis";
  const named = HEADER_NAMES.find(([, pattern]) => pattern.test(key));
  if (named) return named[0];
  return REPORTED.test(key) ? "reported" : null;
}

/** Words 指标方向 is written with, and the comparator a number without a symbol then takes. */
const DIRECTIONS: Record<string, "≥" | "≤"> = {
  正向: "≥",
  正向指标: "≥",
  反向: "≤",
  反向指标: "≤",
};

/** A remark on how the parts were put together, placed at the column it is about. */
export interface CompositionNote {
  rule: string;
  severity: Severity;
  column: "nature" | "direction" | "value";
  message: string;
}

export interface ValueParts {
  value: string;
  nature: string;
  unit: string;
  direction: string;
}

/** The comparator a 指标性质 cell names (≥, 大于等于, ＞ …), read by the grammar itself. */
function comparatorOf(nature: string): string | null {
  const read = parseTarget(`${nature}1`);
  return read.ok && read.value.kind === "quantitative" ? read.value.symbol : null;
}

const opposes = (symbol: string, direction: "≥" | "≤") =>
  direction === "≥" ? symbol === "≤" || symbol === "<" : symbol === "≥" || symbol === ">";

/**
 * One 指标值 from its parts: 定性 keeps the text; a comparator from 指标性质 goes before the value,
 * the 度量单位 after a bare number. 指标方向 gives the comparator only when 指标性质 gives none
 * (正向 → ≥, 反向 → ≤), and says so; where it contradicts the comparator, the comparator stands
 * and the contradiction is reported. Without any part beyond the value, the value is kept as it is.
 */
export function composeValue(parts: ValueParts): { value: string; notes: CompositionNote[] } {
  const notes: CompositionNote[] = [];
  const value = parts.value;
  if (value === "") return { value, notes };
  const nature = labelKey(parts.nature);
  if (nature === "定性") return { value, notes };
  const unit = parts.unit.trim();
  const withUnit = unit && /\d$/.test(value) && !value.endsWith(unit) ? `${value}${unit}` : value;

  const fromNature = nature === "" || nature === "定量" ? null : comparatorOf(nature);
  if (nature !== "" && nature !== "定量" && !fromNature)
    notes.push({
      rule: "import/nature",
      severity: "warning",
      column: "nature",
      message: `指标性质“${parts.nature.trim()}”无法识别（应为 = ≥ ≤ > < 或 定性），未用于指标值`,
    });
  const directionKey = labelKey(parts.direction);
  const direction = DIRECTIONS[directionKey] ?? null;
  if (directionKey !== "" && !direction)
    notes.push({
      rule: "import/direction",
      severity: "warning",
      column: "direction",
      message: `指标方向“${parts.direction.trim()}”无法识别（应为 正向 或 反向）`,
    });

  const read = parseTarget(withUnit);
  // A date or a month after a comparator (≤ and 2024.11.30) is one deadline: ≤2024.11.30.
  const signed =
    fromNature && read.ok && read.value.kind === "range" ? `${fromNature}${withUnit}` : "";
  const deadline = signed ? parseTarget(signed) : null;
  if (deadline?.ok && deadline.value.kind === "quantitative") return { value: signed, notes };
  if (!read.ok || read.value.kind !== "quantitative") {
    // A value the grammar cannot read at all is reported by the row reader in its own words.
    if (fromNature && read.ok)
      notes.push({
        rule: "import/nature",
        severity: "warning",
        column: "value",
        message: `指标性质为“${fromNature}”，但指标值“${value}”不是数值；指标值按原文保留`,
      });
    return { value: withUnit, notes };
  }
  const written = read.value.symbol;
  const symbol = written ?? fromNature ?? null;
  if (written && fromNature && written !== fromNature)
    notes.push({
      rule: "import/nature",
      severity: "warning",
      column: "nature",
      message: `指标性质“${fromNature}”与指标值中的“${written}”不一致，按指标值`,
    });
  if (symbol && direction && opposes(symbol, direction))
    notes.push({
      rule: "import/direction",
      severity: "warning",
      column: "direction",
      message: `指标方向“${directionKey}”与“${symbol}”不一致，按“${symbol}”`,
    });
  if (symbol) return { value: written ? withUnit : `${symbol}${withUnit}`, notes };
  if (direction) {
    notes.push({
      rule: "import/direction",
      severity: "info",
      column: "direction",
      message: `指标性质为空，按指标方向“${directionKey}”记为“${direction}${withUnit}”`,
    });
    return { value: `${direction}${withUnit}`, notes };
  }
  return { value: withUnit, notes };
}
