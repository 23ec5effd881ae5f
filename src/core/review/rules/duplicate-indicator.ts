/** One indicator once: the same 三级指标 twice under one 二级指标 is a copied row or a double count. */
import type { Rule } from "../rule";
import { folded } from "../words";

export const duplicateIndicator: Rule = {
  meta: {
    id: "duplicate-indicator",
    description: "同一二级指标下不应有重复的三级指标",
    source: "财预〔2015〕88号（指向明确）",
    severity: "warning",
    messages: {
      duplicate: "三级指标“{name}”在{level2}下重复出现：请删除重复的一行，或改为不同的指标",
    },
  },
  project(context) {
    const seen = new Set<string>();
    context.project.indicators.forEach((row, i) => {
      const name = folded(row.level3);
      if (name === "") return;
      const key = `${folded(row.level2)}\u0001${name}`;
      if (seen.has(key))
        context.report({
          messageId: "duplicate",
          data: { name: row.level3.trim(), level2: row.level2.trim() || "同一二级指标" },
          at: context.rowAt(i, "level3"),
        });
      seen.add(key);
    });
  },
};
