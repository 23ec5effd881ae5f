/**
 * The command line's .xlsx compression (src/cli/zip.ts): ExcelJS writes the entries stored and
 * zlib deflates them. The file must hold exactly what ExcelJS wrote, every CRC must check, and a
 * zip this cannot rewrite comes back untouched rather than damaged.
 */
import JSZip from "jszip";
import { inflateRawSync } from "zlib";
import { loadDepartment, SAMPLE } from "../../src/cli/load";
import { deflateStored, xlsxBytes } from "../../src/cli/zip";
import { planDepartment } from "../../src/core/layout";
import { readGrid, readXlsx, writeXlsx } from "../../src/hosts/xlsx";

/** Each entry's name, compression method and bytes, read by JSZip with its CRC-32 check on. */
async function contents(zip: Uint8Array): Promise<Map<string, string>> {
  const read = await JSZip.loadAsync(zip, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const file of Object.values(read.files))
    out.set(file.name, file.dir ? "" : Buffer.from(await file.async("uint8array")).toString("hex"));
  return out;
}

/** The compression method of each entry, from the central directory. */
function methods(zip: Uint8Array): number[] {
  const buffer = Buffer.from(zip);
  const found: number[] = [];
  for (let at = 0; at + 46 <= buffer.length; at++)
    if (buffer.readUInt32LE(at) === 0x02014b50) found.push(buffer.readUInt16LE(at + 10));
  return found;
}

describe("deflateStored", () => {
  let stored: Uint8Array;
  beforeAll(async () => {
    const { department } = await loadDepartment(SAMPLE);
    stored = await writeXlsx(planDepartment(department), { stored: true });
  }, 120_000);

  it("keeps every entry's bytes, deflates them, and the file shrinks", async () => {
    const packed = deflateStored(stored);
    expect(methods(stored).every((m) => m === 0)).toBe(true);
    expect(methods(packed)).toContain(8);
    expect(methods(packed).length).toBe(methods(stored).length);
    expect(packed.length * 2).toBeLessThan(stored.length);
    expect(await contents(packed)).toEqual(await contents(stored));
  });

  it("is as small as ExcelJS's own compression, give or take", async () => {
    const { department } = await loadDepartment(SAMPLE);
    const own = await writeXlsx(planDepartment(department));
    expect(deflateStored(stored).length).toBeLessThan(own.length * 1.1);
  });

  it("gives ExcelJS the workbook back, sheet by sheet", async () => {
    const [before, after] = await Promise.all([readXlsx(stored), readXlsx(deflateStored(stored))]);
    expect(after.worksheets.map((s) => s.name)).toEqual(before.worksheets.map((s) => s.name));
    after.worksheets.forEach((sheet, i) =>
      expect(readGrid(sheet)).toEqual(readGrid(before.worksheets[i]))
    );
  });

  it("rewrites entries whose sizes follow in a data descriptor", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a>" + "甲乙".repeat(500) + "</a>");
    zip.folder("d");
    zip.file("d/b.txt", "");
    const streamed = await zip.generateAsync({
      type: "uint8array",
      compression: "STORE",
      streamFiles: true,
    });
    const packed = deflateStored(streamed);
    expect(await contents(packed)).toEqual(await contents(streamed));
    // The one non-empty entry is deflated and no header still announces a descriptor.
    expect(methods(packed).filter((m) => m === 8)).toHaveLength(1);
    const local = Buffer.from(packed);
    expect(local.readUInt16LE(6) & 0x8).toBe(0);
    const data = local.subarray(30 + local.readUInt16LE(26) + local.readUInt16LE(28));
    expect(inflateRawSync(data.subarray(0, local.readUInt32LE(18))).toString()).toContain("甲乙");
  });

  it("leaves a zip already compressed as it was, entry for entry", async () => {
    const zip = new JSZip();
    zip.file("a.txt", "x".repeat(1000));
    const deflated = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(Buffer.from(deflateStored(deflated))).toEqual(Buffer.from(deflated));
  });

  it("returns what is not a zip it can read unchanged", () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array([1, 2, 3]), stored.subarray(0, 1000)])
      expect(deflateStored(bytes)).toBe(bytes);
    // A central directory that points past the end.
    const broken = Buffer.from(stored);
    const end = broken.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    broken.writeUInt32LE(broken.length, end + 16);
    expect(deflateStored(broken)).toBe(broken);
  });
});

describe("xlsxBytes", () => {
  it("is a deflated .xlsx that reads back as the workbook", async () => {
    const { department } = await loadDepartment(SAMPLE);
    const plans = planDepartment(department);
    const bytes = await xlsxBytes(plans);
    expect(methods(bytes)).toContain(8);
    const book = await readXlsx(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
  });
});
