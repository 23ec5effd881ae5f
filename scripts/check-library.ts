/**
 * The review of the 指标库's data (issue 19): `npx tsx scripts/check-library.ts [folder]` reads
 * data/library/*.tsv (or the folder given) and prints, one per line as `file:line`, every line that
 * cannot be read and every row or table that breaks a rule of src/core/library/check.ts, then the
 * counts against the issue's goals. Exit code 1 when anything is wrong, 0 otherwise.
 */
import { checkLibrary, countLibrary, LIBRARY_GOALS, shortfalls } from "../src/core/library/check";
import { parseLibraryFiles } from "../src/core/library/parse";
import { readLibraryDir } from "./library-files";

const dir = process.argv[2];
const parsed = parseLibraryFiles(dir ? readLibraryDir(dir) : readLibraryDir());
const problems = [...parsed.problems, ...checkLibrary(parsed.tables)].sort((a, b) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)
);
for (const p of problems) console.log(`${p.file}:${p.line} [${p.rule}] ${p.message}`);
const counts = countLibrary(parsed.tables);
console.log(
  `指标行 ${counts.rows}（要求 ≥${LIBRARY_GOALS.rows}；定量 ${counts.quantitative}、定性 ${counts.qualitative}），` +
    `表 ${counts.tables}（≥${LIBRARY_GOALS.tables}），省份 ${counts.provinces}（≥${LIBRARY_GOALS.provinces}），` +
    `类别 ${counts.kinds}（≥${LIBRARY_GOALS.kinds}）`
);
const short = shortfalls(counts);
if (short.length > 0) console.log(`未达要求：${short.join("；")}`);
console.log(problems.length === 0 ? "数据检查通过" : `数据有 ${problems.length} 处问题`);
process.exitCode = problems.length > 0 || short.length > 0 ? 1 : 0;
