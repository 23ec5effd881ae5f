/**
 * PT.EXPLAIN: how a 指标值 is read (target-words.ts), in the budget year when one is given, and,
 * given an actual value, how that is read and what PT.CHECK makes of it: a ratio or a percentage,
 * a number taken out of `≥266米`, a month of the budget year, or words that negate the target.
 */
import { readCell } from "./cell";
import { checkTarget, judgement, ratioUpTo, readTargetText, readYear } from "./check";
import { opposes } from "./negation";
import { fail, ok, Outcome } from "./outcome";
import { MONTH_UNIT } from "./periods";
import {
  describeTarget,
  inBudgetYear,
  normalizeText,
  parseQuantity,
  parseTarget,
  Target,
} from "./target";
import { unitInfo } from "./units";

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** How a plain number against a percentage is read: as a ratio (0.96, 1.2) or as percent (96). */
function ratioWords(value: number, target: Target): string | null {
  if (target.kind === "qualitative" || target.kind === "reference") return null;
  if (unitInfo(target.unit).base !== "%" || target.unit === "") return null;
  const upTo = ratioUpTo(target);
  if (Math.abs(value) <= upTo) {
    const percent = Number((value * 100).toPrecision(12));
    const why = Math.abs(value) > 1 ? "（指标值不低于 50%，1 到 2 之间的数是比例）" : "";
    return `实际值 ${value} 按比例理解，即 ${percent}%${why}`;
  }
  return `实际值 ${value} 按百分数理解，即 ${value}%`;
}

/** What the reading of one actual took, in a sentence, or null when it took nothing worth saying. */
function actualWords(raw: unknown, target: Target): string | null {
  const cell = readCell(raw);
  if (cell.kind === "number") return ratioWords(cell.value, target);
  if (cell.kind !== "text") return null;
  const text = normalizeText(cell.text);
  if (judgement(text)) return null;
  if (target.kind === "qualitative") {
    return opposes(text, target.text)
      ? `实际值“${text}”否定了指标值“${target.text}”，记为未达标`
      : null;
  }
  if (PLAIN_NUMBER.test(text)) return ratioWords(Number(text), target);
  if (parseQuantity(text)) return null;
  const bare =
    /^(?:[≥≤><=]|不低于|不少于|不超过|不高于|大于|小于|达到)/.test(text) ||
    /以上|以下|以内$/.test(text);
  return bare ? `实际值“${text}”带有比较符号，按其中的数值比较` : null;
}

/** PT.EXPLAIN: the reading of a target, in the budget year, and of an actual when given. */
export function explainValue(
  targetRaw: unknown,
  yearRaw?: unknown,
  actualRaw?: unknown
): Outcome<string> {
  const year = readYear(yearRaw);
  if (!year.ok) return year;
  const parsed = parseTarget(readTargetText(targetRaw));
  if (!parsed.ok) return parsed;
  const planned = parsed.value;
  const target = inBudgetYear(planned, year.value);
  const dated =
    target !== planned && "unit" in planned && planned.unit === MONTH_UNIT
      ? `（未写年份，按预算年度 ${year.value} 年）`
      : "";
  const parts = [describeTarget(target) + dated];
  if (readCell(actualRaw).kind !== "empty") {
    const verdict = checkTarget(actualRaw, planned, null, year.value);
    const words = actualWords(actualRaw, target);
    if (!verdict.ok) return fail(verdict.error);
    parts.push(`${words ? `${words}；` : ""}判断：${verdict.value}`);
  }
  return ok(parts.join("。"));
}
