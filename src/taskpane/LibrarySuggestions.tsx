/**
 * 指标库 suggestions on the project form: from the project's name and purpose (绩效目标), the
 * ranked 三级指标 that published tables of that kind of project use, as the tree 一级 › 二级 › 三级,
 * each with its typical 指标值, its 依据 and how many tables use it, and a button that adds it as a
 * row. This panel and the library (index and data) are one chunk, which the form loads when a
 * name is first typed (showing that it is loading); the search runs once typing pauses.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { byFormOrder } from "../core/framework";
import type { LibrarySuggestion } from "../core/library/search";
import type { PaneStrings } from "./i18n";

type Search = typeof import("../core/library/search");

/** How long typing must pause before the library is searched (ms). */
const PAUSE = 300;

let library: Promise<Search> | null = null;

/**
 * The library's search, fetched once; a failed fetch is forgotten, so the next query retries. In
 * this panel's own chunk, so at hand when the panel is.
 */
function loadLibrary(): Promise<Search> {
  library ??= import(/* webpackChunkName: "library" */ "../core/library/search").catch(
    (error: unknown) => {
      library = null;
      throw error;
    }
  );
  return library;
}

/** `value` once it has stayed the same for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = React.useState(value);
  React.useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export type LibraryState =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "failed" }
  | { state: "ready"; suggestions: LibrarySuggestion[] };

/** The suggestions for a name and purpose, searched when typing pauses. */
export function useLibrarySuggestions(name: string, purpose: string): LibraryState {
  // One string, so that the effect runs when either part changes and not on every render.
  const query = useSettled(JSON.stringify([name.trim(), purpose.trim()]), PAUSE);
  const [result, setResult] = React.useState<LibraryState>({ state: "loading" });
  React.useEffect(() => {
    const [settledName, settledPurpose] = JSON.parse(query) as [string, string];
    if (settledName === "") {
      setResult({ state: "idle" });
      return;
    }
    let live = true;
    setResult((previous) => (previous.state === "ready" ? previous : { state: "loading" }));
    loadLibrary().then(
      (search) => {
        if (live)
          setResult({
            state: "ready",
            suggestions: search.suggestIndicators({ name: settledName, purpose: settledPurpose }),
          });
      },
      () => live && setResult({ state: "failed" })
    );
    return () => {
      live = false;
    };
  }, [query]);
  return result;
}

/** The suggestions under their 一级 › 二级, the branches in form order (as the CLI's tree), each
 * branch's suggestions best first. */
function branches(suggestions: LibrarySuggestion[]): [string, LibrarySuggestion[]][] {
  const grouped = new Map<string, LibrarySuggestion[]>();
  for (const s of [...suggestions].sort(byFormOrder)) {
    const branch = `${s.level1} › ${s.level2}`;
    grouped.set(branch, [...(grouped.get(branch) ?? []), s]);
  }
  return [...grouped];
}

/** `≥95%（12）、100%（3）`: the typical values with how many tables write each. */
const valuesText = (s: LibrarySuggestion) =>
  s.values.map((v) => (v.count > 1 ? `${v.text}（${v.count}）` : v.text)).join("、");

/** 常见指标值：…；依据：…；N 份公开表格使用 (a part left out when the library has nothing for it). */
function facts(strings: PaneStrings, s: LibrarySuggestion): string {
  return [
    s.values.length > 0 ? `${strings.libraryValues}：${valuesText(s)}` : "",
    s.bases.length > 0 ? `${strings.libraryBases}：${s.bases.join("、")}` : "",
    `${s.tables} ${strings.libraryTables}`,
  ]
    .filter((part) => part !== "")
    .join("；");
}

export interface LibrarySuggestionsProps {
  strings: PaneStrings;
  name: string;
  purpose: string;
  /** Whether the form already has a row for this suggestion. */
  added: (suggestion: LibrarySuggestion) => boolean;
  onAdd: (suggestion: LibrarySuggestion) => void;
}

export function LibrarySuggestions({ strings, name, purpose, added, onAdd }: LibrarySuggestionsProps) {
  const result = useLibrarySuggestions(name, purpose);
  if (result.state === "idle") return null;
  return (
    <section className="pt-library" aria-label={strings.librarySection} data-testid="library">
      <Text weight="semibold">{strings.librarySection}</Text>
      <Text size={200}>{strings.libraryHint}</Text>
      {result.state === "loading" && <Text size={200}>{strings.libraryLoading}</Text>}
      {result.state === "failed" && <Text size={200}>{strings.libraryFailed}</Text>}
      {result.state === "ready" && result.suggestions.length === 0 && <Text size={200}>{strings.libraryNone}</Text>}
      {result.state === "ready" &&
        branches(result.suggestions).map(([branch, items]) => (
          <div key={branch} className="pt-library-branch">
            <Text size={200} weight="semibold">
              {branch}
            </Text>
            {items.map((s) => {
              const done = added(s);
              return (
                <div key={s.level3} className="pt-library-item" data-testid="suggestion">
                  <div className="pt-library-head">
                    <Text>{s.level3}</Text>
                    <Button size="small" disabled={done} onClick={() => onAdd(s)} aria-label={`${strings.libraryAdd} ${s.level3}`}>
                      {done ? strings.libraryAdded : strings.libraryAdd}
                    </Button>
                  </div>
                  <Text size={200} className="pt-library-facts">
                    {facts(strings, s)}
                  </Text>
                </div>
              );
            })}
          </div>
        ))}
    </section>
  );
}
