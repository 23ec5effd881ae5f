import * as React from "react";
import { Button, Field, FluentProvider, Input, Text, webLightTheme } from "@fluentui/react-components";
import { onSelfTestRequest, selfTestWanted } from "./commands";
import type { UnitDraft } from "./draft";
import type { PaneHost } from "./host";
import { PaneStrings, pageStringsFor, Strings } from "./i18n";
import { Tag } from "./Notice";
import { ProjectForm } from "./ProjectForm";

// Every page but the first loads when its tab is opened, so the pane starts with the project form
// alone (the importers, the review rules, the function catalog and the pages' text come with them).
const OverviewForm = React.lazy(() =>
  import(/* webpackChunkName: "page-overview" */ "./OverviewForm").then((m) => ({ default: m.OverviewForm }))
);
const ImportPage = React.lazy(() =>
  import(/* webpackChunkName: "page-import" */ "./ImportPage").then((m) => ({ default: m.ImportPage }))
);
const ReviewPage = React.lazy(() =>
  import(/* webpackChunkName: "page-review" */ "./ReviewPage").then((m) => ({ default: m.ReviewPage }))
);
const SelfEvalPage = React.lazy(() =>
  import(/* webpackChunkName: "page-selfeval" */ "./SelfEvalPage").then((m) => ({ default: m.SelfEvalPage }))
);
const MonitorPage = React.lazy(() =>
  import(/* webpackChunkName: "page-monitor" */ "./MonitorPage").then((m) => ({ default: m.MonitorPage }))
);
const TargetChecker = React.lazy(() =>
  import(/* webpackChunkName: "page-checker" */ "./TargetChecker").then((m) => ({ default: m.TargetChecker }))
);
const SelfTestPage = React.lazy(() =>
  import(/* webpackChunkName: "page-selftest" */ "./SelfTestPage").then((m) => ({ default: m.SelfTestPage }))
);
const FunctionsPage = React.lazy(() =>
  import(/* webpackChunkName: "page-functions" */ "./FunctionsPage").then((m) => ({ default: m.FunctionsPage }))
);

export interface AppProps {
  strings: PaneStrings;
  host: PaneHost;
}

type TabId = "project" | "overview" | "import" | "review" | "selfeval" | "monitor" | "checker" | "functions" | "selftest";
type TabLabel =
  | "tabProject"
  | "tabOverview"
  | "tabImport"
  | "tabReview"
  | "tabSelfEval"
  | "tabMonitor"
  | "tabChecker"
  | "tabFunctions"
  | "tabSelfTest";
const TABS: [TabId, TabLabel][] = [
  ["project", "tabProject"],
  ["overview", "tabOverview"],
  ["import", "tabImport"],
  ["review", "tabReview"],
  ["selfeval", "tabSelfEval"],
  ["monitor", "tabMonitor"],
  ["checker", "tabChecker"],
  ["functions", "tabFunctions"],
  ["selftest", "tabSelfTest"],
];

/** The tab a page fragment names (#import), if any. */
function tabOfFragment(hash: string): TabId | null {
  const wanted = hash.slice(1);
  return TABS.some(([id]) => id === wanted) ? (wanted as TabId) : null;
}

/**
 * The tab, following the page's fragment: WPS's ribbon opens the pane on taskpane.html#import and,
 * on a pane already open, changes only the fragment (no reload). A tab picked in the pane is
 * written back to the fragment when there is one, so the next ribbon button is a change again.
 */
function useFragmentTab(): [TabId, (tab: TabId) => void] {
  const [tab, setTab] = React.useState<TabId>(() => tabOfFragment(window.location.hash) ?? "project");
  React.useEffect(() => {
    const follow = () => {
      const wanted = tabOfFragment(window.location.hash);
      if (wanted) setTab(wanted);
    };
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const choose = React.useCallback((next: TabId) => {
    setTab(next);
    // Only where the fragment names tabs (WPS); Excel's pane URL has none and keeps it that way.
    if (tabOfFragment(window.location.hash)) window.history.replaceState(null, "", `#${next}`);
  }, []);
  return [tab, choose];
}

/** Excel's 自检 ribbon button (commands.ts) turns the pane to 自检, where the page starts it. */
function useSelfTestRequests(choose: (tab: TabId) => void): void {
  React.useEffect(() => {
    const follow = () => choose("selftest");
    if (selfTestWanted()) follow();
    return onSelfTestRequest(follow);
  }, [choose]);
}

/** All the text, for the other pages: loaded when a tab other than the project form is first opened. */
function usePageStrings(strings: PaneStrings, wanted: boolean): Strings | null {
  const [loaded, setLoaded] = React.useState<Strings | null>(null);
  React.useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    void pageStringsFor(strings).then((all) => {
      if (live) setLoaded(all);
    });
    return () => {
      live = false;
    };
  }, [strings, wanted, loaded]);
  return loaded;
}

export function App({ strings, host }: AppProps) {
  const [tab, setTab] = useFragmentTab();
  useSelfTestRequests(setTab);
  const pages = usePageStrings(strings, tab !== "project");
  const [unit, setUnit] = React.useState<UnitDraft>({ unitCode: "", unitName: "", year: String(new Date().getFullYear()) });
  const unitField = (key: keyof UnitDraft, label: string) => (
    <Field label={label}>
      <Input value={unit[key]} onChange={(_, d) => setUnit((u) => ({ ...u, [key]: d.value }))} data-testid={key} />
    </Field>
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <main className="pt-root">
        <header>
          <Text as="h1" size={500} weight="semibold" block>
            {strings.title}
          </Text>
          <Text size={200} block>
            {strings.subtitle}
          </Text>
          <Tag intent={host.kind === "preview" ? "info" : "success"}>
            {host.kind === "excel" ? strings.hostExcel : host.kind === "wps" ? strings.hostWps : strings.hostPreview}
          </Tag>
        </header>
        <nav role="tablist" className="pt-tabs">
          {TABS.map(([id, label]) => (
            <Button
              key={id}
              role="tab"
              aria-selected={tab === id}
              size="small"
              appearance={tab === id ? "primary" : "subtle"}
              onClick={() => setTab(id)}
            >
              {strings[label]}
            </Button>
          ))}
        </nav>
        {(tab === "project" || tab === "overview") && (
          <section aria-label={strings.unitSection}>
            <div className="pt-row">
              {unitField("unitCode", strings.unitCode)}
              {unitField("year", strings.year)}
            </div>
            {unitField("unitName", strings.unitName)}
          </section>
        )}
        {tab === "project" && <ProjectForm strings={strings} host={host} unit={unit} />}
        {/* Keyed by the tab: the page left goes at once, not kept hidden while the next one loads. */}
        <React.Suspense key={tab} fallback={<Text>{strings.loading}</Text>}>
          {tab !== "project" && !pages && <Text>{strings.loading}</Text>}
          {pages && tab === "overview" && <OverviewForm strings={pages} host={host} unit={unit} />}
          {pages && tab === "import" && <ImportPage strings={pages} host={host} />}
          {pages && tab === "review" && <ReviewPage strings={pages} host={host} />}
          {pages && tab === "selfeval" && <SelfEvalPage strings={pages} host={host} />}
          {pages && tab === "monitor" && <MonitorPage strings={pages} host={host} />}
          {pages && tab === "checker" && <TargetChecker strings={pages} />}
          {pages && tab === "functions" && <FunctionsPage strings={pages} />}
          {pages && tab === "selftest" && <SelfTestPage strings={pages} host={host} />}
        </React.Suspense>
      </main>
    </FluentProvider>
  );
}
