import { readFileSync } from "fs";
import { loadPdfjs, readPdf } from "../src/core/import/pdf/pdfjs";
(async () => {
  let t = Date.now();
  const rt = await loadPdfjs();
  console.log("load", Date.now() - t); t = Date.now();
  const r = await readPdf(new Uint8Array(readFileSync(process.argv[2])), rt);
  console.log("read", Date.now() - t, r.pages.length, r.pages.map(p=>p.glyphs.length));
  t = Date.now();
  await readPdf(new Uint8Array(readFileSync(process.argv[2])), rt);
  console.log("read again", Date.now() - t);
})();
