/** 满意度 targets are ≥ a province's floor (usually 90%, DESIGN §2): lower asks for a look. */
import { convert } from "../../units";
import { numberOption, Rule } from "../rule";
import { isSatisfactionRow } from "../words";

export const satisfactionMin: Rule = {
  meta: {
    id: "satisfaction-min",
    description: "满意度指标值不低于设定的下限（默认 90%），且方向为“≥”",
    source: "各地审核惯例（DESIGN §2）",
    severity: "warning",
    messages: {
      low: "满意度指标值“{value}”低于 {min}%：满意度目标一般不低于 {min}%，请核实",
      reverse: "满意度指标值“{value}”写成了“{symbol}”：满意度应为不低于某一比例，如“≥{min}%”",
    },
    options: {
      min: {
        type: "number",
        default: 90,
        min: 0,
        max: 100,
        description: "满意度指标值的下限（%）",
      },
    },
  },
  row(context) {
    const target = context.target?.ok ? context.target.value : null;
    if (!target || !isSatisfactionRow(context.row)) return;
    const min = numberOption(context, "min");
    const value = context.row.value.trim();
    const at = context.at("value");
    if (target.kind !== "quantitative" && target.kind !== "range") return;
    // The lowest share the target allows, in % whatever it was written in (%, ‰).
    const low = convert(target.kind === "range" ? target.low : target.value, target.unit, "%");
    if (low === null) return; // not a share: a count or a date is another rule's business
    if (target.kind === "quantitative" && (target.symbol === "≤" || target.symbol === "<"))
      context.report({ messageId: "reverse", data: { value, symbol: target.symbol, min }, at });
    else if (low < min) context.report({ messageId: "low", data: { value, min }, at });
  },
};
