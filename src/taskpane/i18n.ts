/** Task pane text: Chinese first, English when Office runs in English. */
const zh = {
  title: "绩效目标表助手",
  subtitle: "编制预算项目绩效目标表，检查指标值与支出进度",
  hostExcel: "已连接 Excel",
  hostPreview: "预览模式：未在 Excel 中打开",
  checkerTitle: "指标值检查",
  targetLabel: "指标值",
  targetPlaceholder: "如 ≥95%、23 个、≤766 元/人、及时",
  actualLabel: "实际完成值（可选）",
  actualPlaceholder: "如 96%、0.96、25",
  indicatorLabel: "二级指标（可选）",
  indicatorPlaceholder: "如 成本指标",
  understoodAs: "理解为",
  canonical: "规范写法",
  result: "检查结果",
  functionsTitle: "单元格函数",
  functions: [
    ["=PT.CHECK(实际值, 指标值, [二级指标])", "达标 / 未达标 / 待评价"],
    ["=PT.PROGRESS(累计支出, 预算数, [计划累计], [日期], [容差])", "执行率或进度判断"],
    ["=PT.SCHEDULE(日期)", "序时进度"],
    ["=PT.LIGHT(累计支出, 预算数, 日期)", "红灯 / 黄灯 / 绿灯 / 蓝灯"],
    ["=PT.EXPLAIN(指标值)", "指标值如何被理解"],
  ] as [string, string][],
};

export type Strings = typeof zh;

const en: Strings = {
  title: "Performance Targets",
  subtitle: "Prepare budget performance target tables; check targets and spending progress",
  hostExcel: "Connected to Excel",
  hostPreview: "Preview: not running inside Excel",
  checkerTitle: "Check a target value",
  targetLabel: "Target (指标值)",
  targetPlaceholder: "e.g. ≥95%, 23 个, ≤766 元/人, 及时",
  actualLabel: "Actual value (optional)",
  actualPlaceholder: "e.g. 96%, 0.96, 25",
  indicatorLabel: "Level-2 indicator (optional)",
  indicatorPlaceholder: "e.g. 成本指标",
  understoodAs: "Read as",
  canonical: "Canonical form",
  result: "Result",
  functionsTitle: "Cell functions",
  functions: zh.functions,
};

export function stringsFor(language: string | undefined): Strings {
  return language && language.toLowerCase().startsWith("en") ? en : zh;
}
