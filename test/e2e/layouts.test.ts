/**
 * The layout fixtures (test/fixtures/layouts) rendered by headless LibreOffice, as a PDF import of
 * them starts: each sheet on one A4 portrait page, one page wide, every value shown in full.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { LAYOUTS } from "../fixtures/layouts";
import { pdfPages, pdfText, toPdf } from "../helpers/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "pt-layouts-"));
/** One conversion takes seconds; room for a machine three times slower and a busy one. */
const RENDER = 240_000;

describe.each(LAYOUTS.map((l) => [l.name, l] as const))("layout %s printed", (name, fixture) => {
  let pdf: string;
  beforeAll(async () => {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await fixture.write());
    pdf = toPdf(xlsx, dir);
  }, RENDER);

  it("takes one A4 portrait page per sheet: nothing spills onto a page to the right", () => {
    const { pages, width, height } = pdfPages(pdf);
    expect(pages).toBe(fixture.pages);
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
  });

  it("shows every project and every indicator row, and no value as ###", () => {
    const text = pdfText(pdf).replace(/\s+/g, "");
    expect(text).not.toContain("###");
    for (const project of fixture.expected.projects) {
      expect(text).toContain(project.name.slice(0, 4));
      for (const row of project.indicators) expect(text).toContain(row.level3.slice(0, 3));
    }
  });
});
