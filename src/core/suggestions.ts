/**
 * Suggestions for filling in a project table, drawn from published tables (the seed): common
 * 三级指标 under each 二级指标, the usual 指标值确定依据, and a starting set of indicator rows.
 */
import { FRAMEWORKS, FrameworkId } from "./framework";
import { IndicatorRow } from "./model";

export const COMMON_LEVEL3: Record<string, string[]> = {
  数量指标: [
    "完成安排工作的数量",
    "发放补助人数",
    "发放工资人数",
    "工程按时完成率",
    "支付社区工作经费的数量",
  ],
  质量指标: ["各项支付工作完成率", "补助发放覆盖率", "工资发放覆盖率"],
  时效指标: ["各项工作完成及时率", "补助发放及时性", "及时确保工资发放"],
  成本指标: ["支付各项工作费用", "人均补助标准", "人均工资标准", "项目建设成本"],
  经济成本指标: ["人均补助标准", "人均工资标准", "项目建设成本"],
  社会成本指标: ["对社会发展的负面影响"],
  生态环境成本指标: ["对生态环境的负面影响"],
  经济效益指标: ["带动消费情况", "美化亮化公共设施"],
  社会效益指标: ["受补助人群生活水平提高程度", "提升服务水平", "确保社会稳定"],
  生态效益指标: ["做好美国白蛾疫情监测和防治", "改善城乡环境卫生"],
  可持续影响指标: ["长效管理机制建立情况"],
  服务对象满意度指标: ["群众满意度", "服务对象满意度", "受补助人群满意度"],
};

/** 指标值确定依据: the five standard bases of 财预〔2021〕101号, then wordings found in tables. */
export const COMMON_BASES = [
  "计划标准",
  "历史标准",
  "行业标准",
  "预算支出标准",
  "其他标准",
  "以往经验",
  "年度工作计划",
];

/** Typical 指标值 by 二级指标, as a first guess when a row is added. */
const TYPICAL_VALUE: Record<string, string> = {
  数量指标: "≥95%",
  质量指标: "≥95%",
  时效指标: "及时",
  服务对象满意度指标: "≥90%",
};

/** One row for each 二级指标 of 产出, one 社会效益 row and one 满意度 row: the usual minimum. */
export function starterIndicators(framework: FrameworkId): IndicatorRow[] {
  const tree = FRAMEWORKS[framework].tree;
  const pairs: [string, string][] = [
    ...(tree["成本指标"] ? [["成本指标", "经济成本指标"] as [string, string]] : []),
    ...tree["产出指标"].map((level2) => ["产出指标", level2] as [string, string]),
    ["效益指标", "社会效益指标"],
    ["满意度指标", "服务对象满意度指标"],
  ];
  return pairs.map(([level1, level2]) => ({
    level1,
    level2,
    level3: COMMON_LEVEL3[level2]?.[0] ?? "",
    description: COMMON_LEVEL3[level2]?.[0] ?? "",
    value: TYPICAL_VALUE[level2] ?? "",
    basis: "计划标准",
  }));
}
