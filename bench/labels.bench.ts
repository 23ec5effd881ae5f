/**
 * The cost of finding projects by their labels: the seed and a generated document of 1,000
 * projects imported with their numbered titles (the baseline, same run) and with the numbers taken
 * off, so that each project is found by its 项目名称 label (text/declaration.ts). Run alone with
 * `npx tsx bench/labels.bench.ts`.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importPublishedText } from "../src/core/import";
import { generatedDocument } from "./import.bench";
import type { Figure } from "./run";

const seed = readFileSync(join(__dirname, "..", "samples", "seed-zhengding-2023.txt"), "utf8");
const unnumbered = (text: string) =>
  text.replace(/^(\s*)\d+\s*[.．、](.+绩效目标表)\s*$/gm, "$1$2");

function timeMs(run: () => void, repeat: number): number {
  run(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) run();
  return Number(process.hrtime.bigint() - start) / 1e6 / repeat;
}

export function benchLabels(): Figure[] {
  const thousand = generatedDocument(1000);
  const bare = unnumbered(thousand);
  const found = importPublishedText(bare).department.projects.length;
  if (found !== 1000) throw new Error(`found ${found} projects by their labels, not 1000`);
  const round = (n: number) => Math.round(n * 100) / 100;
  const seedTitled = timeMs(() => importPublishedText(seed), 30);
  const seedLabelled = timeMs(() => importPublishedText(unnumbered(seed)), 30);
  const titled = timeMs(() => importPublishedText(thousand), 2);
  const labelled = timeMs(() => importPublishedText(bare), 2);
  return [
    { name: "seed by numbered titles (baseline)", value: round(seedTitled), unit: "ms" },
    {
      name: "seed found by its labels (no numbered titles)",
      value: round(seedLabelled),
      unit: "ms",
    },
    { name: "1,000 projects by numbered titles (baseline)", value: round(titled), unit: "ms" },
    { name: "1,000 projects found by their labels", value: round(labelled), unit: "ms" },
    {
      name: "found by labels / by titles, 1,000 projects",
      value: round(labelled / titled),
      unit: "x",
    },
  ];
}

if (require.main === module)
  for (const f of benchLabels())
    console.log(`${f.name.padEnd(56)} ${String(f.value).padStart(12)} ${f.unit}`);
