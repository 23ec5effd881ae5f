/**
 * The cost of one PT.SCORE call over a million mixed inputs, beside a bare numeric comparison; per
 * rounding over valid inputs (goal < 1 µs each); PT.BUDGETSCORE per call.
 */
import { ROUNDINGS } from "../src/core/rounding";
import { budgetscore, grade, score } from "../src/functions/functions";
import type { Figure } from "./run";

const CALLS = 1_000_000;

/** A filled-in 自评表: percentages, counts, costs both ways, levels, blanks, and a few errors. */
const CASES: [unknown, unknown, unknown, unknown, unknown][] = [
  [0.96, "≥95%", 10, undefined, undefined],
  [90, "≥95%", 13, undefined, undefined],
  [1, "=100%", 13, undefined, undefined],
  [22, "23 个", 12, "数量指标", undefined],
  [800, "766 元/人", 12, "成本指标", undefined],
  [800, "≤766元/人", 12, undefined, "线性"],
  ["0.08万元/人", "≤766元/人", 10, undefined, undefined],
  [0.85, "90%-100%", 10, undefined, undefined],
  ["达成年度指标", "及时", 15, undefined, undefined],
  ["部分达成", "有所提升", 15, undefined, undefined],
  ["未达成年度指标且效果较差", "提高服务水平", 15, undefined, undefined],
  [null, "≥95%", 10, undefined, undefined],
  [0, "=0", 5, undefined, undefined],
  ["1.2公里", "≥1000米", 8, undefined, undefined],
  [96, "≥95%", -1, undefined, undefined],
  ["很好", "≥95%", 10, undefined, undefined],
];

function time(run: () => number): number {
  const start = process.hrtime.bigint();
  const sink = run();
  const ns = Number(process.hrtime.bigint() - start);
  return sink === Number.MIN_SAFE_INTEGER ? -1 : ns; // keeps the result alive
}

export function benchScore(): Figure[] {
  const numbers = CASES.map((_, i) => i * 7.5);
  const baseline = () => {
    let sum = 0;
    for (let i = 0; i < CALLS; i++) {
      const k = i % CASES.length;
      sum += numbers[k] >= 50 ? 1 : 0;
    }
    return sum;
  };
  // The last two cases are cell errors, whose throw costs more than the rule: timed apart too.
  const valid = CASES.slice(0, -2);
  const scores =
    (cases = CASES) =>
    () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) {
        const [actual, target, weight, indicator, method] = cases[i % cases.length];
        try {
          const value = score(actual, target, weight, indicator, method);
          if (typeof value === "number") sum += value;
        } catch {
          sum--;
        }
      }
      return sum;
    };
  const totals = [95, 85, 65, 40, 100, 59.99];
  const grades = () => {
    let n = 0;
    for (let i = 0; i < CALLS; i++) if (grade(totals[i % totals.length]) === "优") n++;
    return n;
  };
  baseline();
  scores()();
  grades();
  const base = time(baseline) / CALLS;
  const perScore = time(scores()) / CALLS;
  const perValid = time(scores(valid)) / CALLS;
  const perGrade = time(grades) / CALLS;
  const perRounding = ROUNDINGS.map((r) => {
    const run = () => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) {
        const [actual, target, weight, indicator, method] = valid[i % valid.length];
        const value = score(actual, target, weight, indicator, method, r.id);
        if (typeof value === "number") sum += value;
      }
      return sum;
    };
    run();
    return { id: r.id, ns: time(run) / CALLS };
  });
  const rates = [0.95, 1, 0.8625, "100.00%", 1.05, 0.5];
  const budgets = () => {
    let sum = 0;
    for (let i = 0; i < CALLS; i++) {
      const value = budgetscore(rates[i % rates.length], 10, undefined, "安徽");
      if (typeof value === "number") sum += value;
    }
    return sum;
  };
  budgets();
  const perBudget = time(budgets) / CALLS;
  return [
    { name: "PT.SCORE per call (1,000,000 mixed inputs)", value: round(perScore), unit: "ns" },
    { name: "bare numeric comparison per call (baseline)", value: round(base), unit: "ns" },
    { name: "PT.SCORE / baseline", value: round(perScore / Math.max(base, 1e-3), 1), unit: "x" },
    {
      name: "PT.SCORE per call, valid inputs only (no cell error)",
      value: round(perValid),
      unit: "ns",
    },
    ...perRounding.map(({ id, ns }) => ({
      name: `PT.SCORE per call, valid inputs, rounding ${id} (goal < 1000 ns)`,
      value: round(ns),
      unit: "ns",
    })),
    { name: "PT.BUDGETSCORE per call (preset 安徽)", value: round(perBudget), unit: "ns" },
    { name: "PT.GRADE per call", value: round(perGrade), unit: "ns" },
  ];
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// `npx tsx bench/score.bench.ts` prints this file's figures alone.
if (require.main === module) {
  for (const figure of benchScore()) console.log(`${figure.name}: ${figure.value} ${figure.unit}`);
}
