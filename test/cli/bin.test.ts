/**
 * The installed command: `pt` runs the JavaScript bundled from src/cli (dist-cli/pt.js, built by
 * npm's `prepare`), not the TypeScript sources through tsx; and every command explains itself
 * with --help.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, statSync, utimesSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { COMMANDS, main } from "../../src/cli/pt";
import { readXlsx } from "../../src/hosts/xlsx";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "pt-bin-"));
const bundle = join(root, "dist-cli", "pt.js");
const { buildCli } = require("../../scripts/build-cli.js") as {
  buildCli: (o?: { quiet?: boolean }) => Promise<void>;
};

const pt = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, "bin", "pt.js"), ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 120_000,
  });

describe("the built command", () => {
  beforeAll(() => buildCli({ quiet: true }), 120_000);

  it("is one CommonJS file that loads no TypeScript and leaves the packages outside", () => {
    const code = readFileSync(bundle, "utf8");
    expect(code).not.toMatch(/require\("tsx/);
    expect(code).not.toMatch(/\.ts"\)/);
    // ExcelJS is required from node_modules, not copied in: its Workbook alone, not the entry
    // that also loads the streaming reader and writer.
    expect(code).toContain('require("exceljs/lib/doc/workbook")');
    expect(code).not.toMatch(/require\("exceljs"\)/);
    expect(code).not.toMatch(/class Workbook\b/);
    // pdf.js stays the ES module it is, imported at first use.
    expect(code).toContain('"pdfjs-dist/legacy/build/pdf.mjs"');
  });

  it("requires the very Workbook class the package exports", () => {
    expect(require("exceljs/lib/doc/workbook")).toBe(require("exceljs").Workbook);
  });

  it("builds the sample department from another folder, running the bundle", async () => {
    const before = statSync(bundle).mtimeMs;
    const out = join(dir, "部门.xlsx");
    const result = pt("build", "-o", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const sheets = (await readXlsx(readFileSync(out))).worksheets;
    expect(result.stdout).toContain(`已写入 ${out}：${sheets.length} 张工作表`);
    expect(sheets.length).toBeGreaterThan(1);
    // Nothing was stale, so nothing was rebuilt.
    expect(statSync(bundle).mtimeMs).toBe(before);
  }, 120_000);

  it("rebuilds the bundle first when a source file is newer", () => {
    const source = statSync(join(root, "src", "cli", "root.ts")).mtimeMs;
    const earlier = new Date(source - 60_000);
    utimesSync(bundle, earlier, earlier);
    const result = pt("--help");
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(source);
  }, 120_000);

  it("exits 2 with the reason on a missing file", () => {
    const result = pt("read", "没有这个文件.xlsx");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("找不到文件");
  }, 120_000);
});

describe("pt <command> --help", () => {
  it.each(COMMANDS.map((c) => [c.name, c]))(
    "%s --help prints its usage and exits 0",
    async (name, command) => {
      for (const flag of ["--help", "-h"]) {
        let out = "";
        let err = "";
        const code = await main([name, flag], { out: (t) => (out += t), err: (t) => (err += t) });
        expect({ code, err }).toEqual({ code: 0, err: "" });
        expect(out).toContain(command.usage);
        // Only this command's usage, not the whole list.
        for (const other of COMMANDS.filter((c) => c !== command))
          expect(out).not.toContain(other.usage);
      }
    }
  );

  it("the general usage says how to get a command's help", async () => {
    let out = "";
    expect(await main(["--help"], { out: (t) => (out += t), err: () => {} })).toBe(0);
    for (const command of COMMANDS) expect(out).toContain(`pt ${command.name}`);
    expect(out).toContain("--help");
  });
});
