/**
 * PT.PROGRESS, PT.SCHEDULE and PT.LIGHT, built on the nine schedules of the seed
 * (累计支出资金 at 3/6/10/12月底, 万元). Expected figures worked out by hand.
 */
import { CellError, light, progress, schedule } from "../../src/functions/functions";

/** Project → [预算数, plan at 3月底, 6月底, 10月底, 12月底]. */
const SCHEDULES: Record<number, [number, number, number, number, number]> = {
  1: [23.0, 3.0, 10.0, 15.0, 23.0],
  2: [230.0, 0, 76.0, 153.0, 230.0],
  3: [115.0, 28.75, 57.5, 86.25, 115.0],
  4: [9.2, 0, 2.3, 4.6, 9.2],
  5: [402.38, 100.6, 201.0, 301.6, 402.38],
  6: [1052.87, 263.22, 526.44, 789.66, 1052.87],
  7: [8.0, 2.0, 4.0, 6.0, 8.0],
  8: [13.4, 3.35, 6.7, 10.05, 13.4],
  9: [2279.77, 570.0, 1140.0, 1710.0, 2279.77],
};
const CHECKPOINT_DATES = ["2023-03-31", "2023-06-30", "2023-10-31", "2023-12-31"];
const PROJECTS = Object.keys(SCHEDULES).map(Number);

/** Spending exactly as planned, compared with 序时进度 at each checkpoint (tolerance 5). */
const AGAINST_TIME: Record<number, [string, string, string, string]> = {
  1: [
    "低于序时进度 12.0个百分点",
    "低于序时进度 6.5个百分点",
    "低于序时进度 18.1个百分点",
    "符合序时进度",
  ],
  2: [
    "低于序时进度 25.0个百分点",
    "低于序时进度 17.0个百分点",
    "低于序时进度 16.8个百分点",
    "符合序时进度",
  ],
  3: ["符合序时进度", "符合序时进度", "低于序时进度 8.3个百分点", "符合序时进度"],
  4: [
    "低于序时进度 25.0个百分点",
    "低于序时进度 25.0个百分点",
    "低于序时进度 33.3个百分点",
    "符合序时进度",
  ],
  5: ["符合序时进度", "符合序时进度", "低于序时进度 8.4个百分点", "符合序时进度"],
  6: ["符合序时进度", "符合序时进度", "低于序时进度 8.3个百分点", "符合序时进度"],
  7: ["符合序时进度", "符合序时进度", "低于序时进度 8.3个百分点", "符合序时进度"],
  8: ["符合序时进度", "符合序时进度", "低于序时进度 8.3个百分点", "符合序时进度"],
  9: ["符合序时进度", "符合序时进度", "低于序时进度 8.3个百分点", "符合序时进度"],
};

describe("PT.PROGRESS on the seed's schedules", () => {
  it.each(PROJECTS)("project %i: the execution rate is spent ÷ budget", (project) => {
    const [budget, ...plan] = SCHEDULES[project];
    for (const planned of plan) expect(progress(planned, budget)).toBeCloseTo(planned / budget, 12);
    expect(progress(budget, budget)).toBe(1);
  });

  it.each(PROJECTS)("project %i: spending as planned is on plan at every checkpoint", (project) => {
    const [budget, ...plan] = SCHEDULES[project];
    for (const planned of plan) expect(progress(planned, budget, planned)).toBe("符合计划");
  });

  it.each(PROJECTS)(
    "project %i: ten points of the budget behind the plan is 滞后计划 10.0个百分点",
    (project) => {
      const [budget, ...plan] = SCHEDULES[project];
      for (const planned of plan.filter((amount) => amount >= budget * 0.1)) {
        expect(progress(planned - budget * 0.1, budget, planned)).toBe("滞后计划 10.0个百分点");
        expect(progress(Math.min(planned + budget * 0.07, budget), budget, planned)).toMatch(
          /^超前计划 |^符合计划$/
        );
      }
    }
  );

  it.each(PROJECTS)("project %i: the planned amounts against 序时进度", (project) => {
    const [budget, ...plan] = SCHEDULES[project];
    plan.forEach((planned, i) => {
      expect(progress(planned, budget, null, CHECKPOINT_DATES[i])).toBe(AGAINST_TIME[project][i]);
    });
  });

  it("answers both questions at once, and a wider tolerance forgives more", () => {
    expect(progress(1000, 2279.77, 1140, "2023-06-30")).toBe(
      "滞后计划 6.1个百分点；低于序时进度 6.1个百分点"
    );
    expect(progress(10, 23, null, "2023-06-30", 10)).toBe("符合序时进度");
    expect(progress(10, 23, null, "2023-06-30", "10%")).toBe("符合序时进度");
    expect(progress(10, 23, null, "2023-06-30", 0.1)).toBe("符合序时进度");
    expect(progress(10, 23, null, "2023-06-30", 0)).toBe("低于序时进度 6.5个百分点");
  });

  it("says when spending is over budget", () => {
    expect(progress(25, 23, 10)).toBe("超出预算 8.7个百分点");
    expect(progress(25, 23)).toBeCloseTo(25 / 23, 12);
  });

  it("reads amounts and dates the way accountants type them", () => {
    expect(progress("1,052.87", "1052.87")).toBe(1);
    expect(progress("10万元", 23, "10.00")).toBe("符合计划");
    expect(progress(10, 23, null, 45107)).toBe("低于序时进度 6.5个百分点"); // 2023-06-30 as a date serial
    expect(progress(10, 23, null, "2023年6月底")).toBe("低于序时进度 6.5个百分点");
    expect(progress(10, 23, null, new Date(2023, 5, 30))).toBe("低于序时进度 6.5个百分点");
  });

  it("stays blank while nothing is spent", () => {
    expect(progress(null, 23, 10)).toBe("");
    expect(progress("", 23)).toBe("");
  });

  it.each<[unknown[], RegExp]>([
    [[10, 0], /预算数为0/],
    [[10, -5], /预算数不能为负数/],
    [[10, null], /预算数为空/],
    [[10, "很多"], /预算数“很多”不是金额/],
    [["十万", 23], /累计支出“十万”不是金额/],
    [[-1, 23], /累计支出不能为负数/],
    [[10, 23, 30], /计划累计支出大于预算数/],
    [[10, 23, -3], /计划累计支出不能为负数/],
    [[10, 23, null, "下个月"], /无法识别的日期/],
    [[10, 23, null, -4], /日期超出范围/],
    [[10, 23, 10, null, 500], /容差/],
    [[10, 23, 10, null, "五"], /容差/],
    [[true, 23], /累计支出应为数字/],
  ])("PROGRESS(%j) is a cell error", (args, message) => {
    expect(() => (progress as (...a: unknown[]) => unknown)(...args)).toThrow(CellError);
    expect(() => (progress as (...a: unknown[]) => unknown)(...args)).toThrow(message);
  });
});

describe("PT.SCHEDULE: 序时进度", () => {
  it.each<[unknown, number]>([
    ["2023-03-31", 0.25],
    ["2023-06-30", 0.5],
    ["2023-10-31", 10 / 12],
    ["2023-12-31", 1],
    ["2024-02-29", 2 / 12],
    ["2023-01-01", 1 / 365],
    ["2024-07-01", 183 / 366],
    [45107, 0.5],
  ])("SCHEDULE(%j) = %d", (date, expected) => {
    expect(schedule(date)).toBeCloseTo(expected, 12);
  });

  it("refuses what is not a date", () => {
    expect(() => schedule("")).toThrow("日期为空");
    expect(() => schedule("2023-13-01")).toThrow(/无法识别的日期/);
  });
});

describe("PT.LIGHT: the monitoring light", () => {
  // 6月底: standard 50%. Ratios 0.59 → red, 0.6 → yellow, 0.8 → green, 1.2 → blue.
  it.each<[number, string]>([
    [0.59 * 0.5 * 230, "红灯"],
    [0.6 * 0.5 * 230, "黄灯"],
    [0.79 * 0.5 * 230, "黄灯"],
    [0.8 * 0.5 * 230, "绿灯"],
    [1.19 * 0.5 * 230, "绿灯"],
    [1.2 * 0.5 * 230, "蓝灯"],
  ])("LIGHT(%d, 230, 6月底) = %s", (spent, expected) => {
    expect(light(spent, 230, "2023-06-30")).toBe(expected);
  });

  it("stays blank while nothing is spent and needs a date", () => {
    expect(light(null, 230, "2023-06-30")).toBe("");
    expect(() => light(76, 230, null)).toThrow("日期为空");
  });
});
