/**
 * What the hosts say when reading the workbook or showing one of its cells fails: one wording for
 * Excel and WPS, in Chinese an accountant understands, with the host's own reason after it.
 */
import { qualifiedCell } from "../core/problem";

/** A sheet named by an earlier reading is gone: deleted or renamed since. */
export function sheetGone(sheet: string): string {
  return `找不到工作表“${sheet}”（可能已被删除或改名）`;
}

export function cannotSelect(sheet: string, cell: string, reason: string): string {
  return `无法选中单元格 ${qualifiedCell(sheet, cell)}：${reason}`;
}

export function cannotRead(reason: string): string {
  return `无法读取工作簿：${reason}`;
}

/** The message of whatever a host threw (Office.js errors, WPS bridge errors, plain values). */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
