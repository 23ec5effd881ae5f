import * as React from "react";
import { Button, Field, FluentProvider, Input, makeStyles, Text, tokens, webLightTheme } from "@fluentui/react-components";
import type { UnitDraft } from "./draft";
import type { PaneHost } from "./host";
import { Strings } from "./i18n";
import { Tag } from "./Notice";
import { ImportPage } from "./ImportPage";
import { OverviewForm } from "./OverviewForm";
import { MonitorPage } from "./MonitorPage";
import { ProjectForm } from "./ProjectForm";
import { ReviewPage } from "./ReviewPage";
import { SelfEvalPage } from "./SelfEvalPage";
import { TargetChecker } from "./TargetChecker";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  row: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    "& > *": { flex: 1, minWidth: 0 },
    // Fluent inputs keep an intrinsic minimum width; in a narrow pane they must shrink.
    "& .fui-Input, & .fui-Select": { minWidth: 0, width: "100%" },
  },
  tabs: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface AppProps {
  strings: Strings;
  host: PaneHost;
}

type TabId = "project" | "overview" | "import" | "review" | "selfeval" | "monitor" | "checker" | "functions";
type TabLabel =
  | "tabProject"
  | "tabOverview"
  | "tabImport"
  | "tabReview"
  | "tabSelfEval"
  | "tabMonitor"
  | "tabChecker"
  | "tabFunctions";
const TABS: [TabId, TabLabel][] = [
  ["project", "tabProject"],
  ["overview", "tabOverview"],
  ["import", "tabImport"],
  ["review", "tabReview"],
  ["selfeval", "tabSelfEval"],
  ["monitor", "tabMonitor"],
  ["checker", "tabChecker"],
  ["functions", "tabFunctions"],
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

export function App({ strings, host }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useFragmentTab();
  const [unit, setUnit] = React.useState<UnitDraft>({ unitCode: "", unitName: "", year: String(new Date().getFullYear()) });
  const unitField = (key: keyof UnitDraft, label: string) => (
    <Field label={label}>
      <Input value={unit[key]} onChange={(_, d) => setUnit((u) => ({ ...u, [key]: d.value }))} data-testid={key} />
    </Field>
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
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
        <nav role="tablist" className={styles.tabs}>
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
            <div className={styles.row}>
              {unitField("unitCode", strings.unitCode)}
              {unitField("year", strings.year)}
            </div>
            {unitField("unitName", strings.unitName)}
          </section>
        )}
        {tab === "project" && <ProjectForm strings={strings} host={host} unit={unit} />}
        {tab === "overview" && <OverviewForm strings={strings} host={host} unit={unit} />}
        {tab === "import" && <ImportPage strings={strings} host={host} />}
        {tab === "review" && <ReviewPage strings={strings} host={host} />}
        {tab === "selfeval" && <SelfEvalPage strings={strings} host={host} />}
        {tab === "monitor" && <MonitorPage strings={strings} host={host} />}
        {tab === "checker" && <TargetChecker strings={strings} />}
        {tab === "functions" && (
          <section aria-label={strings.functionsTitle}>
            {strings.functions.map(([formula, meaning]) => (
              <Text key={formula} block>
                <span className={styles.code}>{formula}</span> — {meaning}
              </Text>
            ))}
          </section>
        )}
      </main>
    </FluentProvider>
  );
}
