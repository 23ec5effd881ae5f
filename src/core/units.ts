/**
 * Units of 指标值 and how they convert. A unit is reduced to a base unit and a factor, so that
 * 万元 compares with 元, 公里 with 米 and 元/人·年 with 元/人·月, while 人 never compares with 元.
 * The known unit words also let the grammar find where a unit ends inside a sentence
 * (`不少于3次培训`: the unit is 次, 培训 is the rest of the sentence).
 */

export interface UnitInfo {
  /** The base unit that decides what can be compared ("元", "米", "%", "人", "" for none). */
  base: string;
  /** How many base units one of this unit is. */
  factor: number;
}

const HOURS_PER_DAY = 24;

/**
 * Units with a known measure. Decisions:
 * - 百分点 (percentage points) is the difference of two rates, not a rate: its own base, so that
 *   it never compares with % silently.
 * - 工作日 is not a fixed number of 天 (weekends, holidays): its own base.
 * - 月 does not convert to 天 (28 to 31 days); 季度 and 年 do convert to 月.
 */
const EXPLICIT: Record<string, UnitInfo> = {
  "%": { base: "%", factor: 1 },
  百分比: { base: "%", factor: 1 },
  百分数: { base: "%", factor: 1 },
  "‰": { base: "%", factor: 0.1 },
  百分点: { base: "百分点", factor: 1 },
  个百分点: { base: "百分点", factor: 1 },
  元: { base: "元", factor: 1 },
  米: { base: "米", factor: 1 },
  m: { base: "米", factor: 1 },
  M: { base: "米", factor: 1 },
  km: { base: "米", factor: 1000 },
  KM: { base: "米", factor: 1000 },
  公里: { base: "米", factor: 1000 },
  千米: { base: "米", factor: 1000 },
  延米: { base: "米", factor: 1 },
  厘米: { base: "米", factor: 0.01 },
  cm: { base: "米", factor: 0.01 },
  毫米: { base: "米", factor: 0.001 },
  mm: { base: "米", factor: 0.001 },
  // NFKC turns ㎡ and m² into m2, so only the folded spellings can occur.
  平方米: { base: "平方米", factor: 1 },
  平米: { base: "平方米", factor: 1 },
  m2: { base: "平方米", factor: 1 },
  亩: { base: "平方米", factor: 10000 / 15 },
  公顷: { base: "平方米", factor: 10000 },
  平方公里: { base: "平方米", factor: 1e6 },
  平方千米: { base: "平方米", factor: 1e6 },
  km2: { base: "平方米", factor: 1e6 },
  立方米: { base: "立方米", factor: 1 },
  方: { base: "立方米", factor: 1 },
  m3: { base: "立方米", factor: 1 },
  克: { base: "克", factor: 1 },
  g: { base: "克", factor: 1 },
  千克: { base: "克", factor: 1000 },
  公斤: { base: "克", factor: 1000 },
  kg: { base: "克", factor: 1000 },
  斤: { base: "克", factor: 500 },
  吨: { base: "克", factor: 1e6 },
  分钟: { base: "小时", factor: 1 / 60 },
  小时: { base: "小时", factor: 1 },
  个小时: { base: "小时", factor: 1 },
  天: { base: "小时", factor: HOURS_PER_DAY },
  日: { base: "小时", factor: HOURS_PER_DAY },
  周: { base: "小时", factor: 7 * HOURS_PER_DAY },
  工作日: { base: "工作日", factor: 1 },
  个工作日: { base: "工作日", factor: 1 },
  月: { base: "月", factor: 1 },
  个月: { base: "月", factor: 1 },
  季度: { base: "月", factor: 3 },
  个季度: { base: "月", factor: 3 },
  年: { base: "月", factor: 12 },
};

/** Bases of durations: `3天内`, `5个工作日内` read `内` as “at most”. */
const TIME_BASES = new Set(["小时", "工作日", "月"]);

/**
 * Counting words (量词) that have no conversion: each is its own base. Listed so that a unit can be
 * told apart from the words after it in a sentence; a unit not listed still reads when it stands
 * alone (`5幢`), see plausibleUnit.
 */
const COUNTING = (
  "个 人 人次 次 户 户次 家 家次 场 场次 期 项 件 件次 台 台次 台套 台班 套 册 册次 本 篇 份 条 所 " +
  "座 处 辆 车次 架次 批 批次 名 位 张 块 部 栋 幢 间 床 头 只 羽 株 棵 村 站 点 类 种 门 课时 学时 " +
  "节 页 生 学生 起 例 宗 单 笔 轮 届 组 队 支 班 人日 人天 元次 篇次 个次 盏 根 口 眼 台件"
).split(" ");

const COUNTING_SET = new Set(COUNTING);

/** Magnitude prefixes that combine with any unit: 万元, 3万册, 1.5万人次, 亿元, and 万 alone. */
const PREFIXES: [string, number][] = [
  ["百万", 1e6],
  ["千万", 1e7],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];

/** Every known unit word by its first character, longest first, so that 人次 wins over 人. */
const WORDS = new Map<string, string[]>();
for (const word of [...Object.keys(EXPLICIT), ...COUNTING].sort((a, b) => b.length - a.length)) {
  const list = WORDS.get(word[0]);
  if (list) list.push(word);
  else WORDS.set(word[0], [word]);
}

/** A unit word not in the lists may still stand alone; these characters mark prose, not units. */
const PROSE_MARK = /[以及前内后上下至到不于达和或且的为是在每共约近超低高少多]/;
const PLAUSIBLE = /^[\u4e00-\u9fff]{1,4}$/;
const LATIN_UNIT = /^[A-Za-z]{1,6}$/;

function wordAt(text: string, at: number): string {
  for (const word of WORDS.get(text[at]) ?? []) if (text.startsWith(word, at)) return word;
  return "";
}

/** One part of a unit: an optional magnitude prefix and a unit word (`万册`, `元`, or `万` alone). */
function partAt(text: string, at: number): string {
  const word = wordAt(text, at);
  for (const [prefix] of PREFIXES) {
    if (text.startsWith(prefix, at)) {
      const after = wordAt(text, at + prefix.length);
      // 百分比 and 千米 are words of their own, not 百 × 分比.
      if (after !== "" && prefix.length + after.length > word.length) return prefix + after;
    }
  }
  if (word !== "") return word;
  for (const [prefix] of PREFIXES) if (text.startsWith(prefix, at)) return prefix;
  return "";
}

/** After `/` a short noun is a denominator even when not listed: 元/校, 元/生·年. */
function denominatorAt(text: string, at: number): string {
  const run = /^[\u4e00-\u9fff]{1,2}/.exec(text.slice(at, at + 2))?.[0] ?? "";
  let end = 0;
  while (end < run.length && !PROSE_MARK.test(run[end])) end++;
  return run.slice(0, end);
}

/** What joins the parts of a per-unit after its `/`: 元/人·月, and as typed 元/人*月, 元/人×月. */
const JOINERS = new Set(["/", "·", "*", "×", "∗"]);
const TIMES = /[*×∗]/g;

/**
 * The longest unit at the start of `text`, made of known words: `万元/公里`, `元/人·年`,
 * `元/人/月`, `元/人*月`, or a per-unit without its numerator (`/次` in ≤3.5/次). Returns the
 * unit and what follows it.
 */
export function splitUnit(text: string): { unit: string; rest: string } {
  let end = partAt(text, 0).length;
  if (end === 0 && text[0] !== "/") return { unit: "", rest: text };
  let slash = text[0] === "/";
  while (end < text.length && JOINERS.has(text[end]) && (slash || text[end] === "/")) {
    const part = partAt(text, end + 1) || denominatorAt(text, end + 1);
    if (part === "") break;
    slash = true;
    end += 1 + part.length;
  }
  return { unit: text.slice(0, end), rest: text.slice(end) };
}

/** Whether the whole text is a unit made of known words (`百分比`, `元/人`), i.e. no value. */
export function isUnitText(text: string): boolean {
  return text !== "" && splitUnit(text).rest === "";
}

/** PT.CHECK reads the unit of every actual value: the few distinct ones are kept, up to a bound. */
const MAX_KNOWN = 1024;
const unitsOf = new Map<string, string | null>();

/**
 * The unit of a value written as number + unit (`23个`, `5幢`, `766元/人·年`), or null when what
 * follows the number is not a unit but prose (`3次培训`). Unknown short words stay units, so that
 * rare measure words still read; two counting words joined (`台套`) are one unit.
 */
export function unitOf(text: string): string | null {
  let unit = unitsOf.get(text);
  if (unit === undefined) {
    unit = readUnitOf(text);
    if (unitsOf.size < MAX_KNOWN) unitsOf.set(text, unit);
  }
  return unit;
}

function readUnitOf(text: string): string | null {
  if (text === "") return "";
  const { unit, rest } = splitUnit(text);
  if (rest === "") return canonicalUnit(unit);
  if (COUNTING_SET.has(unit) && COUNTING_SET.has(rest)) return text; // 台套, 人天
  if (LATIN_UNIT.test(text)) return text; // Mbps, kWh: Latin units are not prose
  if (unit === "" && PLAUSIBLE.test(text) && !PROSE_MARK.test(text)) return text;
  return null;
}

/** Words that only name a sign take the sign (百分比 → %); NFKC's m2 for ㎡ is written out. */
const CANONICAL: Record<string, string> = {
  百分比: "%",
  百分数: "%",
  m2: "平方米",
  km2: "平方公里",
  m3: "立方米",
};

/** The unit as written back: 百分比 → %, and 元/人*月 → 元/人·月 (one joiner for all). */
export function canonicalUnit(unit: string): string {
  return CANONICAL[unit] ?? (unit.includes("/") ? unit.replace(TIMES, "·") : unit);
}

export function isTimeUnit(unit: string): boolean {
  return TIME_BASES.has(unitInfo(unit).base);
}

const known = new Map<string, UnitInfo>();

export function unitInfo(unit: string): UnitInfo {
  let info = known.get(unit);
  if (!info) {
    info = readUnit(unit);
    if (known.size < MAX_KNOWN) known.set(unit, info);
  }
  return info;
}

/**
 * Per-units divide the numerator by every denominator: 万元/公里 is 10 元/米, 元/人·年 is 1/12
 * 元/人·月; `/人/月` and `/人·月` are the same unit, so denominators are kept in sorted order.
 */
function readUnit(unit: string): UnitInfo {
  const slash = unit.indexOf("/");
  if (slash >= 0) {
    // `/次` (≤3.5/次) has no numerator: its base is `/次`, which any amount per 次 compares with.
    const numerator = slash === 0 ? { base: "", factor: 1 } : simpleUnit(unit.slice(0, slash));
    const denominators = unit
      .slice(slash + 1)
      .split(/[/·*×∗]/)
      .map(simpleUnit);
    const factor = denominators.reduce((f, d) => f / d.factor, numerator.factor);
    const bases = denominators.map((d) => d.base).sort();
    return { base: `${numerator.base}/${bases.join("·")}`, factor };
  }
  return simpleUnit(unit);
}

function simpleUnit(unit: string): UnitInfo {
  const explicit = EXPLICIT[unit];
  if (explicit) return explicit;
  for (const [prefix, factor] of PREFIXES) {
    if (unit.startsWith(prefix)) {
      const rest = simpleUnit(unit.slice(prefix.length));
      return { base: rest.base, factor: rest.factor * factor };
    }
  }
  return { base: unit, factor: 1 };
}

/**
 * Converts `value` given in `from` into the unit `to`. Returns null when the two units measure
 * different things (人 against 元, 百分点 against %, 工作日 against 天).
 */
export function convert(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = unitInfo(from);
  const b = unitInfo(to);
  // 3元/次 against ≤3.5/次: a per-unit without numerator takes any amount per the same thing.
  const perAny = b.base.startsWith("/") && a.base.endsWith(b.base);
  if (a.base !== b.base && !perAny) return null;
  return (value * a.factor) / b.factor;
}
