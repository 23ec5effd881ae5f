/** 一级 and 二级指标 are names of an indicator tree, and the 二级 is a branch of its 一级 (either tree). */
import { belongsTo, LEVEL1_NAMES, LEVEL2_NAMES } from "../../framework";
import type { Rule } from "../rule";
import { folded } from "../words";

export const branch: Rule = {
  meta: {
    id: "branch",
    description:
      "一级、二级指标须为指标体系中的名称，二级指标须属于其一级指标（2015 版或 2021 版）",
    source: "财预〔2015〕88号、财预〔2021〕101号",
    severity: "error",
    messages: {
      level1:
        "一级指标“{level1}”不在指标体系中：应为产出指标、效益指标、满意度指标（2021 版另有成本指标）",
      level2: "二级指标“{level2}”不在指标体系中：请从下拉列表中选择",
      outside: "二级指标“{level2}”不属于一级指标“{level1}”：请改为{branches}之一",
    },
  },
  row(context) {
    const level1 = folded(context.row.level1);
    const level2 = folded(context.row.level2);
    if (level1 === "") return; // indicator-empty says so
    if (!LEVEL1_NAMES.includes(level1)) {
      context.report({ messageId: "level1", data: { level1 }, at: context.at("level1") });
      return;
    }
    if (level2 === "") return;
    if (!LEVEL2_NAMES.includes(level2))
      context.report({ messageId: "level2", data: { level2 }, at: context.at("level2") });
    else if (!belongsTo(level1, level2)) {
      const branches = LEVEL2_NAMES.filter((name) => belongsTo(level1, name)).join("、");
      context.report({
        messageId: "outside",
        data: { level1, level2, branches },
        at: context.at("level2"),
      });
    }
  },
};
