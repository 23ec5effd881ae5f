import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { stringsFor } from "./i18n";

function render(inExcel: boolean, language: string | undefined) {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App strings={stringsFor(language)} inExcel={inExcel} />);
}

// Opened in a plain browser (office.js absent or no host), the pane runs as a preview.
if (typeof Office === "undefined") {
  render(false, navigator.language);
} else {
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    render(inExcel, inExcel ? Office.context.displayLanguage : navigator.language);
  });
}
