/** The gathered TSV files of data/library, for the build and check scripts and their tests. */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

export const LIBRARY_DIR = join(__dirname, "..", "data", "library");

export function readLibraryDir(dir = LIBRARY_DIR): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".tsv"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}
