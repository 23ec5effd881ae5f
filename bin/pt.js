#!/usr/bin/env node
// The `pt` command: runs dist-cli/pt.js, the JavaScript bundled from src/cli at install time
// (npm's `prepare` runs scripts/build-cli.js, so `npm ci` builds it). In a checkout where a source
// file has changed since, the bundle is rebuilt first (esbuild, ~0.2 s); where esbuild is missing
// too, the sources run through tsx (a development dependency) with a note.
const { existsSync, readFileSync, statSync } = require("fs");
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
    const path = join(root, file);
    return !existsSync(path) || statSync(path).mtimeMs > built;
  });
}

function load() {
  if (!stale()) return require(bundle);
  try {
    require("../scripts/build-cli.js").buildCli({ quiet: true });
    return require(bundle);
  } catch (error) {
    if (error.code !== "MODULE_NOT_FOUND") throw error;
    process.stderr.write("（pt 尚未构建：经 tsx 运行源代码；npm run build:cli 可构建）\n");
    require("tsx/cjs/api").register();
    return require("../src/cli/pt.ts");
  }
}

load()
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
