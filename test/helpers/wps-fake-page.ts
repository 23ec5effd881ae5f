/**
 * The recording WPS fake inside a browser page, for driving the built WPS pane in Chromium: a
 * script (bundled with esbuild) that fills a fake workbook with the sheets' values made in Node
 * and puts its Application where WPS puts it (`window.Application`, with `window.wps`).
 */
import { buildSync } from "esbuild";
import { join } from "path";
import type { WpsFake } from "./wps-fake";

/** A sheet as the page gets it: its name and its non-empty cells as [row, column, value]. */
export interface SheetCells {
  name: string;
  cells: [number, number, string | number | boolean][];
}

export function sheetCells(fake: WpsFake): SheetCells[] {
  return fake.sheets.map((sheet) => ({
    name: sheet.name,
    cells: [...sheet.cells]
      .filter(([, cell]) => cell.value !== null)
      .map(([key, cell]) => {
        const [row, column] = key.split(",").map(Number);
        return [row, column, cell.value as string | number | boolean];
      }),
  }));
}

/** The init script: the fake as `window.__fake`, its application as `window.Application`. */
export function fakeWorkbookScript(sheets: SheetCells[]): string {
  const bundle = buildSync({
    entryPoints: [join(__dirname, "wps-fake.ts")],
    bundle: true,
    format: "iife",
    globalName: "PtWpsFake",
    platform: "browser",
    target: "es2017",
    write: false,
  }).outputFiles[0].text;
  return `${bundle}
    (function () {
      var sheets = ${JSON.stringify(sheets)};
      var fake = new PtWpsFake.WpsFake(sheets.map(function (s) { return s.name; }));
      sheets.forEach(function (s, i) {
        s.cells.forEach(function (c) { fake.sheets[i].cell(c[0], c[1]).value = c[2]; });
      });
      window.__fake = fake;
      window.Application = fake.application;
      window.wps = window.wps || {};
    })();`;
}
