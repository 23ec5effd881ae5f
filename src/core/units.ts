/**
 * Units of 指标值 and how they convert. A unit is reduced to a base unit and a factor, so that
 * 万元 compares with 元 and 公里 with 米, while 人 never compares with 元.
 */

export interface UnitInfo {
  /** The base unit that decides what can be compared ("元", "米", "%", "人", "" for none). */
  base: string;
  /** How many base units one of this unit is. */
  factor: number;
}

const EXPLICIT: Record<string, UnitInfo> = {
  "%": { base: "%", factor: 1 },
  "‰": { base: "%", factor: 0.1 },
  元: { base: "元", factor: 1 },
  米: { base: "米", factor: 1 },
  m: { base: "米", factor: 1 },
  M: { base: "米", factor: 1 },
  km: { base: "米", factor: 1000 },
  KM: { base: "米", factor: 1000 },
  公里: { base: "米", factor: 1000 },
  千米: { base: "米", factor: 1000 },
  厘米: { base: "米", factor: 0.01 },
  cm: { base: "米", factor: 0.01 },
  毫米: { base: "米", factor: 0.001 },
  mm: { base: "米", factor: 0.001 },
  平方米: { base: "平方米", factor: 1 },
  "㎡": { base: "平方米", factor: 1 },
  "m²": { base: "平方米", factor: 1 },
  亩: { base: "平方米", factor: 10000 / 15 },
  公顷: { base: "平方米", factor: 10000 },
  平方公里: { base: "平方米", factor: 1e6 },
  平方千米: { base: "平方米", factor: 1e6 },
  克: { base: "克", factor: 1 },
  g: { base: "克", factor: 1 },
  千克: { base: "克", factor: 1000 },
  公斤: { base: "克", factor: 1000 },
  kg: { base: "克", factor: 1000 },
  斤: { base: "克", factor: 500 },
  吨: { base: "克", factor: 1e6 },
  天: { base: "天", factor: 1 },
  日: { base: "天", factor: 1 },
  周: { base: "天", factor: 7 },
  小时: { base: "小时", factor: 1 },
  分钟: { base: "小时", factor: 1 / 60 },
  月: { base: "月", factor: 1 },
  个月: { base: "月", factor: 1 },
  年: { base: "月", factor: 12 },
};

/** Magnitude prefixes that combine with any unit: 万元, 万人次, 亿元, and 万 alone. */
const PREFIXES: [string, number][] = [
  ["百万", 1e6],
  ["千万", 1e7],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];

const known = new Map<string, UnitInfo>();

export function unitInfo(unit: string): UnitInfo {
  let info = known.get(unit);
  if (!info) {
    info = readUnit(unit);
    if (known.size < 1024) known.set(unit, info);
  }
  return info;
}

function readUnit(unit: string): UnitInfo {
  const slash = unit.indexOf("/");
  if (slash > 0) {
    const numerator = unitInfo(unit.slice(0, slash));
    return { base: `${numerator.base}/${unit.slice(slash + 1)}`, factor: numerator.factor };
  }
  const explicit = EXPLICIT[unit];
  if (explicit) return explicit;
  for (const [prefix, factor] of PREFIXES) {
    if (unit.startsWith(prefix)) {
      const rest = unitInfo(unit.slice(prefix.length));
      return { base: rest.base, factor: rest.factor * factor };
    }
  }
  return { base: unit, factor: 1 };
}

/**
 * Converts `value` given in `from` into the unit `to`. Returns null when the two units measure
 * different things (人 against 元).
 */
export function convert(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (a.base !== b.base) return null;
  return (value * a.factor) / b.factor;
}
