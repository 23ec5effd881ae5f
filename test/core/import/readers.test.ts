/**
 * The overview and header readers over lines with places: the text importer gives line numbers,
 * the PDF importer pages and heights; problems carry whichever place their line had.
 */
import { readHeader } from "../../../src/core/import/text/header";
import { readOverview } from "../../../src/core/import/text/overview";
import type { PlacedLine } from "../../../src/core/import/text/lines";

/** Lines placed on page 2, 20 points apart, as the PDF importer would give them. */
const onPage = (...texts: string[]): PlacedLine[] =>
  texts.map((text, i) => ({ text, place: { page: 2, y: 100 + 20 * i } }));

describe("the overview part", () => {
  it("reads the three sections, wrapped items rejoined, and reports stray lines at their place", () => {
    const read = readOverview(
      onPage(
        "正定县城区街道办事处本级部门整体绩效目标",
        "989001 正定县城区街道办事处本级",
        "多出来的一行",
        "一、总体绩效目标",
        "严格执行各项财经法律法规，严格按照批复的预算科",
        "目执行预算。",
        "二、分项绩效目标",
        "（一）保障社区办公经费",
        "（二）社区工作人员工资及",
        "时发放。",
        "三、工作保障措施",
        "1.加强制度建设。",
        "四、其他",
        "不知归属"
      )
    );
    expect(read.overview).toEqual({
      overallGoal: "严格执行各项财经法律法规，严格按照批复的预算科目执行预算。",
      itemGoals: ["保障社区办公经费", "社区工作人员工资及时发放。"],
      measures: ["加强制度建设。"],
    });
    expect(read.unit).toEqual({ code: "989001", name: "正定县城区街道办事处本级" });
    expect(read.problems).toEqual([
      expect.objectContaining({
        page: 2,
        y: 140,
        message: "“多出来的一行”不在任何部分之下，已忽略",
      }),
      expect.objectContaining({
        page: 2,
        y: 340,
        message: "无法识别的部分标题“四、其他”，其下内容已忽略",
      }),
    ]);
  });

  it("drops the spaces a viewer put between words", () => {
    const read = readOverview(onPage("一、总体绩效目标", "严格 执行 各项 财经 法律"));
    expect(read.overview.overallGoal).toBe("严格执行各项财经法律");
  });
});

describe("the header block", () => {
  it("reads the seed's order: labels before values, wrapped codes and labels", () => {
    const read = readHeader(
      onPage(
        "989001 正定县城区街道办事处本级 单位：万元",
        "项目编码",
        "13012323P0000021077",
        "7A",
        "项目名称 城镇建设工作经费",
        "预算规模及",
        "资金用途",
        "预算数 23.00",
        "其中：财政",
        "资金",
        "23.00 其他资金",
        "负责老旧小区院落卫生日常清扫、垃圾",
        "清运。",
        "累计支出资",
        "金",
        "3 月底 6 月底 10 月底 12 月底",
        "3.00 10.00 15.00 23.00",
        "绩效目标",
        "1.确保治安防控工作到位。",
        "2.确保不出现越级访"
      ),
      { page: 2, y: 80 }
    );
    expect(read).toMatchObject({
      code: "13012323P00000210777A",
      name: "城镇建设工作经费",
      budget: 23,
      fiscalFunds: 23,
      otherFunds: null,
      purpose: "负责老旧小区院落卫生日常清扫、垃圾清运。",
      schedule: [
        { month: 3, amount: 3 },
        { month: 6, amount: 10 },
        { month: 10, amount: 15 },
        { month: 12, amount: 23 },
      ],
      goals: ["确保治安防控工作到位。", "确保不出现越级访"],
      unit: { code: "989001", name: "正定县城区街道办事处本级" },
      problems: [],
    });
  });

  it("reads a sheet's order: a row of labels over a row of values, matched by position", () => {
    const read = readHeader(
      onPage(
        "  项目编码      13012323P00000210777A           项目名称        城镇建设工作经费",
        "              预算数                   其中：财政资金               其他资金",
        "              25.00                                               2.00",
        "             资金用途      日常清扫",
        "              3月底          6月底               10月底           12月底",
        "累计支出资金",
        "              3.00         10.00             15.00          25.00",
        "          1.确保治安防控工作到位。",
        "  绩效目标",
        "          2.确保不出现越级访"
      )
    );
    expect(read).toMatchObject({
      budget: 25,
      fiscalFunds: null,
      otherFunds: 2,
      purpose: "日常清扫",
      goals: ["确保治安防控工作到位。", "确保不出现越级访"],
    });
    expect(read.schedule.map((c) => c.amount)).toEqual([3, 10, 15, 25]);
  });

  it("says what is not an amount and what it could not place, at its place", () => {
    const read = readHeader(
      onPage("项目名称 某经费", "预算数 二百三十", "3 月底 6 月底", "0 76.00 153.00", "无处可放")
    );
    expect(read.budget).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({ page: 2, y: 120, message: "预算数“二百三十”不是金额" }),
      expect.objectContaining({
        page: 2,
        y: 160,
        message: "累计支出资金有 2 个检查点，但读到 3 个金额；按顺序填入",
      }),
      expect.objectContaining({
        page: 2,
        y: 180,
        message: "无法归入项目表的内容“无处可放”，已忽略",
      }),
    ]);
  });
});
