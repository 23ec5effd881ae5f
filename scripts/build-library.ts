/**
 * Writes the generated 指标库 from data/library/*.tsv: src/core/library/library.generated.json
 * (entries and the bigram index the search reads) and value-forms.generated.json (the usual forms
 * the review rule reads), and the counts in docs/indicator-library.md. Run `npx tsx scripts/build-library.ts` after the data changes; the test
 * test/core/library-data.test.ts fails while the generated files are behind the data.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { DOC_FILE, FORMS_FILE, generateLibrary, LIBRARY_FILE } from "../src/core/library/generate";
import { withSummary } from "../src/core/library/summary";
import { readLibraryDir } from "./library-files";

const root = join(__dirname, "..");
const generated = generateLibrary(readLibraryDir());
writeFileSync(join(root, LIBRARY_FILE), generated.library);
writeFileSync(join(root, FORMS_FILE), generated.forms);
const doc = join(root, DOC_FILE);
writeFileSync(doc, withSummary(readFileSync(doc, "utf8"), generated.summary));
const rows = generated.parsed.tables.reduce((sum, t) => sum + t.rows.length, 0);
console.log(
  `已生成 ${LIBRARY_FILE}（${generated.parsed.tables.length} 张表、${rows} 行，${Math.round(generated.library.length / 1024)} KB）与 ${FORMS_FILE}（${Math.round(generated.forms.length / 1024)} KB）`
);
if (generated.parsed.problems.length > 0)
  console.log(
    `有 ${generated.parsed.problems.length} 行无法读取，已略过：npx tsx scripts/check-library.ts 列出`
  );
