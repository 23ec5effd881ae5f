/**
 * Where WPS bridge calls go, from the calls a recording fake took down in a run: each call put in
 * one kind by the member it reaches ("A1:F9.Borders.LineStyle=" is a format), a sheet's Range()
 * counted with the call that uses it; and the calls of sheets written from scratch apart from
 * those of sheets made as copies. Nothing is estimated: the kinds add up to the run's count.
 */

export const CALL_KINDS = [
  "conditional formats",
  "validations",
  "formats",
  "column widths and row heights",
  "values",
  "merges",
  "rows in or out",
  "page setup",
  "sheets and workbook",
] as const;

export type CallKind = (typeof CALL_KINDS)[number];

function kindOf(call: string): CallKind {
  if (/FormatCondition|ActiveCell|\.(Row|Column)$/.test(call)) return "conditional formats";
  if (/\.Validation/.test(call)) return "validations";
  if (/PageSetup/.test(call)) return "page setup";
  if (/\.Value2=$/.test(call)) return "values";
  if (/\.(Merge|UnMerge)\(\)$/.test(call)) return "merges";
  if (/^\d+:\d+\.(Insert|Delete)\(\)$/.test(call)) return "rows in or out";
  if (/\.(ColumnWidth|RowHeight)=$/.test(call)) return "column widths and row heights";
  if (
    /\.(Cells|Font|Interior|Borders|HorizontalAlignment|VerticalAlignment|WrapText|NumberFormat)/.test(
      call
    )
  )
    return "formats";
  return "sheets and workbook";
}

/** The calls of a run by kind; a Range() goes with the call after it, which uses the range. */
export function callsByKind(calls: readonly string[]): Map<CallKind, number> {
  const counts = new Map<CallKind, number>(CALL_KINDS.map((k) => [k, 0]));
  calls.forEach((call, i) => {
    let at = i;
    while (calls[at]?.endsWith(".Range()") && at + 1 < calls.length) at++;
    const kind = kindOf(calls[at]);
    counts.set(kind, counts.get(kind)! + 1);
  });
  return counts;
}

/** Calls from one sheet's Worksheets.Add() or Copy() to the next, split by how it was made. */
export function callsBySheetMaking(calls: readonly string[]): {
  scratch: { sheets: number; calls: number };
  copies: { sheets: number; calls: number };
  outside: number;
} {
  const scratch = { sheets: 0, calls: 0 };
  const copies = { sheets: 0, calls: 0 };
  let current: typeof scratch | null = null;
  let outside = 0;
  for (const call of calls) {
    if (call.endsWith("Worksheets.Add()")) current = scratch;
    else if (call.endsWith(".Copy()")) current = copies;
    if (call.endsWith("Worksheets.Add()") || call.endsWith(".Copy()")) current!.sheets++;
    if (current && !call.endsWith(".Activate()") && !call.startsWith("Application.DisplayAlerts"))
      current.calls++;
    else outside++;
  }
  return { scratch, copies, outside };
}
