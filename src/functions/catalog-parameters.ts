/**
 * Help for the parameters that several PT functions declare alike (catalog.ts): the budget year,
 * the rounding and the preset of the scores, and the cumulative spending. One text each, so that
 * their help reads the same wherever they appear.
 */

export const YEAR = {
  zh: "预算年度，如 2024；未写年份的时间指标（如“6月底前”）按该年的日期比较，不填时只比较月份。",
  en: "The budget year, e.g. 2024; a time target without a year (6月底前) is compared as a date of that year; left out, only months are compared.",
} as const;

export const ROUNDING = {
  zh: "得分的取整方式：“两位小数”（预算一体化系统）、“一位小数”、“整数”（8.62→9）、“截断一位”（1.946→1.9）或“整分扣减”（扣分向上取整，完成98%的“=100%”10分得9分）；不填时按评分方案。",
  en: "How the score is rounded: 两位小数 (two decimals, the budget system's), 一位小数 (one decimal), 整数 (whole points, 8.62 → 9), 截断一位 (truncated to one decimal, 1.946 → 1.9) or 整分扣减 (points taken in whole points: 98% of =100% scores 9 of 10); left out, the preset's.",
} as const;

export const PRESET = {
  zh: "评分方案（省份的做法）：“财政部”（默认）、“湖北”、“四川”或“安徽”，决定取整方式、定性档次的得分和反向指标的计分方法（后两者另填时以所填为准）。",
  en: "The scoring preset (a province's practice): 财政部 (default), 湖北, 四川 or 安徽; it sets the rounding, what each qualitative level scores and the reverse method (a rounding or method given overrides it).",
} as const;

export const SPENT = {
  zh: "累计实际支出（万元）。",
  en: "Cumulative actual spending (10k yuan).",
} as const;
