/**
 * Conditional formats in the WPS host, from a plan: one FormatConditions per range, and per rule an
 * Add with its fill and font colours (each an object and a property: five calls a rule, which no
 * call of the ET object model batches).
 */
import { hasRelativeRefs, pinSingleSpans, shiftRelative } from "./a1";
import { bgr, RangeOf } from "./wps-plan";
import { parseRange, SheetPlan } from "../core/layout/plan";

/** xlExpression: a rule given by a formula. */
const EXPRESSION = 2;

/**
 * Conditional formats. The object model reads a relative reference in a rule's formula relative
 * to the active cell, not to the range (VBA's FormatConditions.Add), so a rule written for the
 * range's top-left cell would colour other rows when the cursor is elsewhere. Each formula is
 * made independent of the cursor where it can be (over a single row or column a relative part
 * is pinned), and what stays relative is moved by the offset from the top-left cell to the active
 * cell, read once per sheet. Selecting each range's top-left cell instead would cost two calls per
 * range and needs the sheet active; absolute references per row would need a rule per row.
 */
export function applyConditionalFormats(
  app: Et.Application,
  rangeOf: RangeOf,
  formats: SheetPlan["conditionalFormats"]
): void {
  let active: { row: number; column: number } | null = null;
  const byRange = new Map<string, SheetPlan["conditionalFormats"]>();
  for (const cf of formats) byRange.set(cf.range, [...(byRange.get(cf.range) ?? []), cf]);
  for (const [address, list] of byRange) {
    const { from, to } = parseRange(address);
    const conditions = rangeOf(address).FormatConditions;
    for (const cf of list) {
      let formula = pinSingleSpans(
        `=${cf.formula}`,
        from.row === to.row,
        from.column === to.column
      );
      if (hasRelativeRefs(formula)) {
        if (!active) {
          const cell = app.ActiveCell;
          active = { row: cell.Row, column: cell.Column };
        }
        formula = shiftRelative(formula, active.row - from.row, active.column - from.column);
      }
      const condition = conditions.Add(EXPRESSION, undefined, formula) as Et.FormatCondition;
      condition.Interior.Color = bgr(cf.fill);
      condition.Font.Color = bgr(cf.fontColor);
    }
  }
}
