/**
 * The budget system's three levels for the actual value of a qualitative indicator (一体化 绩效
 * module: 监控 and 自评 offer them as the only choices), with what each means for PT.CHECK, the
 * monitoring light, and the share of the indicator's weight a self-evaluation may give (DESIGN §3–§4).
 *
 * Sources: the module's choice list (达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标
 * 且效果较差), its 湖北 variant (达成预期指标 / … / 未完成预期指标且效果较差) and its save-time check
 * of 自评 scores: 达成 [80%, 100%] of the weight, 部分达成 [60%, 80%), 未达成 [0, 60%).
 * 湖北's published rule uses other bands (100–80%, 80–50%, 50–0%): see HUBEI_BANDS.
 *
 * `基本达成` is in no source's list and no band: it is not read as a level, so a person decides.
 */
import type { Verdict } from "./check";

export type LevelId = "met" | "partial" | "unmet";

/** A share of the indicator's weight: low ≤ share < high, or ≤ high when highIncluded. */
export interface Band {
  low: number;
  high: number;
  highIncluded: boolean;
}

export interface Level {
  id: LevelId;
  /** The wording of the budget system's list. */
  text: string;
  /** Short forms accountants write in a cell. */
  short: readonly string[];
  /** What PT.CHECK answers for this actual value. */
  verdict: Exclude<Verdict, "">;
  /** The monitoring light (定性指标 in 绩效监控). */
  light: "绿灯" | "黄灯" | "红灯";
  /** The share of the weight a self-evaluation score may take (PT.SCORE). */
  band: Band;
}

export const LEVELS: readonly Level[] = [
  {
    id: "met",
    text: "达成年度指标",
    short: [
      "达成",
      "已达成",
      "完全达成",
      "全部达成",
      "完成",
      "已完成",
      "全部完成",
      "达成指标",
      "达成目标",
      "达成预期",
      // the 湖北 module's wording and its spelled variants, listed so that built-in formulas know them
      "达成预期指标",
      "达成预期目标",
      "完成年度指标",
      "完成预期指标",
    ],
    verdict: "达标",
    light: "绿灯",
    band: { low: 0.8, high: 1, highIncluded: true },
  },
  {
    id: "partial",
    text: "部分达成年度指标并具有一定效果",
    short: [
      "部分达成",
      "部分完成",
      "部分达成并具有一定效果",
      "部分达成预期指标",
      "部分达成预期指标并具有一定效果",
    ],
    verdict: "待评价",
    light: "黄灯",
    band: { low: 0.6, high: 0.8, highIncluded: false },
  },
  {
    id: "unmet",
    text: "未达成年度指标且效果较差",
    short: [
      "未达成",
      "未完成",
      "未达成且效果较差",
      "未达成预期指标",
      "未完成预期指标",
      "未完成预期指标且效果较差",
    ],
    verdict: "未达标",
    light: "红灯",
    band: { low: 0, high: 0.6, highIncluded: false },
  },
];

/** 湖北 (鄂财绩发〔2020〕3号 as the module shows it): 100–80% (含80%), 80–50% (含50%), 50–0%. */
export const HUBEI_BANDS: Readonly<Record<LevelId, Band>> = {
  met: { low: 0.8, high: 1, highIncluded: true },
  partial: { low: 0.5, high: 0.8, highIncluded: false },
  unmet: { low: 0, high: 0.5, highIncluded: false },
};

/**
 * What a level scores under one practice: each level's band (the share of the weight a typed score
 * may take) and the share PT.SCORE gives it. Data, so that a province's practice is a new entry.
 */
export interface BandSet {
  id: string;
  名称: string;
  levels: Readonly<Record<LevelId, { band: Band; share: number }>>;
}

const MINISTRY_BANDS = Object.fromEntries(LEVELS.map((l) => [l.id, l.band])) as Record<
  LevelId,
  Band
>;

export const BAND_SETS: Readonly<Record<string, BandSet>> = {
  // The budget system's bands; PT.SCORE gives the low end, a cautious default to raise by hand.
  财政部: {
    id: "财政部",
    名称: "达成 80%–100%、部分达成 60%–80%、未达成 0–60%，取下限",
    levels: {
      met: { band: MINISTRY_BANDS.met, share: 0.8 },
      partial: { band: MINISTRY_BANDS.partial, share: 0.6 },
      unmet: { band: MINISTRY_BANDS.unmet, share: 0 },
    },
  },
  // As published tables score them: 达成 full marks (池州 2022: every 达成预期指标 row at its 分值).
  达成满分: {
    id: "达成满分",
    名称: "达成得满分、部分达成 60%、未达成 0（档次同财政部）",
    levels: {
      met: { band: MINISTRY_BANDS.met, share: 1 },
      partial: { band: MINISTRY_BANDS.partial, share: 0.6 },
      unmet: { band: MINISTRY_BANDS.unmet, share: 0 },
    },
  },
  湖北: {
    id: "湖北",
    名称: "达成 80%–100%、部分达成 50%–80%、未达成 0–50%，取下限",
    levels: {
      met: { band: HUBEI_BANDS.met, share: 0.8 },
      partial: { band: HUBEI_BANDS.partial, share: 0.5 },
      unmet: { band: HUBEI_BANDS.unmet, share: 0 },
    },
  },
};

export const DEFAULT_BAND_SET = "财政部";

const BY_ID = new Map(LEVELS.map((level) => [level.id, level]));

/**
 * The full wordings and their variants: 达成/完成, 年度/预期, 指标/目标, with or without the
 * clause about the effect. The clause must fit the level (部分…且效果较差 is no level).
 */
const FULL: [RegExp, LevelId][] = [
  [/^(?:未|没有|未能)(?:达成|完成)(?:年度|预期)(?:指标|目标)值?(?:[,，]?且效果较差)?$/, "unmet"],
  [
    /^部分(?:达成|完成)(?:年度|预期)(?:指标|目标)值?(?:[,，]?并?(?:具有|有)一定(?:效果|成效))?$/,
    "partial",
  ],
  [/^(?:已|全部|完全)?(?:达成|完成)(?:年度|预期)(?:指标|目标)值?$/, "met"],
];

const SHORT = new Map<string, LevelId>(
  LEVELS.flatMap((level) => level.short.map((text) => [text, level.id] as [string, LevelId]))
);

/** Cheap test before the patterns: every level names 达成 or 完成. */
const MENTIONS = /达成|完成/;

/**
 * The level a cell's text names, or null; spaces, full-width forms and a final 。 are ignored.
 */
export function readLevel(text: string): Level | null {
  if (!MENTIONS.test(text)) return null;
  // Cells typed by hand carry spaces and full-width forms; 达成 / 完成 themselves never change.
  const folded = text.normalize("NFKC").replace(/\s+/g, "");
  const words = folded.endsWith("。") ? folded.slice(0, -1) : folded;
  const short = SHORT.get(words);
  if (short) return BY_ID.get(short) ?? null;
  for (const [pattern, id] of FULL) if (pattern.test(words)) return BY_ID.get(id) ?? null;
  return null;
}

/** Whether `share` (score ÷ weight) lies in the band. */
export function inBand(share: number, band: Band): boolean {
  return share >= band.low && (band.highIncluded ? share <= band.high : share < band.high);
}
