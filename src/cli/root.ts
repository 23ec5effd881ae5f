/**
 * The package's own folder (where package.json, samples/ and the built add-ins are), found by
 * walking up from this file: the same answer from the sources (src/cli, run by tsx or Jest) and
 * from the bundle built at install time (dist-cli/pt.js), which sit at different depths.
 */
import { existsSync } from "fs";
import { dirname, join } from "path";

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "samples"))) return dir;
    if (dirname(dir) === dir) return join(start, "..", "..");
  }
}

export const PACKAGE_ROOT = findRoot(__dirname);
