/**
 * 支出进度监控 below a project sheet's form, outside its print area: per checkpoint the planned
 * cumulative spending (from the form), the actual one the accountant types, PT.PROGRESS's judgement
 * against the plan (and 序时进度 when the year is known) and the 执行率, coloured by the judgement.
 */
import { checkpointLabel } from "../model";
import type { Block, ConditionalFormat, PlanCell, StyledRange, Validation } from "./plan";
import { MONEY_FORMAT } from "./plan";

/** The fill of the cells the accountant types into beside the form. */
export const LIVE_FILL = "#FFF2CC";
/** Excel's “light red fill with dark red text”, for what needs attention. */
export const ALERT_COLOURS = { fill: "#FFC7CE", fontColor: "#9C0006" };
/** A money cell: 万元, never negative. */
export const MONEY_VALIDATION = {
  kind: "decimal" as const,
  min: 0,
  prompt: "金额（万元），不能为负数",
  error: "请输入不小于0的金额（万元）",
};

export interface SpendingMonitor {
  block: Block;
  merges: string[];
  styles: StyledRange[];
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  /** The last row it takes. */
  lastRow: number;
}

/**
 * The block from `titleRow` down: one row per checkpoint, whose planned amount is the form's cell
 * (`slots[i].cell`, holding `planned[i]` now).
 */
export function spendingMonitor(
  title: string,
  titleRow: number,
  slots: { month: number; cell: string }[],
  planned: (number | null)[],
  budgetCell: string,
  year: number | null
): SpendingMonitor {
  const header = titleRow + 1;
  const first = header + 1;
  const last = first + slots.length - 1;
  const merges: string[] = [];
  const rows: PlanCell[][] = [
    [title, null, null, null, null, null],
    ["检查点", "计划累计支出", "实际累计支出", "进度判断", null, "执行率"],
  ];
  slots.forEach((slot, i) => {
    const r = first + i;
    const date = year ? `,DATE(${year},${slot.month + 1},0)` : "";
    rows.push([
      checkpointLabel(slot.month),
      { formula: slot.cell, value: planned[i], standalone: slot.cell },
      null,
      { formula: `PT.PROGRESS(C${r},${budgetCell},B${r}${date})`, value: "" },
      null,
      {
        formula: `PT.PROGRESS(C${r},${budgetCell})`,
        value: "",
        standalone: `IF(N(C${r})=0,"",C${r}/${budgetCell})`,
      },
    ]);
    merges.push(`D${r}:E${r}`);
  });
  merges.push(`A${titleRow}:F${titleRow}`, `D${header}:E${header}`);
  const judged = `D${first}:E${last}`;
  return {
    block: { at: `A${titleRow}`, rows },
    merges,
    styles: [
      { range: `A${titleRow}`, style: { bold: true, hAlign: "left" } },
      {
        range: `A${header}:F${last}`,
        style: { border: true, hAlign: "center", vAlign: "middle" },
      },
      { range: `A${header}:F${header}`, style: { bold: true, fill: LIVE_FILL } },
      { range: `B${first}:C${last}`, style: { numberFormat: MONEY_FORMAT } },
      { range: `C${first}:C${last}`, style: { fill: LIVE_FILL } },
      { range: `F${first}:F${last}`, style: { numberFormat: "0.00%" } },
    ],
    validations: [{ range: `C${first}:C${last}`, ...MONEY_VALIDATION }],
    conditionalFormats: [
      {
        range: judged,
        formula: `OR(ISNUMBER(SEARCH("滞后",$D${first})),ISNUMBER(SEARCH("低于",$D${first})),ISNUMBER(SEARCH("超出",$D${first})))`,
        ...ALERT_COLOURS,
      },
      {
        range: judged,
        formula: `ISNUMBER(SEARCH("符合",$D${first}))`,
        fill: "#C6EFCE",
        fontColor: "#006100",
      },
    ],
    lastRow: last,
  };
}
