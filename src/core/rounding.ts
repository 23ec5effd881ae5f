/**
 * How a self-evaluation score is rounded, as published 自评表 practise it (DESIGN §4): to two
 * decimals (the budget system), to one, to whole points (8.62 → 9), truncated to one decimal
 * (1.946 → 1.9), or by whole points taken (98% of =100% → 9 of 10). Each rule is data with its
 * built-in formula twin, so that the sheets work where the add-in is absent and agree with PT.SCORE.
 */

export type RoundingId = "两位小数" | "一位小数" | "整数" | "截断一位" | "整分扣减";

export interface Rounding {
  id: RoundingId;
  /** Other ways a cell may name it. */
  aliases: readonly string[];
  description: string;
  /** The rounded score of `raw` points out of `weight`. */
  apply(raw: number, weight: number): number;
  /** The same over two spreadsheet expressions. */
  formula(raw: string, weight: string): string;
}

/**
 * Rounds as a spreadsheet's ROUND does: half away from zero on the decimal value shown (15
 * significant digits), so that 1.005 gives 1.01 here as it does in Excel and LibreOffice.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  const scale = 10 ** decimals;
  let scaled = Math.abs(value) * scale;
  // Only a value within a hair of a half needs the decimal reading (1.005 × 100 = 100.49999…).
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / scale + 0;
}

/**
 * Float products land a hair off their decimal value (0.29 × 10 = 2.9000000000000004, 9.8 − 10
 * = −0.1999…): nine decimals settle them before a truncation or a ceiling, in formulas too.
 */
const SETTLE = 9;

function settled(value: number): number {
  return roundHalfUp(value, SETTLE);
}

const halfUp = (decimals: number) => ({
  apply: (raw: number) => roundHalfUp(raw, decimals),
  formula: (raw: string) => `ROUND(${raw},${decimals})`,
});

/** The first is the default: the budget system's two decimals. */
export const ROUNDINGS: readonly Rounding[] = [
  {
    id: "两位小数",
    aliases: ["2", "四舍五入两位", "保留两位小数"],
    description: "四舍五入保留两位小数（预算一体化系统）",
    ...halfUp(2),
  },
  {
    id: "一位小数",
    aliases: ["1", "四舍五入一位", "保留一位小数"],
    description: "四舍五入保留一位小数",
    ...halfUp(1),
  },
  {
    id: "整数",
    aliases: ["0", "取整", "四舍五入取整", "整分"],
    description: "四舍五入到整数（8.62 → 9）",
    ...halfUp(0),
  },
  {
    id: "截断一位",
    aliases: ["截断", "截断一位小数", "去尾一位", "舍去一位"],
    description: "截断到一位小数，不进位（1.946 → 1.9）",
    apply: (raw) => Math.trunc(settled(raw) * 10) / 10 + 0,
    formula: (raw) => `TRUNC(ROUND(${raw},${SETTLE}),1)`,
  },
  {
    id: "整分扣减",
    aliases: ["扣整分", "按整分扣分"],
    description: "按整分扣分：未满分时扣去的分数向上取整（=100% 完成 98%，10 分得 9 分）",
    // Not below 0: a weight of 7.5 with nothing earned loses 7.5, not 8.
    apply: (raw, weight) => Math.max(0, settled(weight - Math.ceil(settled(weight - raw)))),
    formula: (raw, weight) =>
      `MAX(0,ROUND(${weight}-ROUNDUP(ROUND(${weight}-${raw},${SETTLE}),0),${SETTLE}))`,
  },
];

export const DEFAULT_ROUNDING: RoundingId = ROUNDINGS[0].id;

const BY_NAME = new Map<string, Rounding>(
  ROUNDINGS.flatMap((r) => [r.id, ...r.aliases].map((name) => [name, r] as const))
);

/** The rounding a name (or alias) names, or undefined. */
export function roundingNamed(name: string): Rounding | undefined {
  return BY_NAME.get(name);
}

export function rounding(id: RoundingId): Rounding {
  return BY_NAME.get(id) as Rounding;
}
