/**
 * Import time of the seed, and of generated documents of 100 and 1,000 projects (growth should be
 * linear). Baseline, in the same run: splitting the same text into trimmed lines, the least any
 * reader of it does.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importPublishedText } from "../src/core/import";
import type { Figure } from "./run";

const seed = readFileSync(join(__dirname, "..", "samples", "seed-zhengding-2023.txt"), "utf8");

/** The seed's nine project tables repeated, renumbered, to make a document of `count` projects. */
export function generatedDocument(count: number): string {
  const start = seed.indexOf(" 1.城镇建设工作经费绩效目标表");
  const head = seed.slice(0, start);
  const tables = seed
    .slice(start)
    .split(/(?= \d+\.[^\n]*绩效目标表\n)/)
    .filter((t) => t.trim() !== "");
  const parts: string[] = [head];
  for (let i = 0; i < count; i++)
    parts.push(tables[i % tables.length].replace(/^ \d+\./, ` ${i + 1}.`));
  return parts.join("");
}

function timeMs(run: () => void, repeat: number): number {
  run(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) run();
  return Number(process.hrtime.bigint() - start) / 1e6 / repeat;
}

export function benchImport(): Figure[] {
  const hundred = generatedDocument(100);
  const thousand = generatedDocument(1000);
  const projects = importPublishedText(thousand).department.projects.length;
  if (projects !== 1000)
    throw new Error(`generated document imported ${projects} projects, not 1000`);
  const seedProjects = importPublishedText(seed).department.projects.length;
  const seedMs = timeMs(() => importPublishedText(seed), 50);
  const lines = (text: string) => text.split("\n").map((line) => line.trim()).length;
  const seedLinesMs = timeMs(() => lines(seed), 50);
  const thousandLinesMs = timeMs(() => lines(thousand), 3);
  const hundredMs = timeMs(() => importPublishedText(hundred), 5);
  const thousandMs = timeMs(() => importPublishedText(thousand), 3);
  const round = (n: number) => Math.round(n * 100) / 100;
  return [
    { name: `import the seed (${seedProjects} projects)`, value: round(seedMs), unit: "ms" },
    {
      name: "  split the seed into trimmed lines (baseline)",
      value: Math.round(seedLinesMs * 1000) / 1000,
      unit: "ms",
    },
    { name: "import a generated document of 100 projects", value: round(hundredMs), unit: "ms" },
    { name: "import a generated document of 1,000 projects", value: round(thousandMs), unit: "ms" },
    {
      name: "  split it into trimmed lines (baseline)",
      value: round(thousandLinesMs),
      unit: "ms",
    },
    {
      name: "1,000 / 100 projects time ratio (linear: about 10)",
      value: round(thousandMs / hundredMs),
      unit: "x",
    },
  ];
}
