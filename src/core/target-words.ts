/**
 * How the add-in understood a 指标值, in words an accountant reads (task pane, PT.EXPLAIN), and
 * what it had to assume where the text left a choice open (no sign, no unit, no year, a sentence).
 */
import { readLevel } from "./levels";
import { DATE_UNIT, formatPoint, formatSpan, MONTH_UNIT } from "./periods";
import type { Comparator, Target } from "./target";
import { unitInfo } from "./units";

const SYMBOL_WORDS: Record<Comparator, string> = {
  "≥": "不低于",
  "≤": "不高于",
  ">": "高于",
  "<": "低于",
  "=": "等于",
};

const TIME_WORDS: Record<Comparator, string> = {
  "≥": "不早于",
  "≤": "不晚于",
  ">": "晚于",
  "<": "早于",
  "=": "等于",
};

const NO_SYMBOL = "未写比较符号，按指标方向判断";
const ZERO = "指标值为 0，表示“没有”：按等于 0 判断，不论指标方向";
const DIGIT = /\d/;

function isTime(unit: string): boolean {
  return unit === DATE_UNIT || unit === MONTH_UNIT;
}

/** 3万册 → 30000册: a magnitude prefix spelled out, or null when there is none. */
function spelledOut(value: number, unit: string): string | null {
  const info = unitInfo(unit);
  if (info.factor === 1 || !/^(?:百万|千万|亿|万|千)/.test(unit) || unit.includes("/")) return null;
  return `即 ${Number((value * info.factor).toPrecision(12))}${info.base}`;
}

function unitAssumptions(unit: string, value: number | null): string[] {
  if (unit === MONTH_UNIT) return ["未写年份，按预算年度的月份比较"];
  if (unit === "" && value !== null) {
    if (value > 0 && value <= 1) {
      const percent = Number((value * 100).toPrecision(12));
      const hint = value === 1 ? "；若指 100%，写成 100% 更清楚" : "";
      return [`未写单位：按数 ${value} 理解，实际值带 % 时即 ${percent}%${hint}`];
    }
    return ["未写单位：实际值按同一单位比较"];
  }
  const base = unitInfo(unit).base;
  if (base === "百分点") return ["百分点是两个百分率之差，不与百分比（%）直接比较"];
  if (base === "工作日") return ["工作日不换算为天"];
  return [];
}

/**
 * What the reading assumed or left aside, one short Chinese sentence each; empty when the text
 * said everything. describeTarget shows each in brackets.
 */
export function explainTarget(target: Target): string[] {
  switch (target.kind) {
    case "quantitative": {
      const said: string[] = [];
      if (target.prose !== undefined) said.push(`从“${target.prose}”中读出，其余文字不参与比较`);
      if (target.symbol === null && target.value === 0 && !isTime(target.unit)) said.push(ZERO);
      else if (target.symbol === null) said.push(NO_SYMBOL);
      said.push(...(target.value === 0 ? [] : unitAssumptions(target.unit, target.value)));
      const spelled = spelledOut(target.value, target.unit);
      if (spelled) said.push(spelled);
      if (target.note !== undefined) said.push(`括号中的“${target.note}”为说明，不参与比较`);
      return said;
    }
    case "range": {
      const said = target.unit === "" ? [] : unitAssumptions(target.unit, null);
      if (target.note !== undefined) said.push(`括号中的“${target.note}”为说明，不参与比较`);
      return said;
    }
    case "qualitative": {
      const level = readLevel(target.text);
      if (level)
        return [`“${target.text}”是预算系统的评价等级，一般填在实际完成值中，记为${level.verdict}`];
      return DIGIT.test(target.text)
        ? ["文字中的数字未作为指标值读取：没有唯一的“比较词 + 数值”"]
        : [];
    }
    case "reference":
      return [];
  }
}

function mainLine(target: Target): string {
  switch (target.kind) {
    case "quantitative": {
      if (isTime(target.unit)) {
        const when = formatPoint(target.unit, target.value);
        return target.symbol
          ? `时间指标：${TIME_WORDS[target.symbol]} ${when}`
          : `时间指标：${when}`;
      }
      const amount = `${target.value}${target.unit}`;
      const symbol = target.symbol ?? (target.value === 0 ? "=" : null);
      return symbol ? `定量指标：${SYMBOL_WORDS[symbol]} ${amount}` : `定量指标：${amount}`;
    }
    case "range":
      if (target.unit === MONTH_UNIT) return `时间区间：${target.low}月 至 ${target.high}月`;
      return target.unit === DATE_UNIT
        ? `时间区间：${formatSpan(target.unit, target.low, target.high).replace("-", " 至 ")}`
        : `区间指标：${target.low}${target.unit} 至 ${target.high}${target.unit}`;
    case "qualitative":
      return `定性指标：“${target.text}”，由人工评价`;
    case "reference":
      return `引用指标：以“${target.text}”为准，由人工核对`;
  }
}

/** How the add-in understood a 指标值, with what it assumed in brackets. */
export function describeTarget(target: Target): string {
  return (
    mainLine(target) +
    explainTarget(target)
      .map((words) => `（${words}）`)
      .join("")
  );
}
