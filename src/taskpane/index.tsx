import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { excelHost, PaneHost, previewHost } from "./host";
import { stringsFor } from "./i18n";

function render(host: PaneHost, language: string | undefined) {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App strings={stringsFor(language)} host={host} />);
}

// Opened in a plain browser (office.js absent, or Office.onReady without a host) the pane runs as
// a preview that downloads the workbook instead of inserting it.
if (typeof Office === "undefined") {
  render(previewHost(), navigator.language);
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) render(excelHost(), Office.context.displayLanguage);
    else render(previewHost(), navigator.language);
  });
}
