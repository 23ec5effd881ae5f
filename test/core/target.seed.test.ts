/**
 * Every 指标值 of the seed's nine project tables (samples/seed-zhengding-2023.txt), written as
 * the PDF extraction left it (wrapped cells keep their line breaks), with the structure a person
 * reads from it.
 */
import { readFileSync } from "fs";
import { parseTarget, Target } from "../../src/core/target";

const pct = (symbol: "≥" | "=", value: number): Target => ({
  kind: "quantitative",
  symbol,
  value,
  unit: "%",
});
const plain = (value: number, unit: string): Target => ({
  kind: "quantitative",
  symbol: null,
  value,
  unit,
});
const words = (text: string): Target => ({ kind: "qualitative", text });
const reference = (text: string): Target => ({ kind: "reference", text });

/** [project, 三级指标, 指标值 as extracted, expected]. */
const SEED: [number, string, string, Target][] = [
  [1, "完成安排工作的数量", "≥95%", pct("≥", 95)],
  [1, "各项支付工作完成率", "≥95%", pct("≥", 95)],
  [1, "各项工作完成及时率", "≥95%", pct("≥", 95)],
  [1, "支付各项工作费用", "≥95%", pct("≥", 95)],
  [1, "加强城乡环境卫生改变", "≥90%", pct("≥", 90)],
  [1, "群众满意度", "≥95%", pct("≥", 95)],
  [2, "工程按时完成率", "≥95%", pct("≥", 95)],
  [2, "各项支付工作完成率", "≥95%", pct("≥", 95)],
  [2, "各项工作完成及时率", "≥95%", pct("≥", 95)],
  [2, "项目建设成本", "实际支出", reference("实际支出")],
  [2, "美化亮化公共设施", "≥90%", pct("≥", 90)],
  [2, "提升服务水平", "提高服务水\n\n平", words("提高服务水平")],
  [2, "群众满意度", "≥90%", pct("≥", 90)],
  [3, "支付社区工作经费的数量", "23 个", plain(23, "个")],
  [3, "各项支付工作完成率", "≥95%", pct("≥", 95)],
  [3, "各项工作完成及时率", "≥95%", pct("≥", 95)],
  [3, "支付社区各项费用", "≥95%", pct("≥", 95)],
  [3, "提高服务水平", "不提高服务\n\n水平", words("不提高服务水平")],
  [3, "服务对象满意度", "≥95%", pct("≥", 95)],
  [4, "发放补助人数", "10 人", plain(10, "人")],
  [4, "补助发放覆盖率", "=100%", pct("=", 100)],
  [4, "补助发放及时性", "及时", words("及时")],
  [4, "人均补助标准", "766 元/人", plain(766, "元/人")],
  [4, "带动消费情况", "有所提升", words("有所提升")],
  [4, "受补助人群生活水平提高程度", "有所提高", words("有所提高")],
  [4, "受补助人群满意度", "≥95%", pct("≥", 95)],
  [5, "发放工资人数", "≥98%", pct("≥", 98)],
  [5, "工资发放覆盖率", "≥98%", pct("≥", 98)],
  [5, "及时确保工资发放", "≥98%", pct("≥", 98)],
  [5, "人均工资标准", "2090 元/人", plain(2090, "元/人")],
  [5, "带动消费情况", "有所提升", words("有所提升")],
  [5, "发放工资人群生活水平提高程度", "有所提高", words("有所提高")],
  [5, "发放工资人群满意度", "≥95%", pct("≥", 95)],
  [6, "发放工资人数", "≥98%", pct("≥", 98)],
  [6, "工资发放覆盖率", "≥98%", pct("≥", 98)],
  [6, "及时确保工资发放", "≥98%", pct("≥", 98)],
  [6, "社工工资发放数", "人社局批复\n\n金额", reference("人社局批复金额")],
  [6, "带动消费情况", "有所提升", words("有所提升")],
  [6, "发放工资人群生活水平提高程度", "有所提高", words("有所提高")],
  [6, "发放工资人群满意度", "≥95%", pct("≥", 95)],
  [7, "完成安排工作的数量", "≥95%", pct("≥", 95)],
  [7, "各项支付工作完成率", "≥95%", pct("≥", 95)],
  [7, "各项工作完成及时率", "≥95%", pct("≥", 95)],
  [7, "支付各项工作费用", "≥95%", pct("≥", 95)],
  [7, "做好美国白蛾疫情监测和防治", "工作任务完\n\n成率", words("工作任务完成率")],
  [7, "群众满意度", "≥90%", pct("≥", 90)],
  [8, "确保不出现越级访、集体访事件", "≥95%", pct("≥", 95)],
  [8, "各项支付工作完成率", "≥95%", pct("≥", 95)],
  [8, "各项工作完成及时率", "≥95%", pct("≥", 95)],
  [8, "支付各项工作费用", "≥95%", pct("≥", 95)],
  [8, "确保治安防控工作到位，社会稳定，治安秩序良好。", "≥90%", pct("≥", 90)],
  [8, "提高群众满意率", "≥90%", pct("≥", 90)],
  [9, "发放工资人数", "≥98%", pct("≥", 98)],
  [9, "工资发放覆盖率", "≥98%", pct("≥", 98)],
  [9, "及时确保工资发放", "≥98%", pct("≥", 98)],
  [9, "人均工资标准", "3200 元/人", plain(3200, "元/人")],
  [9, "带动消费情况", "有所提升", words("有所提升")],
  [9, "发放工资人群生活水平提高程度", "有所提高", words("有所提高")],
  [9, "发放工资人群满意度", "≥95%", pct("≥", 95)],
];

describe("the seed's 指标值", () => {
  it.each(SEED)("project %i, %s: %j", (_project, _name, text, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: expected });
  });

  it("covers all nine tables", () => {
    expect(new Set(SEED.map(([project]) => project)).size).toBe(9);
  });

  it("finds every listed value in the seed text", () => {
    const seed = readFileSync(`${__dirname}/../../samples/seed-zhengding-2023.txt`, "utf8");
    for (const [, , text] of SEED) expect(seed).toContain(text);
  });
});
