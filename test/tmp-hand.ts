import { writeFileSync } from "fs";
import { importPdf } from "../src/core/import/pdf";
import { SEED_DEPARTMENT } from "./fixtures/seed-department";
import { printedDepartment } from "./helpers/printed";
import { layOut, writePdf } from "./helpers/pdf-bytes";
(async () => {
  const sheets = printedDepartment(SEED_DEPARTMENT);
  const rotate = process.argv[2] === "rotate";
  const [W, H] = rotate ? [842, 595] : [595, 842];
  const pages = layOut(sheets, W, H).map((content) => ({ width: W, height: H, content, rotate }));
  const bytes = writePdf(pages);
  writeFileSync("/tmp/hand.pdf", bytes);
  const t = Date.now();
  const r = await importPdf(bytes);
  console.log(Date.now() - t, "ms");
  console.log(JSON.stringify(r.diagnostics, null, 1).slice(0, 3000));
  const { isDeepStrictEqual } = await import("util");
  console.log("equal", isDeepStrictEqual(r.department, SEED_DEPARTMENT));
  for (const k of Object.keys(SEED_DEPARTMENT) as (keyof typeof SEED_DEPARTMENT)[])
    if (!isDeepStrictEqual(r.department[k], SEED_DEPARTMENT[k])) console.log("differs", k, JSON.stringify(r.department[k]).slice(0, 800), "\nWANT", JSON.stringify(SEED_DEPARTMENT[k]).slice(0, 800));
})();
