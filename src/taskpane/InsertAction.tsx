import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { SheetPlan } from "../core/layout/plan";
import type { Progress as OnProgress } from "../hosts/excel";
import type { InsertOutcome, PaneHost } from "./host";
import type { PaneStrings } from "./i18n";
import { Notice, Progress } from "./Notice";

type Status =
  | { state: "idle" }
  | { state: "working"; done: number; total: number; sheet: string }
  | { state: "done"; message: string }
  | { state: "failed"; message: string };

export interface InsertActionProps {
  strings: PaneStrings;
  host: PaneHost;
  label: string;
  /** Problems that stop the insert; shown instead of running it. */
  problems: string[];
  plan?: (taken: string[]) => SheetPlan[];
  /** Instead of `plan`: the whole insert, for pages that read the workbook first. */
  insert?: (onProgress: OnProgress) => Promise<InsertOutcome>;
  /** The button's test id, where a page has more than one action. */
  testId?: string;
}

/** The insert button with its progress and a clear result or error. */
export function InsertAction({ strings, host, label, problems, plan, insert, testId = "insert" }: InsertActionProps) {
  const [status, setStatus] = React.useState<Status>({ state: "idle" });
  const [tried, setTried] = React.useState(false);

  const run = async () => {
    setTried(true);
    if (problems.length > 0) return;
    setStatus({ state: "working", done: 0, total: 1, sheet: "" });
    try {
      const progress: OnProgress = (done, total, sheet) => setStatus({ state: "working", done, total, sheet });
      const outcome = await (insert ? insert(progress) : host.insert(plan ?? (() => []), progress));
      const message = outcome.file
        ? `${strings.downloaded}：${outcome.file}（${outcome.sheets.join("、")}）`
        : `${strings.insertedSheets}：${outcome.sheets.join("、")}`;
      setStatus({ state: "done", message });
    } catch (error) {
      setStatus({ state: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div style={{ display: "flex", flexDirection: "column", rowGap: 8 }}>
      <Button appearance="primary" onClick={run} disabled={status.state === "working"} data-testid={testId}>
        {label}
      </Button>
      {tried && problems.length > 0 && (
        <Notice intent="warning">
          {strings.fixFirst}：{problems.join("；")}
        </Notice>
      )}
      {status.state === "working" && (
        <div>
          <Progress value={status.total > 0 ? status.done / status.total : undefined} />
          <Text size={200}>
            {strings.inserting} {status.done}/{status.total} {status.sheet}
          </Text>
        </div>
      )}
      {status.state === "done" && (
        <Notice intent="success" testId="result">
          {status.message}
        </Notice>
      )}
      {status.state === "failed" && (
        <Notice intent="error" testId="result">
          {strings.failed}：{status.message}
        </Notice>
      )}
    </div>
  );
}
