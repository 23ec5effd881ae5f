/**
 * 自检: runs the host's self-test (a temporary sheet, every host call the add-in relies on, each PT
 * function through the host's recalculation) and shows the report to copy and send to IT. Opened
 * from a ribbon it starts at once (WPS: the fragment #selftest; Excel: the 自检 command, see
 * commands.ts); in the pane it waits for the button.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { SelfTestReport } from "../hosts/selftest";
import { onSelfTestRequest, takeSelfTestRequest } from "./commands";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { Notice } from "./Notice";

export function SelfTestPage({ strings, host }: { strings: Strings; host: PaneHost }) {
  const [running, setRunning] = React.useState(false);
  const [report, setReport] = React.useState<{ text: string; failed: number } | null>(null);
  const [error, setError] = React.useState("");
  const [copied, setCopied] = React.useState(false);
  // A second request while one runs is the same question: the running one answers it.
  const busy = React.useRef(false);

  const start = React.useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    setError("");
    setCopied(false);
    try {
      const result: SelfTestReport = await host.selfTest();
      const { reportText } = await import(/* webpackChunkName: "selftest" */ "../hosts/selftest");
      setReport({ text: reportText(result), failed: result.steps.filter((s) => !s.ok).length });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }, [host]);

  React.useEffect(() => {
    const follow = () => {
      if (takeSelfTestRequest()) void start();
    };
    follow();
    return onSelfTestRequest(follow);
  }, [start]);

  React.useEffect(() => {
    if (window.location.hash === "#selftest" && host.kind === "wps") void start();
  }, [host, start]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report?.text ?? "");
      setCopied(true);
    } catch {
      // Older web views refuse the clipboard: the text is selected for Ctrl+C instead.
      (document.querySelector("[data-testid=selftest-report]") as HTMLTextAreaElement | null)?.select();
    }
  };

  return (
    <section aria-label={strings.selfTestTitle} className="pt-form">
      <Text weight="semibold">{strings.selfTestTitle}</Text>
      <Text size={200}>{strings.selfTestHint}</Text>
      <Button appearance="primary" disabled={running} onClick={() => void start()} data-testid="selftest-run">
        {running ? strings.selfTestRunning : strings.selfTestRun}
      </Button>
      {error && <Notice intent="error">{error}</Notice>}
      {report && (
        <>
          <Notice intent={report.failed === 0 ? "success" : "warning"} testId="selftest-summary">
            {report.failed === 0 ? strings.selfTestPassed : `${report.failed} ${strings.selfTestFailed}`}
          </Notice>
          <textarea readOnly rows={16} value={report.text} data-testid="selftest-report" style={{ width: "100%", fontFamily: "monospace", fontSize: 12 }} />
          <Button onClick={() => void copy()}>{copied ? strings.selfTestCopied : strings.selfTestCopy}</Button>
        </>
      )}
    </section>
  );
}
