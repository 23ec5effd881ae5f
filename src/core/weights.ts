/**
 * Self-evaluation weights (DESIGN §4): named splits of the 100 points, and how a split is spread
 * over a project's indicators: evenly within each group, in whole points when there are enough,
 * the remainder one point each to the first rows, so that every group sums exactly.
 */
import { DEFAULT_WEIGHTS, LEVEL1_NAMES } from "./framework";
import { IndicatorRow, WeightSplit } from "./model";

/** The splits seen in practice; the first is the default (财政部). */
export const WEIGHT_SPLITS: Record<string, WeightSplit> = {
  财政部: {
    execution: DEFAULT_WEIGHTS.预算执行率,
    groups: [
      // 成本指标 is a 一级指标 of the 2021 tree; it was part of 产出 in the 2015 one.
      { label: "产出指标", level1: ["产出指标", "成本指标"], weight: DEFAULT_WEIGHTS.产出指标 },
      { label: "效益指标", level1: ["效益指标"], weight: DEFAULT_WEIGHTS.效益指标 },
      {
        label: "满意度指标",
        level1: ["满意度指标"],
        weight: DEFAULT_WEIGHTS.满意度指标,
        fallback: "效益指标",
      },
    ],
  },
  湖北: {
    execution: 20,
    groups: [
      { label: "产出指标", level1: ["产出指标", "成本指标"], weight: 40 },
      { label: "效益及满意度指标", level1: ["效益指标", "满意度指标"], weight: 40 },
    ],
  },
  四川: {
    execution: 10,
    groups: [{ label: "绩效指标", level1: [...LEVEL1_NAMES], weight: 90 }],
  },
};

export const DEFAULT_SPLIT_NAME = "财政部";

export function defaultSplit(): WeightSplit {
  return structuredClone(WEIGHT_SPLITS[DEFAULT_SPLIT_NAME]);
}

/** 一级指标 as printed may carry its points: 产出指标(50分). */
export function level1Name(text: string): string {
  return text.replace(/[(（]\s*\d+(\.\d+)?\s*分\s*[)）]$/, "").trim();
}

/** The group an indicator row falls in, or -1. */
export function groupOf(split: WeightSplit, level1: string): number {
  const name = level1Name(level1);
  return split.groups.findIndex((g) => g.level1.includes(name));
}

/**
 * Each group's points after empty groups have passed theirs on (满意度 with no indicator → 效益).
 * A group without indicators and without a fallback keeps its points, which the sheet then shows
 * as a total below 100.
 */
export function effectiveWeights(split: WeightSplit, counts: number[]): number[] {
  const weights = split.groups.map((g) => g.weight);
  split.groups.forEach((group, i) => {
    if (counts[i] > 0 || !group.fallback) return;
    const to = split.groups.findIndex((g) => g.label === group.fallback);
    if (to >= 0 && counts[to] > 0) {
      weights[to] += weights[i];
      weights[i] = 0;
    }
  });
  return weights;
}

/** Equal shares of `total` over `n` rows: whole points when each gets at least one, else cents. */
export function evenShares(total: number, n: number): number[] {
  if (n === 0) return [];
  const step = Number.isInteger(total) && total >= n ? 1 : 0.01;
  const units = Math.round(total / step);
  const base = Math.floor(units / n);
  const extra = units - base * n;
  return Array.from(
    { length: n },
    (_, i) => Math.round((base + (i < extra ? 1 : 0)) * step * 100) / 100
  );
}

/** The weight of each indicator row under a split; null for a row outside every group. */
export function spreadWeights(indicators: IndicatorRow[], split: WeightSplit): (number | null)[] {
  const groups = indicators.map((row) => groupOf(split, row.level1));
  const counts = split.groups.map((_, i) => groups.filter((g) => g === i).length);
  const weights = effectiveWeights(split, counts);
  const shares = split.groups.map((_, i) => evenShares(weights[i], counts[i]));
  const taken = split.groups.map(() => 0);
  return groups.map((g) => (g < 0 ? null : shares[g][taken[g]++]));
}
