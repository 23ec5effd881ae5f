/**
 * The PDF importer never throws and is never silent: truncated copies of a real PDF, random
 * bytes, a password-protected PDF and random page geometry all give a result, and a result
 * without projects always says why.
 */
import fc from "fast-check";
import { importPdf, importPdfPages, PdfImport } from "../../../src/core/import/pdf";
import { Edge, Glyph } from "../../../src/core/import/pdf/page";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { renderPdfs, workbookOf } from "../../helpers/pdf";

let seedPdf: Uint8Array;
let lockedPdf: Uint8Array;

beforeAll(async () => {
  const xlsx = await workbookOf(SEED_DEPARTMENT);
  [seedPdf] = renderPdfs([xlsx]);
  [lockedPdf] = renderPdfs(
    [xlsx],
    'pdf:calc_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}'
  );
}, 300_000);

/** Either something was read, or an error says what went wrong. */
function explained(result: PdfImport): boolean {
  return (
    result.kind === "pdf" &&
    (result.department.projects.length > 0 ||
      result.diagnostics.some((d) => d.severity === "error"))
  );
}

it("reads every truncated copy of a real PDF without throwing, and explains an empty result", async () => {
  await fc.assert(
    fc.asyncProperty(fc.double({ min: 0, max: 1, noNaN: true }), async (share) => {
      const result = await importPdf(seedPdf.slice(0, Math.floor(seedPdf.length * share)));
      expect(explained(result)).toBe(true);
    }),
    { numRuns: 25 }
  );
}, 300_000);

it("reads random bytes, with or without a PDF header, without throwing", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, header) => {
      const input = header
        ? new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...bytes])
        : bytes;
      const result = await importPdf(input);
      expect(explained(result)).toBe(true);
      expect(result.department.projects).toEqual([]);
    }),
    { numRuns: 60 }
  );
}, 300_000);

it("says in Chinese that a PDF is locked by a password", async () => {
  const result = await importPdf(lockedPdf);
  expect(result.department.projects).toEqual([]);
  expect(result.diagnostics).toEqual([
    expect.objectContaining({
      rule: "import/pdf-unreadable",
      severity: "error",
      message: expect.stringContaining("密码"),
    }),
  ]);
});

it("says in Chinese that a file is not a PDF", async () => {
  const result = await importPdf(new TextEncoder().encode("一级指标,二级指标\n"));
  expect(result.diagnostics).toEqual([
    expect.objectContaining({
      rule: "import/pdf-unreadable",
      message: expect.stringContaining("不是有效的 PDF"),
    }),
  ]);
});

const coordinate = fc.double({ min: -50, max: 900, noNaN: true });
const edge: fc.Arbitrary<Edge> = fc.record({
  orientation: fc.constantFrom<"h" | "v">("h", "v"),
  at: coordinate,
  from: coordinate,
  to: coordinate,
});
const glyph: fc.Arbitrary<Glyph> = fc
  .record({
    text: fc.constantFrom("一", "级", "指", "标", "≥", "9", "5", "%", "A", "，"),
    x0: coordinate,
    top: coordinate,
    width: fc.double({ min: 0, max: 20, noNaN: true }),
    size: fc.double({ min: 1, max: 20, noNaN: true }),
  })
  .map(({ text, x0, top, width, size }) => ({
    text,
    x0,
    x1: x0 + width,
    top,
    bottom: top + size,
    size,
  }));

it("reads any page geometry without throwing", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          glyphs: fc.array(glyph, { maxLength: 80 }),
          edges: fc.array(edge, { maxLength: 30 }),
        }),
        { maxLength: 3 }
      ),
      (pages) => {
        const result = importPdfPages(
          pages.map((p, i) => ({ number: i + 1, width: 595, height: 842, ...p })),
          "项目"
        );
        expect(explained(result)).toBe(true);
      }
    ),
    { numRuns: 200 }
  );
});
