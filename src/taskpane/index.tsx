import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { associateCommands } from "./commands";
import { excelHost, PaneHost, previewHost, wpsHost } from "./host";
import { stringsFor } from "./i18n";
import { addPaneStyles } from "./styles";

function render(host: PaneHost, language: string | undefined) {
  const container = document.getElementById("container");
  addPaneStyles();
  // Chinese is at hand; English text loads first, only where Office runs in English.
  void stringsFor(language).then((strings) => {
    if (container) createRoot(container).render(<App strings={strings} host={host} />);
  });
}

// In WPS the page has the ET object model (window.Application) and no office.js. Opened in a plain
// browser (office.js absent, or Office.onReady without a host) the pane runs as a preview that
// downloads the workbook instead of inserting it.
const wpsApplication = (window as unknown as { Application?: Et.Application; wps?: unknown }).wps
  ? (window as unknown as { Application?: Et.Application }).Application
  : undefined;
if (wpsApplication) {
  render(wpsHost(wpsApplication), navigator.language);
} else if (typeof Office === "undefined") {
  render(previewHost(), navigator.language);
} else {
  // Excel's ribbon commands run in this page (the shared runtime), associated as it loads. A plain
  // browser's office.js may lack them: the preview has no ribbon.
  if (typeof Office.actions?.associate === "function") associateCommands(Office);
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) render(excelHost(), Office.context.displayLanguage);
    else render(previewHost(), navigator.language);
  });
}
