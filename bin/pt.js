#!/usr/bin/env node
// The `pt` command: runs dist-cli/pt.js, the JavaScript bundled from src/cli at install time
// (npm's `prepare` runs scripts/build-cli.js, so `npm ci` builds it). In a checkout where a source
// file has changed since, the bundle is rebuilt first (esbuild, ~0.2 s); where esbuild is missing
// too, the sources run through tsx (a development dependency) with a note.
const { existsSync, readFileSync, statSync } = require("fs");

// Node 22.1 and later keep the compiled code of the bundle and of ExcelJS between runs; Node 20,
// which the README requires at least, has no such cache, and there this does nothing.
require("module").enableCompileCache?.();
const { join } = require("path");

const root = join(__dirname, "..");
const bundle = join(root, "dist-cli", "pt.js");

/** Whether the bundle is missing or older than a source file it was made from. */
function stale() {
  if (!existsSync(bundle)) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, "dist-cli", "inputs.json"), "utf8"));
  } catch {
    return true;
  }
  const built = statSync(bundle).mtimeMs;
  return inputs.some((file) => {
    const source = statSync(join(root, file), { throwIfNoEntry: false });
    return !source || source.mtimeMs > built;
  });
}

async function load() {
  if (!stale()) return require(bundle);
  try {
    await require("../scripts/build-cli.js").buildCli({ quiet: true });
    return require(bundle);
  } catch (error) {
    if (error.code !== "MODULE_NOT_FOUND") throw error;
    process.stderr.write("（pt 尚未构建：经 tsx 运行源代码；npm run build:cli 可构建）\n");
    require("tsx/cjs/api").register();
    return require("../src/cli/pt.ts");
  }
}

load()
  .then((pt) => pt.main(process.argv.slice(2)))
  .then((code) => process.exit(code));
