/** The budget system's three levels for qualitative actual values, as data and as a reader. */
import { HUBEI_BANDS, inBand, LEVELS, LevelId, readLevel } from "../../src/core/levels";
import { normalizeText } from "../../src/core/target";

describe("readLevel", () => {
  it.each<[string, LevelId | null]>([
    // the budget system's choice list and its 湖北 variant
    ["达成年度指标", "met"],
    ["部分达成年度指标并具有一定效果", "partial"],
    ["未达成年度指标且效果较差", "unmet"],
    ["达成预期指标", "met"],
    ["部分达成预期指标并具有一定效果", "partial"],
    ["未完成预期指标且效果较差", "unmet"],
    // shorter ways of writing them
    ["达成", "met"],
    ["已达成", "met"],
    ["完全达成", "met"],
    ["完成", "met"],
    ["部分达成", "partial"],
    ["部分完成", "partial"],
    ["未达成", "unmet"],
    ["未完成", "unmet"],
    ["部分达成年度指标", "partial"],
    ["未达成年度指标", "unmet"],
    ["达成年度目标。", "met"],
    ["部分达成年度指标，并具有一定效果", "partial"],
    // not a level: in no source's list, or a clause that contradicts the level
    ["基本达成", null],
    ["部分达成年度指标且效果较差", null],
    ["达成年度指标且效果较差", null],
    ["达标", null],
    ["及时", null],
    ["", null],
  ])("%j → %s", (text, id) => {
    expect(readLevel(normalizeText(text))?.id ?? null).toBe(id);
  });

  it("reads a level whatever the spacing of a wrapped cell", () => {
    expect(readLevel(normalizeText("部分达成年度指标并\n具有一定效果"))?.id).toBe("partial");
  });
});

describe("the levels as data", () => {
  it("keeps the order, wording, verdicts and lights of the budget system", () => {
    expect(LEVELS.map((l) => [l.id, l.text, l.verdict, l.light])).toEqual([
      ["met", "达成年度指标", "达标", "绿灯"],
      ["partial", "部分达成年度指标并具有一定效果", "待评价", "黄灯"],
      ["unmet", "未达成年度指标且效果较差", "未达标", "红灯"],
    ]);
  });

  it("reads each level's own wording and short forms back to it", () => {
    for (const level of LEVELS) {
      expect(readLevel(level.text)).toBe(level);
      for (const short of level.short) expect(readLevel(short)).toBe(level);
    }
  });

  it("gives score bands that cover 0–100% of the weight without overlap", () => {
    const [met, partial, unmet] = LEVELS.map((l) => l.band);
    const shares = [0, 0.3, 0.5999, 0.6, 0.7, 0.7999, 0.8, 0.9, 1];
    for (const share of shares) {
      const holders = [met, partial, unmet].filter((band) => inBand(share, band));
      expect(holders).toHaveLength(1);
    }
    expect(inBand(0.8, met)).toBe(true);
    expect(inBand(1, met)).toBe(true);
    expect(inBand(1.01, met)).toBe(false);
    expect(inBand(0.6, partial)).toBe(true);
    expect(inBand(0.8, partial)).toBe(false);
    expect(inBand(0.6, unmet)).toBe(false);
  });

  it("has 湖北's wider bands: 部分达成 from 50%", () => {
    expect(inBand(0.55, HUBEI_BANDS.partial)).toBe(true);
    expect(inBand(0.55, LEVELS[1].band)).toBe(false);
    expect(inBand(0.45, HUBEI_BANDS.unmet)).toBe(true);
  });
});
