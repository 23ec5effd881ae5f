/**
 * The budget system's three levels for the actual value of a qualitative indicator (DESIGN §2, §4),
 * used by 监控 and 自评: what each is called, the short forms accountants type, what PT.CHECK says
 * of it, and the band of the weight a self-evaluation score falls in.
 */

export type LevelId = "met" | "partial" | "unmet";

export interface Level {
  id: LevelId;
  /** The budget system's wording: 达成年度指标 … */
  text: string;
  /** Shorter ways of writing the same level, as they appear in published tables. */
  shortForms: string[];
  verdict: "达标" | "待评价" | "未达标";
  /** Fraction of the weight: [0.8, 1], [0.6, 0.8), [0, 0.6); the upper end is open below 达成. */
  band: [low: number, high: number];
}

export const LEVELS: readonly Level[] = [
  {
    id: "met",
    text: "达成年度指标",
    shortForms: ["达成", "已达成", "达成指标", "达成预期", "达成预期指标", "达成目标"],
    verdict: "达标",
    band: [0.8, 1],
  },
  {
    id: "partial",
    text: "部分达成年度指标并具有一定效果",
    shortForms: ["部分达成", "部分达成年度指标", "部分达成预期指标", "部分达成并具有一定效果"],
    verdict: "待评价",
    band: [0.6, 0.8],
  },
  {
    id: "unmet",
    text: "未达成年度指标且效果较差",
    shortForms: ["未达成", "未达成年度指标", "未达成预期指标", "未达成且效果较差"],
    verdict: "未达标",
    band: [0, 0.6],
  },
];

const BY_TEXT = new Map<string, Level>(
  LEVELS.flatMap((level) => [level.text, ...level.shortForms].map((t) => [t, level] as const))
);

/** The level a text names (spaces and full-width forms ignored), or null. */
export function readLevel(text: string): Level | null {
  if (typeof text !== "string") return null;
  // As typed first: folding full-width forms costs more than the lookup (a hot path of PT.SCORE).
  return BY_TEXT.get(text) ?? BY_TEXT.get(text.normalize("NFKC").replace(/\s+/g, "")) ?? null;
}
