/**
 * Every PT function declared in full: its signature (signatures.ts: parameter kinds, optionality,
 * defaults, labels, result type) joined with its help here (what it does and answers, each
 * parameter's description, in Chinese and English). The help drives WPS's metadata, Excel's
 * English metadata file and the pane's function list; it is kept out of the custom functions'
 * start (the adapter needs the signatures only). Excel's Chinese metadata stays the JSDoc of
 * functions.ts; a test (and the build) holds the two to each other, so they cannot drift.
 *
 * Adding a function: its signature in signatures.ts, its help here, one implementation and one
 * JSDoc'd export in functions.ts.
 */
import { PRESET, ROUNDING, SPENT, YEAR } from "./catalog-parameters";
import {
  FunctionId,
  FunctionSignature,
  Language,
  ParameterName,
  ParameterSignature,
  SIGNATURES,
  Words,
} from "./signatures";

export type { FunctionId, Kind, Language, ResultType, Words } from "./signatures";

export interface ParameterDeclaration extends ParameterSignature {
  readonly description: Words;
}

export interface FunctionDeclaration extends FunctionSignature {
  readonly description: Words;
  /** What the function answers, in a few words, for the pane's list. */
  readonly returns: Words;
  readonly parameters: readonly ParameterDeclaration[];
}

/** One function's help: each of its parameters described, by name (the compiler asks for all). */
interface FunctionHelp<Id extends FunctionId> {
  readonly description: Words;
  readonly returns: Words;
  readonly parameters: { readonly [Name in ParameterName<Id>]: Words };
}

const HELP: { readonly [Id in FunctionId]: FunctionHelp<Id> } = {
  CHECK: {
    description: {
      zh: "判断实际完成值是否达到指标值：返回“达标”“未达标”“待评价”（定性或引用指标需人工评价），实际值为空时返回空白。指标值为0（0起、0例、零）表示“没有”，按等于0判断；定性指标的实际值否定或相反（如“不及时”对“及时”）为未达标。",
      en: "Checks an actual value against a target (指标值): 达标 (met), 未达标 (not met) or 待评价 (a person must judge: qualitative or referenced targets); blank while the actual value is empty. A target of 0 (0起, 0例, 零) means none and is checked as = 0; an actual that negates or opposes a qualitative target (不及时 against 及时) is 未达标.",
    },
    returns: {
      zh: "达标 / 未达标 / 待评价",
      en: "达标 / 未达标 / 待评价 (met / not met / to judge)",
    },
    parameters: {
      actual: {
        zh: "实际完成值，如 96%、0.96、25、“及时”。",
        en: "The actual value, e.g. 96%, 0.96, 25, 及时.",
      },
      target: {
        zh: "指标值，如 ≥95%、23个、≤766元/人、90%-100%、及时。",
        en: "The target (指标值), e.g. ≥95%, 23个, ≤766元/人, 90%-100%, 及时.",
      },
      indicator: {
        zh: "二级指标名称（如“成本指标”），指标值未写比较符号时据此判断方向：成本为“≤”，其余为“≥”。",
        en: "The level-2 indicator (e.g. 成本指标); sets the direction when the target has no sign: ≤ for cost, ≥ for the others.",
      },
      year: YEAR,
    },
  },
  PROGRESS: {
    description: {
      zh: "支出进度：只给累计支出和预算数时返回执行率；再给计划累计支出或日期时，判断是否符合计划或序时进度，并给出相差的百分点。",
      en: "Spending progress: with spending and budget alone, the execution rate; given a planned amount or a date too, whether spending keeps to the plan or to the elapsed share of the year (序时进度), and by how many percentage points it differs.",
    },
    returns: {
      zh: "执行率或进度判断",
      en: "execution rate, or a verdict on progress",
    },
    parameters: {
      spent: SPENT,
      budget: {
        zh: "预算数（万元），须大于0；有调整预算时填调整后预算。",
        en: "The budget (10k yuan), above 0; the adjusted budget when there is one.",
      },
      planned: {
        zh: "该时点的计划累计支出（万元），如表中“6月底”的金额。",
        en: "Planned cumulative spending at this checkpoint (10k yuan), e.g. the table's 6月底 amount.",
      },
      date: {
        zh: "统计日期，与序时进度比较，如 2024-06-30。",
        en: "The reporting date, to compare with the elapsed share of the year, e.g. 2024-06-30.",
      },
      tolerance: {
        zh: "容差（百分点），默认 5；相差超过容差才算滞后或超前。",
        en: "Tolerance in percentage points, 5 by default; only a wider gap counts as behind or ahead.",
      },
    },
  },
  SCHEDULE: {
    description: {
      zh: "序时进度：某日期已过去的全年比例；月末按“月份÷12”计算（6月30日为50%）。",
      en: "The elapsed share of the year at a date (序时进度); a month's last day counts as month ÷ 12 (30 June is 50%).",
    },
    returns: {
      zh: "序时进度",
      en: "elapsed share of the year",
    },
    parameters: {
      date: {
        zh: "日期，如 2024-06-30 或 TODAY()。",
        en: "A date, e.g. 2024-06-30 or TODAY().",
      },
    },
  },
  LIGHT: {
    description: {
      zh: "支出进度预警灯：执行率与“年度目标×序时进度”之比，低于60%红灯，60%–80%黄灯，80%–120%绿灯，120%及以上蓝灯。",
      en: "The spending progress light: the execution rate against annual target × elapsed share of the year; below 60% 红灯 (red), 60%–80% 黄灯 (yellow), 80%–120% 绿灯 (green), 120% and above 蓝灯 (blue).",
    },
    returns: {
      zh: "红灯 / 黄灯 / 绿灯 / 蓝灯",
      en: "红灯 / 黄灯 / 绿灯 / 蓝灯 (red / yellow / green / blue)",
    },
    parameters: {
      spent: SPENT,
      budget: {
        zh: "预算数（万元），须大于0。",
        en: "The budget (10k yuan), above 0.",
      },
      date: {
        zh: "统计日期，如 2024-06-30。",
        en: "The reporting date, e.g. 2024-06-30.",
      },
      rule: {
        zh: "规则，“山西”（默认）或“一体化”（预算一体化系统，无蓝灯）。",
        en: "The rule set: 山西 (default) or 一体化 (the budget system's: no blue light).",
      },
    },
  },
  SCORE: {
    description: {
      zh: "绩效自评得分：一个指标的得分。正向指标（≥、>、=）按 实际值÷指标值×分值，最多得满分；反向指标（≤、<）不超过指标值得满分，超过时按计分方法；定性指标按评分方案的档次得分（财政部：达成80%、部分达成60%、未达成0，可在档次内调高）。得分按取整方式取整。实际值为空时返回空白。",
      en: "The self-evaluation score of one indicator. Positive targets (≥, >, =): actual ÷ target × weight, at most the weight; reverse targets (≤, <): the full weight at or under the target, otherwise by the method; qualitative targets: the share the preset gives the level (财政部: 达成 80%, 部分达成 60%, 未达成 0, which may be raised within the band). The score is rounded by the rounding. Blank while the actual value is empty.",
    },
    returns: {
      zh: "得分",
      en: "score",
    },
    parameters: {
      actual: {
        zh: "实际完成值，如 96%、25、“达成年度指标”。",
        en: "The actual value, e.g. 96%, 25, 达成年度指标.",
      },
      target: {
        zh: "年度指标值，如 ≥95%、23个、≤766元/人、及时。",
        en: "The annual target, e.g. ≥95%, 23个, ≤766元/人, 及时.",
      },
      weight: {
        zh: "分值（不能为负数），如 10。",
        en: "The weight (not negative), e.g. 10.",
      },
      indicator: {
        zh: "二级指标名称，指标值未写比较符号时据此判断方向：成本为反向，其余为正向。",
        en: "The 二级指标 name, which gives the direction when the target has no sign: 成本 (cost) is reverse, all others positive.",
      },
      method: {
        zh: "反向指标超过指标值时的计分方法，“比例”（默认，指标值÷实际值×分值）或“线性”（预算一体化系统：至指标值两倍时为0）。",
        en: "How a reverse target scores above its value: 比例 (default, target ÷ actual × weight) or 线性 (the budget system's: falls to 0 at twice the target).",
      },
      rounding: ROUNDING,
      preset: PRESET,
      year: YEAR,
    },
  },
  BUDGETSCORE: {
    description: {
      zh: "预算执行率得分：min(执行率, 100%)×分值，按取整方式或评分方案取整；执行率为空时返回空白。",
      en: "The score of the budget line (预算执行率): min(execution rate, 100%) × weight, rounded by the rounding or the preset; blank while the rate is empty.",
    },
    returns: {
      zh: "预算执行率得分",
      en: "budget line score",
    },
    parameters: {
      rate: {
        zh: "预算执行率，如 95%、0.95 或 100.00%（大于2的数按百分数理解）。",
        en: "The execution rate, e.g. 95%, 0.95 or 100.00% (a number above 2 is read as percent).",
      },
      weight: {
        zh: "预算执行率的分值（不能为负数），如 10。",
        en: "The budget line's weight (not negative), e.g. 10.",
      },
      rounding: ROUNDING,
      preset: PRESET,
    },
  },
  GRADE: {
    description: {
      zh: "绩效自评等级：总分90及以上为优，80–89.99为良，60–79.99为中，60以下为差。",
      en: "The self-evaluation grade: 优 at 90 and above, 良 80–89.99, 中 60–79.99, 差 below 60.",
    },
    returns: {
      zh: "优 / 良 / 中 / 差",
      en: "优 / 良 / 中 / 差 (excellent / good / fair / poor)",
    },
    parameters: {
      total: {
        zh: "总分（0到100）。",
        en: "The total score (0 to 100).",
      },
    },
  },
  EXPLAIN: {
    description: {
      zh: "解读指标值：说明加载项如何理解一个指标值，或指出其中的错误；给出实际值时，再说明实际值如何被理解。",
      en: "Explains how the add-in reads a target (指标值), or what is wrong with it; given an actual value, how that is read too.",
    },
    returns: {
      zh: "指标值如何被理解",
      en: "how the target is read",
    },
    parameters: {
      target: {
        zh: "指标值，如 ≥95%、23 个、2023.07-2024.01。",
        en: "A target, e.g. ≥95%, 23 个, 2023.07-2024.01.",
      },
      year: YEAR,
      actual: {
        zh: "实际完成值：说明它如何被理解，如 1.2 按比例即 120%、“≥266米”按 266米、“不及时”为未达标。",
        en: "An actual value (optional), to say how it is read, e.g. 1.2 as a ratio (120%), ≥266米 as 266米, 不及时 as not met.",
      },
    },
  },
  REVIEW: {
    description: {
      zh: "审核一行指标：按预算审核规则检查这一行，返回第一条审核意见（“错误：…”或“警告：…”），没有问题或整行为空时返回空白。",
      en: "Reviews one indicator row by the budget reviewers' rules: the row's first finding (错误 error or 警告 warning), blank when the row is fine or empty.",
    },
    returns: {
      zh: "这一行的审核意见",
      en: "the row's first review finding",
    },
    parameters: {
      level1: {
        zh: "一级指标，如“产出指标”。",
        en: "The 一级指标, e.g. 产出指标.",
      },
      level2: {
        zh: "二级指标，如“成本指标”。",
        en: "The 二级指标, e.g. 成本指标.",
      },
      level3: {
        zh: "三级指标（指标名称）。",
        en: "The 三级指标 (the indicator's name).",
      },
      description: {
        zh: "绩效指标描述。",
        en: "The indicator's description.",
      },
      target: {
        zh: "指标值，如 ≥95%、≤766元/人、及时。",
        en: "The target, e.g. ≥95%, ≤766元/人, 及时.",
      },
      basis: {
        zh: "指标值确定依据，如“计划标准”。",
        en: "The basis of the target, e.g. 计划标准.",
      },
    },
  },
};

export type Catalog = Readonly<Record<string, FunctionDeclaration>>;

/** A signature with its help. */
function declaration<Id extends FunctionId>(id: Id): FunctionDeclaration {
  const help: FunctionHelp<Id> = HELP[id];
  const descriptions = help.parameters as Readonly<Record<string, Words>>;
  return {
    result: SIGNATURES[id].result,
    description: help.description,
    returns: help.returns,
    parameters: SIGNATURES[id].parameters.map((p) => ({ ...p, description: descriptions[p.name] })),
  };
}

/** Every PT function's full declaration, keyed by id, in the signatures' order. */
export const CATALOG = Object.fromEntries(
  (Object.keys(SIGNATURES) as FunctionId[]).map((id) => [id, declaration(id)])
) as { readonly [Id in FunctionId]: FunctionDeclaration };

/** `=PT.PROGRESS(累计支出, 预算数, [计划累计支出], [日期], [容差])`: optional parameters in brackets. */
export function signature(id: string, declaration: FunctionSignature, language: Language): string {
  const parameters = declaration.parameters.map((p) =>
    p.optional ? `[${p.label[language]}]` : p.label[language]
  );
  return `=PT.${id}(${parameters.join(", ")})`;
}

/** The pane's list of functions: signature and what it answers. */
export function functionList(
  language: Language,
  catalog: Catalog = CATALOG
): [formula: string, meaning: string][] {
  return Object.entries(catalog).map(([id, declaration]) => [
    signature(id, declaration, language),
    declaration.returns[language],
  ]);
}
