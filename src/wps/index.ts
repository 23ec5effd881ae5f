/**
 * The WPS start page: registers the PT functions and answers the ribbon. Ribbon callbacks are
 * synchronous, as WPS's older web view expects. A ribbon button on an open pane changes only the
 * page's fragment (taskpane.html#import); the pane follows it (taskpane/App.tsx).
 */
import { registerFunctions } from "./register";

const PANE_KEY = "pt_taskpane_id";
const TABS: Record<string, string> = {
  ptOpenPane: "project",
  ptNewProject: "project",
  ptOverview: "overview",
  ptImport: "import",
  ptReview: "review",
  ptSelfEval: "selfeval",
  ptMonitor: "monitor",
  ptChecker: "checker",
  ptSelfTest: "selftest",
};

function here(file: string): string {
  return new URL(file, window.location.href).href;
}

/** Opens the task pane (once) on the tab the button asks for. */
export function openPane(root: WPS.AddonRoot, tab: string): void {
  const url = `${here("taskpane.html")}#${tab}`;
  const id = root.PluginStorage.getItem(PANE_KEY);
  if (id) {
    const pane = root.GetTaskPane(Number(id));
    pane.Navigate(url);
    pane.Visible = true;
    return;
  }
  const pane = root.CreateTaskPane(url, "绩效目标表助手");
  root.PluginStorage.setItem(PANE_KEY, String(pane.ID));
  pane.Visible = true;
}

const root = (window as unknown as { wps?: WPS.AddonRoot & WPS.EtAddonRoot }).wps;

(window as unknown as { ribbon: unknown }).ribbon = {
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: { Id: string }): boolean {
    if (root) openPane(root, TABS[control.Id] ?? "project");
    return true;
  },
  GetImage(): string {
    return "assets/icon-32.png";
  },
};

if (root && typeof root.AddCustomFunction === "function") {
  // Help in English only where WPS itself runs in English; the functions' answers stay Chinese.
  const language = /^en\b/i.test(navigator.language) ? "en" : "zh";
  const registered = registerFunctions(root, { language });
  (window as unknown as { ptRegistered: string[] }).ptRegistered = registered;
}
