/**
 * A sheet drawn region by region: each region of a layout (header, funds, table, settings…) is a
 * Part with its own blocks, merges and rules, and a plan is their union. Keeps each layout function
 * short and each region's cells next to its formats.
 */
import {
  Block,
  cellName,
  ConditionalFormat,
  FormulaCell,
  isFormula,
  parseCell,
  Scalar,
  SheetPlan,
  StyledRange,
  Validation,
} from "./plan";

export interface Part {
  blocks?: Block[];
  merges?: string[];
  styles?: StyledRange[];
  validations?: Validation[];
  conditionalFormats?: ConditionalFormat[];
  rowHeights?: Record<number, number>;
}

export type PartsOfPlan = Pick<
  SheetPlan,
  "blocks" | "merges" | "styles" | "validations" | "conditionalFormats" | "rowHeights"
>;

/**
 * A block cut into runs of columns with formulas and columns without: a host writes a block that
 * holds formulas as formulas (Excel's `range.formulas`), where a text such as `=100%` would become
 * a formula too; written as values, it stays the text it is.
 */
export function byFormulaColumns(block: Block): Block[] {
  const { row, column } = parseCell(block.at);
  const width = Math.max(...block.rows.map((r) => r.length));
  const hasFormula = Array.from({ length: width }, (_, c) =>
    block.rows.some((r) => r[c] !== undefined && isFormula(r[c]))
  );
  const blocks: Block[] = [];
  for (let from = 0; from < width;) {
    let to = from;
    while (to + 1 < width && hasFormula[to + 1] === hasFormula[from]) to++;
    blocks.push({
      at: cellName(row, column + from),
      rows: block.rows.map((r) =>
        Array.from({ length: to - from + 1 }, (_, k) => r[from + k] ?? null)
      ),
    });
    from = to + 1;
  }
  return blocks;
}

/**
 * The union of parts, in order (styles of later parts win). Blocks are cut at their formula
 * columns unless `splitFormulas` is false (a layout whose blocks a host writes whole).
 */
export function combine(parts: Part[], { splitFormulas = true } = {}): PartsOfPlan {
  return {
    blocks: parts.flatMap((p) =>
      splitFormulas ? (p.blocks ?? []).flatMap(byFormulaColumns) : (p.blocks ?? [])
    ),
    merges: parts.flatMap((p) => p.merges ?? []),
    styles: parts.flatMap((p) => p.styles ?? []),
    validations: parts.flatMap((p) => p.validations ?? []),
    conditionalFormats: parts.flatMap((p) => p.conditionalFormats ?? []),
    rowHeights: Object.assign({}, ...parts.map((p) => p.rowHeights ?? {})),
  };
}

/** A formula cell; built-in formulas are their own standalone form. */
export function fx(
  formula: string,
  value: Scalar,
  standalone: string | null = formula
): FormulaCell {
  return standalone === null ? { formula, value } : { formula, value, standalone };
}
