/**
 * The 导出为预算系统导入格式 section as the import page renders it (server-side, without a
 * browser): the column sets to choose from, what the export will say with its cells, and the
 * button, worded for the host (a new sheet in Excel / WPS, a download in the preview).
 */
import * as React from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FLAT_COLUMN_SETS } from "../../src/core/layout/flat-columns";
import { Strings, zh } from "../../src/taskpane/i18n";
import { zhPages } from "../../src/taskpane/i18n-pages";
import { FlatExport } from "../../src/taskpane/FlatExport";
import { previewHost, PaneHost } from "../../src/taskpane/host";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

const strings: Strings = { ...zh, ...zhPages };

/** The section's markup from the server renderer, with its entities and text separators undone. */
function render(host: PaneHost): string {
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <FlatExport strings={strings} host={host} department={SEED_DEPARTMENT} />
    </FluentProvider>
  );
  return html
    .slice(html.indexOf("<section"))
    .replace(/<!-- -->/g, "")
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

it("offers the column sets, lists what the export will say and names the download", () => {
  const html = render(previewHost(() => undefined));
  for (const set of Object.values(FLAT_COLUMN_SETS)) expect(html).toContain(set.title);
  expect(html).toContain(strings.flatExportPreview);
  // The seed's five values without a sign and two references, each with its cell.
  expect(html).toContain(`${strings.flatNotes}（7）`);
  expect(html).toContain("单元格 '预算系统导入'!I15：“23 个”没有计算符号");
  expect(html).toContain(strings.flatExport);
});

it("says it writes a new sheet inside a host", () => {
  const host = { ...previewHost(() => undefined), kind: "wps" } as PaneHost;
  expect(render(host)).toContain(strings.flatExportHost);
});
