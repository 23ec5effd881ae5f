/**
 * Compresses a zip whose entries are stored (as ExcelJS writes an .xlsx when told not to compress)
 * with Node's zlib. ExcelJS compresses through JSZip's JavaScript deflate, which took about 0.2 s
 * of CPU for the sample department in a fresh process, where zlib takes milliseconds; the deflate
 * stream is the same kind, so the file is as small and any reader opens it.
 * Read from the central directory (PKWARE APPNOTE 4.3); a zip in a form not handled here (ZIP64,
 * encrypted, split, data descriptors whose sizes disagree) comes back as it was: stored, still valid.
 */
import { deflateRawSync } from "zlib";
import type { SheetPlan } from "../core/layout/plan";
import { writeXlsx, XlsxOptions } from "../hosts/xlsx";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flags: bit 0 encrypted, bit 3 sizes in a data descriptor after the data. */
const ENCRYPTED = 0x1;
const DESCRIPTOR = 0x8;

interface Entry {
  /** The central directory record, copied and then patched. */
  central: Buffer;
  /** The local header with its name and extra field. */
  local: Buffer;
  data: Buffer;
}

function endRecord(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
    if (zip.readUInt32LE(at) === END) return at;
  return -1;
}

/** The entries in central-directory order, or null when the zip is not one this file rewrites. */
function entriesOf(zip: Buffer): Entry[] | null {
  const end = endRecord(zip);
  if (end < 0 || zip.readUInt16LE(end + 4) !== 0 || zip.readUInt16LE(end + 6) !== 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return null; // ZIP64
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) return null;
    const length =
      46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const central = Buffer.from(zip.subarray(at, at + length));
    at += length;
    const flags = central.readUInt16LE(8);
    const size = central.readUInt32LE(20);
    const offset = central.readUInt32LE(42);
    if (flags & ENCRYPTED || size === 0xffffffff || offset === 0xffffffff) return null;
    if (offset + 30 > end || zip.readUInt32LE(offset) !== LOCAL) return null;
    const dataAt = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    if (dataAt + size > end) return null;
    entries.push({
      central,
      local: Buffer.from(zip.subarray(offset, dataAt)),
      data: zip.subarray(dataAt, dataAt + size),
    });
  }
  return entries;
}

/**
 * The entry with its data deflated when stored and not empty, both headers saying so; and in every
 * entry the sizes in the headers, since a data descriptor after the data is not copied.
 */
function deflated({ central, local, data }: Entry): Entry {
  const pack = central.readUInt16LE(10) === STORED && data.length > 0;
  const packed = pack ? deflateRawSync(data) : data;
  const size = pack ? data.length : central.readUInt32LE(24);
  for (const header of [central, local]) {
    const base = header === central ? 2 : 0; // the central record has "version made by" first
    if (pack) {
      header.writeUInt16LE(Math.max(header.readUInt16LE(base + 4), 20), base + 4); // needs 2.0
      header.writeUInt16LE(DEFLATED, base + 8);
    }
    header.writeUInt16LE(header.readUInt16LE(base + 6) & ~DESCRIPTOR, base + 6);
    header.writeUInt32LE(central.readUInt32LE(16), base + 14); // CRC-32 of the data, unchanged
    header.writeUInt32LE(packed.length, base + 18);
    header.writeUInt32LE(size, base + 22);
  }
  return { central, local, data: packed };
}

/** The zip with its stored entries deflated; unchanged when it is not a zip this can rewrite. */
export function deflateStored(zip: Uint8Array): Uint8Array {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = entriesOf(buffer);
  if (!entries) return zip;
  const out: Buffer[] = [];
  let offset = 0;
  const centrals = entries.map(deflated).map(({ central, local, data }) => {
    central.writeUInt32LE(offset, 42);
    out.push(local, data);
    offset += local.length + data.length;
    return central;
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.from(buffer.subarray(endRecord(buffer)));
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/** The .xlsx bytes of the plans as the command line writes them: ExcelJS's file, zlib's deflate. */
export async function xlsxBytes(
  plans: SheetPlan[],
  options: XlsxOptions = {}
): Promise<Uint8Array> {
  return deflateStored(await writeXlsx(plans, { ...options, stored: true }));
}
