/**
 * The indicator trees of 财预〔2015〕88号 and 财预〔2021〕101号, the direction a target without a
 * symbol is read in, and the default self-evaluation weights (DESIGN §2, §4).
 */
import { isPeriodUnit } from "./periods";
import type { Comparator } from "./target";

export type FrameworkId = "2015" | "2021";

export interface Framework {
  id: FrameworkId;
  name: string;
  /** 一级指标 → its 二级指标, in the order the forms list them. */
  tree: Record<string, string[]>;
}

const BENEFIT = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"];
const SATISFACTION = ["服务对象满意度指标"];

export const FRAMEWORKS: Record<FrameworkId, Framework> = {
  "2015": {
    id: "2015",
    name: "财预〔2015〕88号",
    tree: {
      产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
      效益指标: BENEFIT,
      满意度指标: SATISFACTION,
    },
  },
  "2021": {
    id: "2021",
    name: "财预〔2021〕101号",
    tree: {
      成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
      产出指标: ["数量指标", "质量指标", "时效指标"],
      效益指标: BENEFIT,
      满意度指标: SATISFACTION,
    },
  },
};

const ALL = Object.values(FRAMEWORKS);

/** Every 一级指标 name of either tree, in form order. */
export const LEVEL1_NAMES: readonly string[] = [
  ...new Set(ALL.flatMap((f) => Object.keys(f.tree))),
];

/** Every 二级指标 name of either tree, in form order. */
export const LEVEL2_NAMES: readonly string[] = [
  ...new Set(ALL.flatMap((f) => Object.values(f.tree).flat())),
];

const rank = (names: readonly string[], name: string) => {
  const at = names.indexOf(name);
  return at < 0 ? names.length : at;
};

/** Sorts indicator rows into form order (一级, then 二级, as the trees list them); stable. */
export function byFormOrder(
  a: { level1: string; level2: string },
  b: { level1: string; level2: string }
): number {
  return (
    rank(LEVEL1_NAMES, a.level1) - rank(LEVEL1_NAMES, b.level1) ||
    rank(LEVEL2_NAMES, a.level2) - rank(LEVEL2_NAMES, b.level2)
  );
}

/** Whether `level2` is a branch of `level1` in either tree (成本指标 is both a 一级 and a 二级). */
export function belongsTo(level1: string, level2: string): boolean {
  return ALL.some((f) => f.tree[level1]?.includes(level2) ?? false);
}

/** Which tree a pair of 一级 / 二级 names belongs to, or null when it fits neither. */
export function frameworkOf(level1: string, level2: string): FrameworkId | null {
  for (const id of ["2015", "2021"] as FrameworkId[]) {
    if (FRAMEWORKS[id].tree[level1]?.includes(level2)) return id;
  }
  return null;
}

/**
 * A 一级 / 二级 pair as the form's tree names it: kept when it is a branch of `framework`; else the
 * cost branch of the other tree becomes this tree's (2015's 产出指标 › 成本指标 and 2021's
 * 成本指标 › 经济/社会/生态环境成本指标); else the 二级 under its 一级 in this tree. Null when the
 * tree has no such 二级.
 */
export function placeIn(
  framework: FrameworkId,
  level1: string,
  level2: string
): { level1: string; level2: string } | null {
  const tree = FRAMEWORKS[framework].tree;
  if (tree[level1]?.includes(level2)) return { level1, level2 };
  const cost = level2 === "成本指标" || (level1 === "成本指标" && level2.endsWith("成本指标"));
  if (cost)
    return framework === "2015"
      ? { level1: "产出指标", level2: "成本指标" }
      : { level1: "成本指标", level2: "经济成本指标" };
  const home = Object.keys(tree).find((name) => tree[name].includes(level2));
  return home ? { level1: home, level2 } : null;
}

/** Indicators where less is better even without 成本 in the name. */
const REVERSE = /成本|投诉|差错|事故|超支|损失|失误|返工|违规|逾期|发生率/;

/**
 * The comparator a target without a symbol is read with: 成本 and other less-is-better
 * indicators → ≤ (not above the standard); everything else → ≥.
 */
export function defaultDirection(indicatorName?: string | null): Comparator {
  return indicatorName && REVERSE.test(indicatorName) ? "≤" : "≥";
}

/**
 * The comparator a quantitative target is checked with: its own sign; else = for a target of 0,
 * which means "none" (0起, 0例, 0%, 零) whatever the indicator's direction, since ≥0 would let any
 * actual pass; else ≤ for a date or a month (a deadline); else the indicator's direction.
 */
export function directionOf(
  target: { symbol: Comparator | null; value: number; unit: string },
  indicatorName?: string | null
): Comparator {
  if (target.symbol) return target.symbol;
  if (isPeriodUnit(target.unit)) return "≤";
  return target.value === 0 ? "=" : defaultDirection(indicatorName);
}

/** Default self-evaluation weights (total 100); real tables deviate, so callers may pass their own. */
export const DEFAULT_WEIGHTS = {
  预算执行率: 10,
  产出指标: 50,
  效益指标: 30,
  满意度指标: 10,
} as const;
