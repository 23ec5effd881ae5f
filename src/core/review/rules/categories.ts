/**
 * Every project has 产出, 效益 and 满意度 indicators (88号: 完整性); under the 2021 tree also 成本.
 * Which tree a province uses is a setting: a 2021 table without 成本 looks like a 2015 one.
 */
import type { Rule } from "../rule";
import { folded } from "../words";

const ALWAYS = ["产出指标", "效益指标", "满意度指标"];

export const categories: Rule = {
  meta: {
    id: "categories",
    description: "每个项目须有产出、效益和满意度指标；按 2021 版指标体系时还须有成本指标",
    source: "财预〔2015〕88号、财预〔2021〕101号（完整性）",
    severity: "error",
    messages: { missing: "项目没有{category}：每个项目都应设置{required}" },
    options: {
      tree: {
        type: "choice",
        default: "either",
        choices: ["either", "2015", "2021"],
        description: "指标体系：either（两版都认）、2015 或 2021（要求成本指标）",
      },
    },
  },
  project(context) {
    const required = context.options.tree === "2021" ? ["成本指标", ...ALWAYS] : ALWAYS;
    const present = new Set(context.project.indicators.map((row) => folded(row.level1)));
    for (const category of required)
      if (!present.has(category))
        context.report({
          messageId: "missing",
          data: { category, required: required.join("、") },
          at: context.at(),
        });
  },
};
