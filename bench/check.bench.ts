/** The cost of one PT.CHECK call over a million mixed inputs, against a bare numeric comparison. */
import { check } from "../src/functions/functions";
import type { Figure } from "./run";

const CALLS = 1_000_000;

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
  return [
    { name: "PT.CHECK per call (1,000,000 mixed inputs)", value: round(perCall, 3), unit: "ns" },
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
