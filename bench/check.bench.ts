/**
 * The cost of one PT.CHECK call over a million mixed inputs (16 targets repeated: the 指标值 cache
 * is warm), against a bare numeric comparison; and cold, over generated targets that are all
 * distinct, so that each call reads its 指标值 anew, as on a sheet opened for the first time.
 */
import { check } from "../src/functions/functions";
import type { Figure } from "./run";

const CALLS = 1_000_000;
/** Distinct targets for the cold figure: more than the 指标值 cache holds, so none is served from it. */
const COLD = 50_000;

/** A mix like a filled-in sheet: percentages, units, counts, qualitative, blanks, and a few errors. */
const CASES: [unknown, unknown, unknown][] = [
  [0.96, "≥95%", undefined],
  [94, "≥95%", undefined],
  ["96%", "≥98%", undefined],
  [1, "=100%", undefined],
  [23, "23 个", "数量指标"],
  [700, "766 元/人", "成本指标"],
  ["0.07万元/人", "≤766元/人", undefined],
  [0.92, "90%-100%", undefined],
  ["及时", "及时", undefined],
  ["有所提升", "有所提升", undefined],
  [230, "实际支出", "成本指标"],
  [null, "≥95%", undefined],
  [12, "≥1000人", undefined],
  ["1.2公里", "≥266米", undefined],
  [0.5, "≥", undefined],
  ["很好", "≥95%", undefined],
];

/** Distinct 指标值 of the kinds a sheet holds, none repeated: every call misses the cache. */
function distinctCases(count: number): [unknown, string, string | undefined][] {
  const kinds: ((n: number) => [unknown, string, string | undefined])[] = [
    (n) => [0.9, `≥${(n / 100).toFixed(2)}%`, undefined],
    (n) => [n, `${n + 1} 个`, "数量指标"],
    (n) => [n, `≤${n}元/人`, undefined],
    (n) => ["96%", `${(n % 90) + 1}%-${(n % 90) + 1 + n / 1e5}%`, undefined],
    (n) => [n * 2, `不少于${n}次培训`, undefined],
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length](i + 1));
}

/** One pass over distinct targets, nanoseconds per call (each target's first reading). */
function coldPerCall(count: number): number {
  const cases = distinctCases(count);
  if (new Set(cases.map((c) => c[1])).size !== count) throw new Error("targets are not distinct");
  const start = process.hrtime.bigint();
  let met = 0;
  for (const [actual, target, indicator] of cases) {
    try {
      if (check(actual, target, indicator) === "达标") met++;
    } catch {
      met--;
    }
  }
  const ns = Number(process.hrtime.bigint() - start);
  if (met === 0) throw new Error("no target was met: the generated cases are not read");
  return ns / count;
}

function time(run: () => number): { ns: number; sink: number } {
  const start = process.hrtime.bigint();
  const sink = run();
  return { ns: Number(process.hrtime.bigint() - start), sink };
}

export function benchCheck(): Figure[] {
  const actuals = CASES.map((c) => c[0]);
  const targets = CASES.map((c) => c[1]);
  const indicators = CASES.map((c) => c[2]);
  const numbers = CASES.map((_, i) => i * 7.5);

  const baseline = () => {
    let met = 0;
    for (let i = 0; i < CALLS; i++) {
      const k = i % CASES.length;
      if (numbers[k] >= 50) met++;
    }
    return met;
  };
  const checks = () => {
    let met = 0;
    for (let i = 0; i < CALLS; i++) {
      const k = i % CASES.length;
      try {
        if (check(actuals[k], targets[k], indicators[k]) === "达标") met++;
      } catch {
        met--;
      }
    }
    return met;
  };
  // What a cell error costs the host's way (a throw) before any checking: 2 of the 16 cases throw.
  const error = new Error("指标值无法识别");
  const throws = () => {
    let caught = 0;
    for (let i = 0; i < CALLS; i++) {
      try {
        throw error;
      } catch {
        caught++;
      }
    }
    return caught;
  };
  // Warm them up once so that the JIT has settled before the measured runs.
  baseline();
  checks();
  throws();
  const base = time(baseline);
  const measured = time(checks);
  const thrown = time(throws);
  const perCall = measured.ns / CALLS;
  // A first pass warms the code; the second is measured. The cache holds far fewer than COLD
  // readings, so in both passes every target is read anew.
  coldPerCall(COLD);
  const cold = coldPerCall(COLD);
  return [
    {
      name: `PT.CHECK per call, warm (${CALLS.toLocaleString("en")} calls over ${CASES.length} inputs)`,
      value: round(perCall, 3),
      unit: "ns",
    },
    {
      name: `PT.CHECK per call, cold (${COLD.toLocaleString("en")} distinct 指标值)`,
      value: round(cold, 3),
      unit: "ns",
    },
    {
      name: "bare numeric comparison per call (baseline)",
      value: round(base.ns / CALLS, 3),
      unit: "ns",
    },
    {
      name: "throw and catch one cell error (baseline)",
      value: round(thrown.ns / CALLS, 3),
      unit: "ns",
    },
    {
      name: "PT.CHECK / baseline",
      value: round(perCall / Math.max(base.ns / CALLS, 1e-3), 1),
      unit: "x",
    },
  ];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// `npx tsx bench/check.bench.ts` prints this benchmark alone (bench/run.ts prints them all).
if (process.argv[1]?.endsWith("check.bench.ts")) {
  for (const f of benchCheck())
    console.log(`${f.name.padEnd(48)} ${String(f.value).padStart(10)} ${f.unit}`);
}
