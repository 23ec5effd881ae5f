/**
 * Benchmarks. Prints a table, or with `-- --json` one JSON array of {name, value, unit}.
 * Each figure stands beside a baseline measured in the same run, since machines here are noisy.
 */
import { benchBundle } from "./bundle.bench";
import { benchCheck } from "./check.bench";
import { benchCli } from "./cli.bench";
import { benchExcel } from "./excel.bench";
import { benchFlat } from "./flat.bench";
import { benchFormats } from "./formats.bench";
import { benchImport } from "./import.bench";
import { benchLabels } from "./labels.bench";
import { benchLibrary } from "./library.bench";
import { benchLargeWorkbook } from "./large-workbook.bench";
import { benchPdf } from "./pdf.bench";
import { benchScore } from "./score.bench";
import { benchSelfEval } from "./selfeval.bench";
import { benchReview } from "./review.bench";
import { benchWps } from "./wps.bench";

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

async function main() {
  const figures: Figure[] = [
    ...benchCheck(),
    ...benchScore(),
    ...benchImport(),
    ...benchFlat(),
    ...benchLabels(),
    ...benchLibrary(),
    ...(await benchPdf()),
    ...(await benchFormats()),
    ...(await benchReview()),
    ...(await benchExcel()),
    ...(await benchWps()),
    ...(await benchLargeWorkbook()),
    ...(await benchSelfEval()),
    ...(await benchBundle()),
    ...benchCli(),
  ];
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    for (const f of figures)
      console.log(`${f.name.padEnd(56)} ${String(f.value).padStart(12)} ${f.unit}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
