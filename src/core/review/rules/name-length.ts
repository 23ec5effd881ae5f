/** Names fit the budget system: a 项目名称 or 三级指标 of at most 100 characters (a setting). */
import { numberOption, Rule } from "../rule";
import { characters } from "../words";

export const nameLength: Rule = {
  meta: {
    id: "name-length",
    description: "项目名称和三级指标不超过设定的字数（默认 100 字）",
    source: "一体化系统保存校验",
    severity: "error",
    messages: {
      project: "项目名称有 {length} 个字，超过 {max} 字的上限：请精简",
      indicator: "三级指标有 {length} 个字，超过 {max} 字的上限：请精简，说明放到绩效指标描述中",
    },
    options: {
      max: { type: "number", default: 100, min: 1, max: 10000, description: "名称的最多字数" },
    },
  },
  project(context) {
    const length = characters(context.project.name.trim());
    const max = numberOption(context, "max");
    if (length > max)
      context.report({ messageId: "project", data: { length, max }, at: context.at("name") });
  },
  row(context) {
    const length = characters(context.row.level3.trim());
    const max = numberOption(context, "max");
    if (length > max)
      context.report({ messageId: "indicator", data: { length, max }, at: context.at("level3") });
  },
};
