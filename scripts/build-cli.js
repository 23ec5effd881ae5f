/**
 * Bundles the `pt` command (src/cli/pt.ts and the core it uses) into one CommonJS file,
 * dist-cli/pt.js, so that `pt` starts as plain JavaScript without compiling TypeScript at run time.
 * Run by npm's `prepare` (so `npm ci` builds it) and by bin/pt.js when a source file is newer than
 * the bundle. Packages stay outside the bundle and load from node_modules as they are: ExcelJS,
 * and pdf.js, which is an ES module that src/core/import/pdf/pdfjs.ts imports at first use.
 * Of ExcelJS the bundle requires the Workbook class alone (see EXCELJS_WORKBOOK_ONLY).
 * Also writes dist-cli/inputs.json, the source files the bundle was made from, for that check.
 */
const { build } = require("esbuild");
const { mkdirSync, renameSync, writeFileSync } = require("fs");
const { join, relative } = require("path");

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "dist-cli");

/**
 * `import ExcelJS from "exceljs"` in the bundle: an object holding the package's Workbook class
 * (the one class src/hosts/xlsx.ts uses at run time), required from its own file. The package's
 * entry also requires its streaming reader and writer (unzipper, archiver and what they need),
 * which pt never uses and which take about half the time ExcelJS takes to load.
 * A plugin, not `alias`: an alias would rewrite the deep path "exceljs/lib/…" as well.
 */
const EXCELJS_WORKBOOK_ONLY = {
  name: "exceljs-workbook-only",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^exceljs$/ }, () => ({ path: "exceljs", namespace: "workbook" }));
    esbuild.onLoad({ filter: /.*/, namespace: "workbook" }, () => ({
      contents: 'module.exports = { Workbook: require("exceljs/lib/doc/workbook") };',
      loader: "js",
      resolveDir: ROOT,
    }));
  },
};

async function buildCli({ quiet = false } = {}) {
  mkdirSync(OUT, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/pt.ts"],
    outfile: join(OUT, "pt.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    plugins: [EXCELJS_WORKBOOK_ONLY],
    metafile: true,
    write: false,
    logLevel: quiet ? "error" : "warning",
  });
  // Written aside and renamed into place: a `pt` started meanwhile (tests run several at once)
  // loads the old bundle or the new one, never half of one.
  for (const file of result.outputFiles) {
    const aside = `${file.path}.${process.pid}.tmp`;
    writeFileSync(aside, file.contents);
    renameSync(aside, file.path);
  }
  const inputs = Object.keys(result.metafile.inputs).filter(
    (p) => !p.startsWith("node_modules") && !p.includes(":")
  );
  const list = join(OUT, `inputs.json.${process.pid}.tmp`);
  writeFileSync(list, JSON.stringify(inputs));
  renameSync(list, join(OUT, "inputs.json"));
  if (!quiet)
    console.log(`已构建 ${relative(ROOT, join(OUT, "pt.js"))}（${inputs.length} 个源文件）`);
}

module.exports = { buildCli };

if (require.main === module)
  buildCli().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
