/**
 * The tables of contents of the two container formats office files come in, read without
 * unpacking anything: the stream names of an OLE2 compound file (BIFF .xls, WPS .et, binary .doc)
 * and the entries of a zip (xlsx, docx, ods) with their declared sizes, which the zip-bomb limits
 * are checked against before any reader inflates a byte. Every loop is bounded by the file's size,
 * so a damaged or hostile directory ends the walk instead of spinning.
 */

const u16 = (b: Uint8Array, at: number) => (at + 2 <= b.length ? b[at] | (b[at + 1] << 8) : 0);
const u32 = (b: Uint8Array, at: number) =>
  at + 4 <= b.length ? (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000 : 0;

const END_OF_CHAIN = 0xfffffffe;

/** The names of the streams and storages in an OLE2 compound file; [] when its directory is unreadable. */
export function compoundStreamNames(bytes: Uint8Array): string[] {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const sector = (n: number) => 512 + n * size;
  // The FAT: the sectors listed in the header's first 109 DIFAT slots (enough to find the directory
  // of any file up to ~7 MB of FAT-described sectors per slot; larger files keep reading what is found).
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(bytes, 0x4c + i * 4);
    if (s >= END_OF_CHAIN - 2) break;
    fatSectors.push(s);
  }
  const next = (n: number): number => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(n / perSector)];
    return fat === undefined ? END_OF_CHAIN : u32(bytes, sector(fat) + (n % perSector) * 4);
  };
  const names: string[] = [];
  const maxSectors = Math.ceil(bytes.length / size);
  let current = u32(bytes, 0x30);
  for (let steps = 0; current < END_OF_CHAIN - 2 && steps < maxSectors; steps++) {
    const start = sector(current);
    if (start + size > bytes.length) break;
    for (let entry = start; entry < start + size; entry += 128) {
      const nameLength = u16(bytes, entry + 0x40);
      if (nameLength < 2 || nameLength > 64) continue;
      let name = "";
      for (let i = 0; i < nameLength - 2; i += 2)
        name += String.fromCharCode(u16(bytes, entry + i));
      names.push(name);
    }
    current = next(current);
  }
  return names;
}

export interface ZipEntry {
  name: string;
  /** Sizes as the central directory declares them (0xFFFFFFFF: a ZIP64 size, read as too large). */
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
}

/** The entries of a zip as its central directory lists them; null when there is no readable directory. */
export function zipEntries(bytes: Uint8Array, limit = 10_000): ZipEntry[] | null {
  // The end-of-central-directory record lies in the last 22 + 65,535 bytes (its comment at most that).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count && i < limit; i++) {
    if (u32(bytes, at) !== 0x02014b50) return entries.length > 0 ? entries : null;
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) break;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The bytes of a stored (uncompressed) entry, e.g. an OpenDocument's `mimetype`; null otherwise. */
export function storedEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  if (entry.method !== 0 || u32(bytes, entry.offset) !== 0x04034b50) return null;
  const start = entry.offset + 30 + u16(bytes, entry.offset + 26) + u16(bytes, entry.offset + 28);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}
