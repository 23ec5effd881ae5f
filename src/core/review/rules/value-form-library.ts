/**
 * A 指标值 written in a form that its kind of indicator (almost) never takes in the 指标库 of
 * published tables: a 满意度 without %, a 成本 with ≥. The kind is the 三级 name itself when enough
 * published documents use it, else a keyword class (满意度, 成本, 率, 时效); without enough evidence the
 * rule says nothing. The usual form is the hint. Reads the small forms profile built with the
 * library (value-forms.generated.json), not the library: the review rules load lazily in Excel.
 */
import { Direction, formOfTarget, UnitFamily, ValueForm } from "../../library/forms";
import { level3Key } from "../../library/text";
import { FormProfile, FormStats, indicatorClass } from "../../library/value-forms";
import profileJson from "../../library/value-forms.generated.json";
import { numberOption, Rule, RowContext } from "../rule";

const FAMILY_WORDS: Record<UnitFamily, string> = {
  比率: "比率（带 %）",
  金额: "金额",
  时间: "时间或期限",
  数量: "带单位的数量",
  无单位: "不带单位的数",
  定性: "定性描述（没有数值）",
};

/** The evidence for a row's kind of indicator, with how it is named in the message. */
function evidenceOf(
  profile: FormProfile,
  context: RowContext
): { stats: FormStats; kind: string } | null {
  const minTables = numberOption(context, "minTables");
  const { level2, level3 } = context.row;
  const byName = profile.names[level3Key(level3)];
  if (byName && byName.tables >= minTables) return { stats: byName, kind: `“${level3.trim()}”` };
  const kind = indicatorClass(level2, level3);
  const byClass = kind ? profile.classes[kind] : undefined;
  if (!byClass || byClass.rows < numberOption(context, "minRows") || byClass.tables < minTables)
    return null;
  return { stats: byClass, kind: `${kind}类指标` };
}

/** The part of `counts` with the most rows. */
function mostUsed<K extends string>(counts: Partial<Record<K, number>>): K | null {
  let best: K | null = null;
  for (const [key, count] of Object.entries(counts) as [K, number][])
    if (best === null || count > (counts[best] ?? 0)) best = key;
  return best;
}

/** Rows of a clear convention: its usual family (or direction) holds at least this share. */
const CONVENTION = 0.8;

interface Finding {
  messageId: "family" | "direction";
  /** Rows written this way, of how many compared. */
  count: number;
  of: number;
  data: Record<string, string>;
}

/**
 * What is wrong with a form against the evidence, or null: its unit family is rare where one
 * family is the clear convention; else, among the rows of its own family (enough of them), its
 * direction is rare where the opposite one is the convention (a direction is judged among at
 * least `minRows` rows of the value's own family).
 */
function findingOf(
  stats: FormStats,
  form: ValueForm,
  rareShare: number,
  minRows: number
): Finding | null {
  const rare = (count: number, of: number) => count <= (of * rareShare) / 100;
  const usualFamily = mostUsed(stats.families);
  const family = stats.families[form.family] ?? 0;
  if (
    usualFamily &&
    usualFamily !== form.family &&
    (stats.families[usualFamily] ?? 0) >= stats.rows * CONVENTION &&
    rare(family, stats.rows)
  ) {
    const usual = stats.examples[usualFamily] ?? "";
    return {
      messageId: "family",
      count: family,
      of: stats.rows,
      data: { form: FAMILY_WORDS[form.family], usual },
    };
  }
  if (form.direction !== "≥" && form.direction !== "≤") return null;
  const directions = stats.directions[form.family] ?? {};
  const opposite: Direction = form.direction === "≥" ? "≤" : "≥";
  const mine = directions[form.direction] ?? 0;
  const usual = stats.examples[`${form.family}${opposite}`];
  if (usual && family >= minRows && (directions[opposite] ?? 0) >= family / 2 && rare(mine, family))
    return {
      messageId: "direction",
      count: mine,
      of: family,
      data: { symbol: form.symbol, usual },
    };
  return null;
}

/** The rule over a profile; the registered rule reads the one generated from data/library. */
export function valueFormRule(profile: FormProfile): Rule {
  return {
    meta: {
      id: "value-form-library",
      description:
        "指标值的写法应为指标库中同类指标用过的写法（如满意度带 %、成本不用“≥”），证据不足时不检查",
      source: "指标库（各地公开的绩效目标表）",
      severity: "warning",
      messages: {
        family:
          "指标值“{value}”是{form}：指标库中{kind}（{tables} 份公开文件 {rows} 行）{seen}，通常写作“{usual}”",
        direction:
          "指标值“{value}”用了“{symbol}”：指标库中{kind}的同类写法（{rows} 行）{seen}，通常写作“{usual}”",
      },
      options: {
        minTables: {
          type: "number",
          default: 3,
          min: 2,
          max: 1000,
          description: "三级指标名称在至少这么多份公开文件中出现，才按该名称的写法判断",
        },
        minRows: {
          type: "number",
          default: 10,
          min: 3,
          max: 100000,
          description:
            "按关键词归类（满意度、成本、率、时效）或判断比较方向时，同类指标至少这么多行才判断",
        },
        rareShare: {
          type: "number",
          default: 5,
          min: 0,
          max: 20,
          description: "同类指标中这样写的行不超过这个百分比（%）时，视为不用这种写法",
        },
      },
    },
    row(context) {
      const target = context.target?.ok ? context.target.value : null;
      // A number without its unit is value-unit's error already (比率须带 %): not said twice.
      if (
        !target ||
        ((target.kind === "quantitative" || target.kind === "range") && target.unit === "")
      )
        return;
      const evidence = evidenceOf(profile, context);
      if (!evidence) return;
      const found = findingOf(
        evidence.stats,
        formOfTarget(target),
        numberOption(context, "rareShare"),
        numberOption(context, "minRows")
      );
      if (!found) return;
      const { stats, kind } = evidence;
      const seen =
        found.count === 0
          ? "从未这样写"
          : `只有 ${found.count} 行（${Math.round((found.count / found.of) * 100)}%）这样写`;
      context.report({
        messageId: found.messageId,
        data: {
          value: context.row.value.trim(),
          kind,
          tables: stats.tables,
          rows: found.of,
          seen,
          ...found.data,
        },
        at: context.at("value"),
      });
    },
  };
}

export const valueFormLibrary = valueFormRule(profileJson as unknown as FormProfile);
