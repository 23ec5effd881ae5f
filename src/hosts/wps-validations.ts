/**
 * Data validation in the WPS host: written from a plan (one Validation.Add per rule and union of
 * ranges), and fixed on a copy of another sheet: where the copy's rules differ from the plan's,
 * cell by cell, the copy's are deleted and the plan's added, so that a sheet made from a copy reads
 * in every cell as the plan drawn from scratch (a 自评表's qualitative rows carry a list the next
 * one has elsewhere; that alone must not stop the copy).
 */
import { byEqual, eachCell, key, RangeOf, rectangles, unions } from "./wps-plan";
import { SheetPlan } from "../core/layout/plan";

type Rule = SheetPlan["validations"][number];

const XL = {
  validateList: 3,
  validateDecimal: 2,
  alertStop: 1,
  greaterEqual: 7,
} as const;

/** A rule without its range: equal texts are equal rules. */
const ruleText = (v: Rule) => JSON.stringify({ ...v, range: undefined });

/** One Validation.Add per rule and union of its ranges, with its messages. */
export function applyValidations(rangeOf: RangeOf, validations: readonly Rule[]): void {
  for (const [rule, ranges] of byEqual(validations.map((v) => [v.range, ruleText(v)]))) {
    const v = JSON.parse(rule) as Rule;
    for (const address of unions(ranges)) {
      const validation = rangeOf(address).Validation;
      if (v.kind === "list")
        validation.Add(XL.validateList, XL.alertStop, undefined, v.items.join(","));
      else {
        validation.Add(XL.validateDecimal, XL.alertStop, XL.greaterEqual, String(v.min));
        validation.ErrorMessage = v.error;
      }
      validation.InputMessage = v.prompt;
    }
  }
}

/**
 * The rule each cell ends with (the last one on a cell wins, as a host reads overlapping rules),
 * by "row,column", with every range first moved by `move`; null when one cannot be followed.
 */
export function validationCells(
  plan: SheetPlan,
  move: (range: string) => string | null = (range) => range
): Map<string, string> | null {
  const cells = new Map<string, string>();
  for (const v of plan.validations) {
    const moved = move(v.range);
    if (moved === null) return null;
    const rule = ruleText(v);
    eachCell(moved, (r, c) => cells.set(key(r, c), rule));
  }
  return cells;
}

/** What to do to a copy's validations so that each cell reads as the plan's. */
export interface ValidationFix {
  /** Addresses whose rules are deleted first (cells whose rule goes or changes). */
  clear: string[];
  /** Rules added after, on the cells that lack them. */
  add: Rule[];
  /** Bridge calls this costs. */
  cost: number;
}

const NO_FIX: ValidationFix = { clear: [], add: [], cost: 0 };

function cellsOf(positions: string[]): [number, number][] {
  return positions.map((p) => p.split(",").map(Number) as [number, number]);
}

/** The cells where `have` (the moved copy) and `want` (the plan) differ, turned into a fix. */
export function validationFix(
  have: Map<string, string>,
  want: Map<string, string>,
  plan: SheetPlan
): ValidationFix {
  const clear: string[] = [];
  const add = new Map<string, string[]>();
  for (const [position, rule] of have) if (want.get(position) !== rule) clear.push(position);
  for (const [position, rule] of want) {
    if (have.get(position) !== rule) add.set(rule, [...(add.get(rule) ?? []), position]);
  }
  if (clear.length === 0 && add.size === 0) return NO_FIX;
  const byText = new Map(plan.validations.map((v) => [ruleText(v), v]));
  const rules = [...add].flatMap(([text, positions]) =>
    rectangles(cellsOf(positions)).map((range) => ({ ...byText.get(text)!, range }))
  );
  const cleared = unions(rectangles(cellsOf(clear)));
  // Range, Validation, Delete per address; Range, Validation, Add, InputMessage (ErrorMessage).
  let cost = 3 * cleared.length;
  for (const [rule, ranges] of byEqual(rules.map((v) => [v.range, ruleText(v)]))) {
    const each = (JSON.parse(rule) as Rule).kind === "list" ? 4 : 5;
    cost += each * unions(ranges).length;
  }
  return { clear: cleared, add: rules, cost };
}

/** Applies a fix to the copy: its differing rules deleted, then the plan's added. */
export function fixValidations(rangeOf: RangeOf, fix: ValidationFix): void {
  for (const address of fix.clear) rangeOf(address).Validation.Delete();
  applyValidations(rangeOf, fix.add);
}
