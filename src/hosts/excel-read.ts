/**
 * Reading a whole workbook in Excel under Excel on the web's response limit (about 5 MB a sync):
 * after the names, one sync asks for every used range at once, which is all a workbook that fits
 * costs. When the host refuses that as too large, one sync reads every used range's size, then
 * each sheet is read in row blocks, packed into syncs by an estimate of their payload from their
 * cell count (a generous guess at first, then what the batches read weighed); a sync still
 * refused is read again in halves, and the estimate doubled for the rest.
 * Merged areas are read with each block (`getMergedAreasOrNullObject`, ExcelApi 1.13), so that the
 * readers tell a merged blank from a blank; where the host cannot give them (an older Excel, more
 * than 512 areas in one block) the batch is read again without them and those sheets carry no
 * `merges`, as before. Nothing is written.
 */
import type { Scalar } from "../core/layout/plan";
import type { SheetValues } from "../core/layout/workbook";
import type { ExcelRun } from "./excel";
import { cannotRead, reasonOf } from "./messages";

/** Excel on the web refuses a response over about 5 MB; this much of it is used. */
export const RESPONSE_LIMIT = 5 * 1024 * 1024;
const SHARE = 0.5;
/** A cell's value in the response, a generous guess: Chinese text is 3 bytes a character. */
const BYTES_PER_CELL = 48;

export interface ReadOptions {
  /** The response limit to stay under (bytes). */
  limit?: number;
  /** Read merged areas (ExcelApi 1.13); off on an older Excel. */
  merges?: boolean;
}

interface Used {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Some rows of one sheet's used range. */
interface Block {
  sheet: number;
  row: number;
  rows: number;
}

/** A used range's values placed from A1 (the rows and columns before it empty). */
export function gridFromA1(values: unknown[][], rowIndex: number, columnIndex: number): Scalar[][] {
  const pad = Array<Scalar>(columnIndex).fill(null);
  return [
    ...Array.from({ length: rowIndex }, () => [] as Scalar[]),
    ...values.map((row) => [...pad, ...row.map((v) => (v === "" ? null : (v as Scalar)))]),
  ];
}

/** "'My sheet'!$A$5:$C$5,…" as A1 ranges without sheet or $. */
function mergeAddresses(address: string): string[] {
  return address
    .split(",")
    .map((part) =>
      part
        .slice(part.lastIndexOf("!") + 1)
        .replace(/\$/g, "")
        .trim()
    )
    .filter((part) => part !== "");
}

const tooLarge = (error: unknown) =>
  /PayloadSizeLimitExceeded|PayloadTooLarge|response.*too large/i.test(
    `${(error as { code?: unknown } | null)?.code ?? ""} ${reasonOf(error)}`
  );

/** Row blocks of every sheet, each at most `cells` cells (one row at least). */
function blocksOf(used: (Used | null)[], cells: number): Block[] {
  const blocks: Block[] = [];
  used.forEach((u, sheet) => {
    if (!u) return;
    const step = Math.max(1, Math.floor(cells / u.columns));
    for (let row = 0; row < u.rows; row += step)
      blocks.push({ sheet, row, rows: Math.min(step, u.rows - row) });
  });
  return blocks;
}

/** Blocks packed in order into batches of at most `cells` cells. */
function batchesOf(blocks: Block[], used: (Used | null)[], cells: number): Block[][] {
  const batches: Block[][] = [];
  let size = Infinity;
  for (const block of blocks) {
    const n = block.rows * used[block.sheet]!.columns;
    if (size + n > cells) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(block);
    size += n;
  }
  return batches;
}

/** Bytes a cell is expected to take in a response; `floor` rises with each refusal. */
interface Estimate {
  bytes: number;
  floor: number;
}

/** The UTF-8 size of a text (Chinese characters take three bytes). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x800 && (code < 0xd800 || code > 0xdfff)) n += 2;
    else if (code >= 0x80 && code < 0x800) n += 1;
  }
  return n;
}

interface Sheets {
  names: string[];
  used: (Used | null)[];
  values: unknown[][][];
  /** Merged areas per sheet; null once the host could not give them for that sheet. */
  merges: (Set<string> | null)[];
}

/** One batch in one sync; a batch refused as too large is split and read again. */
async function readBatch(
  context: Excel.RequestContext,
  batch: Block[],
  read: Sheets,
  withMerges: boolean,
  estimate: Estimate
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const loaded = batch.map((block) => {
    const u = read.used[block.sheet]!;
    const range = sheets
      .getItem(read.names[block.sheet])
      .getRangeByIndexes(u.row + block.row, u.column, block.rows, u.columns);
    range.load("values");
    const merged =
      withMerges && read.merges[block.sheet]
        ? range.getMergedAreasOrNullObject().load("address")
        : null;
    return { block, range, merged };
  });
  try {
    await context.sync();
  } catch (error) {
    if (tooLarge(error)) {
      estimate.bytes *= 2;
      estimate.floor = estimate.bytes;
      const cells = batch.reduce((n, b) => n + b.rows * read.used[b.sheet]!.columns, 0);
      if (batch.length === 1 && batch[0].rows === 1) throw error;
      const halves =
        batch.length > 1
          ? [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)]
          : blocksOf([read.used[batch[0].sheet]], Math.ceil(cells / 2)).map((b) => [
              { sheet: batch[0].sheet, row: batch[0].row + b.row, rows: b.rows },
            ]);
      for (const half of halves) await readBatch(context, half, read, withMerges, estimate);
      return;
    }
    if (!withMerges) throw error;
    // The merged areas could not be read (an older Excel, too many areas): values alone.
    for (const { block } of loaded) read.merges[block.sheet] = null;
    return readBatch(context, batch, read, false, estimate);
  }
  let bytes = 0;
  let cells = 0;
  for (const { block, range, merged } of loaded) {
    range.values.forEach((row, i) => (read.values[block.sheet][block.row + i] = row));
    bytes += utf8Length(JSON.stringify(range.values));
    cells += block.rows * read.used[block.sheet]!.columns;
    const set = read.merges[block.sheet];
    if (merged && set && !merged.isNullObject)
      for (const address of mergeAddresses(merged.address)) set.add(address);
  }
  // What the values weighed, with room to spare, is the estimate for the next batches; never
  // below what a refusal taught.
  if (cells > 0) estimate.bytes = Math.max(estimate.floor, (1.5 * bytes) / cells);
}

/** Every used range's size, then the values in batches. */
async function readInBatches(
  context: Excel.RequestContext,
  names: string[],
  options: ReadOptions
): Promise<SheetValues[]> {
  const ranges = names.map((name) =>
    context.workbook.worksheets
      .getItem(name)
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount")
  );
  await context.sync();
  const read: Sheets = {
    names,
    used: ranges.map((r) =>
      r.isNullObject
        ? null
        : { row: r.rowIndex, column: r.columnIndex, rows: r.rowCount, columns: r.columnCount }
    ),
    values: ranges.map(() => []),
    merges: ranges.map(() => (options.merges === false ? null : new Set<string>())),
  };
  const estimate: Estimate = { bytes: BYTES_PER_CELL, floor: 1 };
  const cells = () => Math.floor(((options.limit ?? RESPONSE_LIMIT) * SHARE) / estimate.bytes);
  let pending = blocksOf(read.used, cells());
  while (pending.length > 0) {
    const [batch] = batchesOf(pending, read.used, cells());
    pending = pending.slice(batch.length);
    await readBatch(context, batch, read, options.merges !== false, estimate);
  }
  return names.map((name, i) => {
    const u = read.used[i];
    const merges = read.merges[i];
    return {
      name,
      grid: u ? gridFromA1(read.values[i], u.row, u.column) : [],
      ...(merges && { merges: [...merges] }),
    };
  });
}

/**
 * Every used range at once, in the sync after the names: what a workbook whose values fit one
 * response costs. Null when the host refuses it as too large (then it is read in batches).
 */
async function readAtOnce(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  merges: boolean
): Promise<SheetValues[] | null> {
  const names = sheets.map((s) => s.name);
  const loaded = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    return { used, merged: merges ? used.getMergedAreasOrNullObject().load("address") : null };
  });
  try {
    await context.sync();
  } catch (error) {
    if (tooLarge(error)) return null;
    if (!merges) throw error;
    // The merged areas could not be read (an older Excel, too many areas): values alone.
    return readAtOnce(context, sheets, false);
  }
  return names.map((name, i) => {
    const { used, merged } = loaded[i];
    const grid = used.isNullObject ? [] : gridFromA1(used.values, used.rowIndex, used.columnIndex);
    if (!merged) return { name, grid };
    return {
      name,
      grid,
      merges: used.isNullObject || merged.isNullObject ? [] : mergeAddresses(merged.address),
    };
  });
}

async function readAll(
  context: Excel.RequestContext,
  options: ReadOptions
): Promise<SheetValues[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return (
    (await readAtOnce(context, worksheets.items, options.merges !== false)) ??
    (await readInBatches(
      context,
      worksheets.items.map((s) => s.name),
      options
    ))
  );
}

/**
 * Every sheet's name, values (A1 at [0][0], empty cells as null) and merged areas: two syncs for a
 * workbook whose values fit one response; else one refused, one for the sizes and one per batch.
 * Nothing is written.
 */
export async function readWorkbook(
  run: ExcelRun,
  options: ReadOptions = {}
): Promise<SheetValues[]> {
  try {
    return await run((context) => readAll(context, options));
  } catch (error) {
    throw new Error(cannotRead(reasonOf(error)));
  }
}
