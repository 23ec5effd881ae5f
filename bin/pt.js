#!/usr/bin/env node
// The `pt` command: runs the TypeScript sources through tsx, so the package needs no build step.
require("tsx/cjs/api").register();
require("../src/cli/pt.ts")
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
