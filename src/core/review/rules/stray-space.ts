/** No stray spaces in names and values (the budget system's save check). */
import { INDICATOR_COLUMNS } from "../../model";
import type { IndicatorColumn, ProjectField } from "../../problem";
import type { Rule } from "../rule";
import { FIELD_WORDS, hasStraySpace } from "../words";

const PROJECT_FIELDS: ProjectField[] = ["code", "name"];
/** Columns of free text, where a line break is the writer's own. */
const PROSE = new Set<IndicatorColumn>(["description", "basis"]);

export const straySpace: Rule = {
  meta: {
    id: "stray-space",
    description:
      "名称和指标值中不应有多余的空格、全角空格或换行（数值与单位之间的一个空格除外，视为排版间隔）",
    source: "一体化系统保存校验",
    severity: "warning",
    messages: { space: "{field}中有多余的空格或换行：请删除" },
  },
  project(context) {
    for (const field of PROJECT_FIELDS) {
      const text = context.project[field];
      if (typeof text === "string" && hasStraySpace(text))
        context.report({
          messageId: "space",
          data: { field: FIELD_WORDS[field] },
          at: context.at(field),
        });
    }
  },
  row(context) {
    for (const column of INDICATOR_COLUMNS)
      if (hasStraySpace(context.row[column], PROSE.has(column)))
        context.report({
          messageId: "space",
          data: { field: FIELD_WORDS[column] },
          at: context.at(column),
        });
  },
};
