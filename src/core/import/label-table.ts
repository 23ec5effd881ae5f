/**
 * The labels of a project form's header block, as data: what each label names, known by what it
 * says rather than by a closed list of spellings. Each entry is a pattern over the folded label
 * (labels.ts `labelText`: spaces and line breaks inside removed, full-width forms folded, a leading
 * 其中 / numbering and a trailing （万元） / （盖章） / （450字内） taken off). The one table for the
 * sheet form reader (block.ts) and the published-text reader (text/header.ts); docs/labels.md
 * lists it for users and test/core/import/labels.test.ts holds the spellings seen in real forms.
 *
 * How money labels count (funds.ts): 上级资金 is money of the government's finance passed down
 * (上级财政转移支付), so it belongs to 财政资金, never to 其他资金: it is added to 财政资金 unless
 * the form writes it as 其中：上级… under a 财政资金 it is part of. 年度本级预算金额 is this level's
 * budget for the project; with 上级资金 beside it the project's 预算数 is their sum.
 */

/** What a label names: a field of the project, or how the form reader treats it. */
export type LabelKind =
  | "code"
  | "name"
  | "department"
  | "unit"
  | "unitCode"
  /** The whole budget of the year (预算数, 年度资金总额). */
  | "budget"
  /** This level's budget for the project (年度本级预算金额): with 上级资金, the 预算数. */
  | "local"
  /** The fiscal funds as a whole (其中：财政资金, 财政拨款). */
  | "fiscal"
  /** One kind of fiscal funds (一般公共预算拨款, 政府性基金预算拨款): summed when no whole is given. */
  | "fiscalPart"
  /** Funds from the finance of a higher level (上级资金, 上级财政拨款): fiscal funds. */
  | "upper"
  | "other"
  /** One kind of other funds (自有资金, 事业收入): summed when no 其他资金 is given. */
  | "otherPart"
  /** Funds carried over from last year: counted into 其他资金. */
  | "carried"
  | "purpose"
  | "schedule"
  /** The year's goals: the model's goals. */
  | "goals"
  /** Goals of the whole implementation period (实施期, 长期, 中期): goals only where no annual ones are. */
  | "periodGoals"
  /** Heads a block of labels (项目资金（万元）); has no value of its own. */
  | "group"
  /** Has a value the model has no place for: reported as not imported. */
  | "unmodelled"
  /** Has a value of no use to the targets (联系电话, 填报人): passed over without a word. */
  | "ignored";

export interface LabelEntry {
  kind: LabelKind;
  /** Over the folded label (labelText), anchored. */
  pattern: RegExp;
  /** Where several labels name one field, the lower rank is read first. */
  rank: number;
}

const entry = (kind: LabelKind, pattern: RegExp, rank = 0): LabelEntry => ({
  kind,
  pattern,
  rank,
});

/** First match wins: more particular patterns stand before more general ones. */
export const LABEL_TABLE: readonly LabelEntry[] = [
  // Identity of the project.
  entry("code", /^(项目|项目支出|预算项目|二级项目)(编码|代码|编号)$/),
  entry("name", /^(项目|项目支出|预算项目|二级项目|专项|专项资金|政策)名称$/),
  entry("department", /^(主管|预算|项目主管|一级预算)?部门(名称)?$/),
  entry("department", /^主管(部门)?单位$|^主管部门及代码$/),
  entry("department", /^(主管|预算)部门(编码|代码)$/, 1),
  entry("unit", /^(项目)?(实施|用款|承担|执行)单位(名称)?$|^(预算|项目|基层预算)单位(名称)?$/),
  entry("unit", /^单位名称$/, 1),
  entry("unitCode", /^(预算|实施)?单位(编码|代码)$/),

  // Money. Multi-year totals are not the year's budget.
  entry("unmodelled", /^(实施期|中期|项目期)(资金)?(总额|预算|总预算|金额)$|^上年度(预算|实际).*$/),
  entry("local", /^(年度)?本级(预算金额|预算数|预算资金|预算|财政资金|财政拨款|财政)$/),
  entry(
    "upper",
    /^(该项目(支出)?)?上级(财政)?(资金|补助资金|补助|拨款|财政拨款|转移支付(资金)?|专项资金)?$/
  ),
  entry(
    "budget",
    /^(本年|本年度|年度|项目|项目支出|项目年度)?(预算数|预算金额|资金总额|预算资金|申请金额|预算总额|总金额)$/
  ),
  entry("budget", /^(项目资金|年度资金)?总额$|^预算安排(资金|数)?$/, 1),
  entry(
    "fiscal",
    /^(本年|本年度)?(财政资金|财政拨款|财政拨款资金|财政补助|财政补助资金|财政性资金)$/
  ),
  entry("fiscal", /^(申请)?[省市县区]?财政(资金|拨款)$|^财政预算拨款$/),
  entry(
    "fiscalPart",
    /^(一般公共预算|政府性基金预算|国有资本经营预算|政府性基金|一般公共预算财政)(拨款|资金|收入)?$/
  ),
  entry("carried", /^(上年|以前年度|上年度)?结转(结余)?(资金|收入)?$|^上年结余(资金|收入)?$/),
  entry("other", /^其他资金$/),
  entry(
    "otherPart",
    /^(自有资金|自筹资金|单位自筹|单位资金|事业收入|经营(性)?收入|其他收入|其他|财政专户(管理)?(资金|拨款)|(未)?纳入财政专户管理的收入|事业基金弥补差额|社会资金)$/
  ),

  // Texts of the form.
  entry("purpose", /^(资金用途|资金使用方向|主要用途)$/),
  entry("purpose", /^预算规模及资金用途$/, 1),
  entry("purpose", /^(项目概况|项目(主要)?内容|项目实施内容|项目简介)$/, 2),
  entry("schedule", /^累计支出(资金|金额|计划)?$/),
  entry("goals", /^(本|当)?(项目)?(本|当)?年度?(项目)?(绩效|总体)?目标$/),
  entry("goals", /^绩效目标$/, 1),
  entry("goals", /^总体(绩效)?目标$/, 2),
  entry("periodGoals", /^(项目)?(实施期|长期|中长期|中期|总|整体|项目总体|项目整体)(绩效)?目标$/),

  // Known, outside the model.
  entry(
    "unmodelled",
    /^(项目(支出)?)?(实施期|实施期限|起止时间|期限|周期|项目期)$|^项目(计划)?实施时间$|^实施(时间|年限)$/
  ),
  entry(
    "unmodelled",
    /^(项目(支出)?)?(属性|类型|类别|性质|分类)$|^是否新增(项目)?$|^功能科目(编码|名称)?$/
  ),
  entry("unmodelled", /^(项目)?负责人(及电话)?$|^单位职能(概述)?$/),
  entry("unmodelled", /^(项目)?立项(依据|情况)$|^项目立项的依据$|^项目申报的(可行性|必要性)$/),
  entry(
    "unmodelled",
    /^项目(实施)?进度(计划|安排)$|^审核意见$|^.+审核意见$|^备注$|^其他说明(的问题)?$/
  ),
  entry(
    "ignored",
    /^(联系人|联系电话|电话|联系方式|填报人|填表人|经办人|审核人|单位负责人|财务负责人)$/
  ),
  entry("ignored", /^(填报|填表|编制)?日期$|^(联系人|填报人)及(联系)?电话$/),

  // Headings of a block of labels.
  entry(
    "group",
    /^(项目资金|资金情况|项目资金申请|项目资金情况|资金来源|项目预算|项目支出资金|年度资金总额及构成|资金构成)$/
  ),
  entry(
    "group",
    /^(绩效指标|年度绩效指标|长期绩效指标|项目绩效目标|绩效目标及指标|项目基本情况|项目绩效目标描述|项目年度绩效目标衡量指标)$/
  ),
];
