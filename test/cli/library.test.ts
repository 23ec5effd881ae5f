/**
 * `pt library`: the suggestions for a project name as a tree or JSON, and a library built from a
 * folder of tables (the bundled seed) and searched with --library.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/pt";
import { LIBRARY } from "../../src/core/library/search";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "pt-library-"));

async function run(...args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("pt library 项目名称", () => {
  // A project of the library itself: its own rows are among the best suggestions.
  const table = LIBRARY.tables.find((t) => t.entries.length >= 3)!;

  it("prints the suggestions as the indicator tree", async () => {
    const { code, out, err } = await run("library", table.name);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toMatch(/^“.+”的推荐指标/);
    expect(out).toMatch(/^(产出指标|效益指标|满意度指标|成本指标)$/m);
    const own = table.entries.map((e) => LIBRARY.entries[e].level3);
    expect(own.some((name) => out.includes(`    ${name}  常见指标值：`))).toBe(true);
  });

  it("gives JSON with --json, as many as --limit", async () => {
    const { code, out } = await run("library", table.name, "--limit", "4", "--json");
    expect(code).toBe(0);
    const found = JSON.parse(out) as { level3: string; tables: number; values: unknown[] }[];
    expect(found).toHaveLength(4);
    for (const s of found) {
      expect(s.tables).toBeGreaterThan(0);
      expect(s.values.length).toBeGreaterThan(0);
    }
  });

  it("refuses a missing name or a bad limit with exit code 2", async () => {
    expect((await run("library")).code).toBe(2);
    const bad = await run("library", "营养改善", "--limit", "十五");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--limit");
  });

  it("says so when nothing is near", async () => {
    const { code, out } = await run("library", "ＸＹＺ");
    expect(code).toBe(0);
    expect(out).toContain("没有与");
  });
});

describe("pt library --build", () => {
  const folder = join(dir, "tables");
  const output = join(dir, "本县指标库.json");

  beforeAll(() => {
    mkdirSync(folder);
    copyFileSync(join(root, "samples", "seed-zhengding-2023.txt"), join(folder, "seed.txt"));
  });

  it("builds a library from the tables the importers read", async () => {
    const { code, out, err } = await run("library", "--build", folder, "-o", output);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const rows = SEED_DEPARTMENT.projects.reduce((sum, p) => sum + p.indicators.length, 0);
    expect(out).toContain(`${SEED_DEPARTMENT.projects.length} 个项目、${rows} 行指标`);
    const built = JSON.parse(readFileSync(output, "utf8"));
    expect(built.tables).toHaveLength(SEED_DEPARTMENT.projects.length);
    expect(built.tables[0].name).toBe(SEED_DEPARTMENT.projects[0].name);
  });

  it("searches the built library with --library", async () => {
    const project = SEED_DEPARTMENT.projects[3];
    const { code, out } = await run("library", project.name, "--library", output, "--json");
    expect(code).toBe(0);
    const names = (JSON.parse(out) as { level3: string }[]).map((s) => s.level3);
    expect(names).toEqual(expect.arrayContaining([project.indicators[0].level3]));
  });

  it("goes on past a file it cannot read, and exits 2", async () => {
    writeFileSync(join(folder, "notes.txt"), "这不是绩效目标表");
    const { code, err } = await run("library", "--build", folder, "-o", join(dir, "again.json"));
    expect(code).toBe(2);
    expect(err).toContain("notes.txt [无法读取]");
  });

  it("refuses a file that is not a library", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ hello: 1 }));
    const { code, err } = await run("library", "营养改善", "--library", bad);
    expect(code).toBe(2);
    expect(err).toContain("不是 pt library --build 生成的指标库");
  });
});
