/**
 * 审核: reviews the whole workbook the host reads (every project sheet, the overview, the 汇总) with
 * the review rules of src/core/review, lists the findings by sheet with counts of errors and
 * warnings, and shows a finding's cell on a click. Reading and selecting are the host's; nothing
 * in the workbook is changed. In the preview the host reads a chosen .xlsx file and a click says
 * where the cell is.
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Problem, Severity } from "../core/problem";
import type { ReviewResult } from "../core/review/result";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { FlatExport } from "./FlatExport";
import { Notice, Progress, Tag } from "./Notice";
import { cellOf, groupBySheet, selectable } from "./review-view";
import {
  rememberedChoice,
  ReviewChoice,
  ReviewSettingsPicker,
  settingsOf,
} from "./review-settings";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  counts: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  group: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    "& > span": { marginLeft: tokens.spacingHorizontalXS },
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  finding: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    background: "none",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: "inherit",
    borderRadius: tokens.borderRadiusMedium,
    "& > span:first-child": { marginTop: 0, marginRight: tokens.spacingHorizontalXS },
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalXS },
});

/** The review core loads on first use, with the importers it reads the sheets with. */
const reviewCore = () =>
  Promise.all([
    import(/* webpackChunkName: "review" */ "../core/review/result"),
    import(/* webpackChunkName: "review" */ "../core/review/settings"),
  ]);

type Run =
  | { state: "idle" }
  | { state: "reading" }
  | { state: "checking"; sheets: number }
  | { state: "done"; result: ReviewResult; sheets: number }
  | { state: "failed"; message: string };

/** What a click on a finding did: selected its cell, or (preview) said where it is, or failed. */
interface Shown {
  problem: Problem;
  intent: "success" | "info" | "error";
  text: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ReviewPage({ strings, host }: { strings: Strings; host: PaneHost }) {
  const styles = useStyles();
  const [run, setRun] = React.useState<Run>({ state: "idle" });
  const [shown, setShown] = React.useState<Shown | null>(null);
  const [everRun, setEverRun] = React.useState(false);
  const [choice, setChoice] = React.useState<ReviewChoice>(rememberedChoice);
  const busy = run.state === "reading" || run.state === "checking";
  const severityWord: Record<Severity, string> = {
    error: strings.reviewErrors,
    warning: strings.reviewWarnings,
    info: strings.reviewInfo,
  };

  const start = async () => {
    setEverRun(true);
    setShown(null);
    setRun({ state: "reading" });
    try {
      const sheets = await host.readWorkbook();
      setRun({ state: "checking", sheets: sheets.length });
      const [{ reviewSheets }, { presetRules }] = await reviewCore();
      const { preset, settings } = settingsOf(choice);
      const active = presetRules(preset, settings);
      if (!active.ok) throw new Error(active.error);
      setRun({ state: "done", result: reviewSheets(sheets, active.value), sheets: sheets.length });
    } catch (error) {
      setRun({ state: "failed", message: messageOf(error) });
    }
  };

  const show = async (problem: Problem) => {
    if (!selectable(problem)) return;
    const place = cellOf(problem);
    try {
      await host.select(problem.sheet, problem.cell);
      setShown(
        host.kind === "preview"
          ? {
              problem,
              intent: "info",
              text: `${strings.reviewPreviewCell} ${place}（${strings.reviewPreviewHint}）`,
            }
          : { problem, intent: "success", text: `${strings.reviewSelected} ${place}` }
      );
    } catch (error) {
      setShown({ problem, intent: "error", text: `${messageOf(error)}。${strings.reviewStale}` });
    }
  };

  const row = (p: Problem, key: React.Key) => {
    const current = shown?.problem === p;
    const content = (
      <>
        <Tag intent={p.severity}>{severityWord[p.severity]}</Tag>
        {p.cell && <span className={styles.cell}>{p.cell}</span>}
        {p.message}
      </>
    );
    return (
      <li key={key}>
        {selectable(p) ? (
          <button
            type="button"
            className={mergeClasses(styles.finding, styles.clickable, current && styles.current)}
            aria-current={current || undefined}
            title={cellOf(p)}
            onClick={() => void show(p)}
            data-testid="review-finding"
          >
            {content}
          </button>
        ) : (
          <div className={styles.finding} data-testid="review-finding">
            {content}
          </div>
        )}
        {shown && current && (
          <Notice intent={shown.intent} testId="review-shown">
            {shown.text}
          </Notice>
        )}
      </li>
    );
  };

  const groups = (problems: Problem[]) =>
    groupBySheet(problems).map((g) => (
      <details key={g.sheet ?? ""} open className={styles.group} data-testid="review-group">
        <summary className={styles.summary}>
          {g.sheet ?? strings.reviewWorkbookGroup}
          {g.errors > 0 && <Tag intent="error">{`${strings.reviewErrors} ${g.errors}`}</Tag>}
          {g.warnings > 0 && (
            <Tag intent="warning">{`${strings.reviewWarnings} ${g.warnings}`}</Tag>
          )}
        </summary>
        <ul className={styles.list}>{g.problems.map(row)}</ul>
      </details>
    ));

  const done = run.state === "done" ? run : null;
  const department = done?.result.department;
  return (
    <div className={styles.page} data-testid="review-page">
      <Text size={200} block>
        {host.kind === "preview" ? strings.reviewIntroPreview : strings.reviewIntro}
      </Text>
      <ReviewSettingsPicker
        choice={choice}
        onChoice={setChoice}
        label={strings.reviewPreset}
        fileLabel={strings.reviewSettingsFile}
        fileError={strings.reviewSettingsFileError}
      />
      <Button appearance="primary" onClick={start} disabled={busy} data-testid="review-start">
        {everRun ? strings.reviewAgain : strings.reviewStart}
      </Button>
      {busy && (
        <div>
          <Progress value={undefined} />
          <Text size={200} data-testid="review-progress">
            {run.state === "reading"
              ? strings.reviewReading
              : `${strings.reviewChecking} ${run.sheets} ${strings.reviewSheets}`}
            …
          </Text>
        </div>
      )}
      {run.state === "failed" && (
        <Notice intent="error">{`${strings.reviewFailed}：${run.message}`}</Notice>
      )}
      {done && department && (
        <section aria-label={strings.tabReview} data-testid="review-result">
          <Text weight="semibold" block data-testid="review-summary">
            {department.unitName || strings.reviewNoUnit} · {department.projects.length}{" "}
            {strings.reviewProjects} · {done.sheets} {strings.reviewSheets}
          </Text>
          <div className={styles.counts}>
            <Tag intent={done.result.errors > 0 ? "error" : "success"}>
              <span data-testid="review-errors">{`${strings.reviewErrors} ${done.result.errors}`}</span>
            </Tag>
            <Tag intent={done.result.warnings > 0 ? "warning" : "success"}>
              <span data-testid="review-warnings">{`${strings.reviewWarnings} ${done.result.warnings}`}</span>
            </Tag>
          </div>
          {done.result.errors + done.result.warnings === 0 && department.projects.length > 0 && (
            <Notice intent="success" testId="review-clean">
              {strings.reviewClean}
            </Notice>
          )}
          {done.result.findings.length > 0 && (
            <>
              <Text size={200} block>
                {strings.reviewClickHint}
              </Text>
              {groups(done.result.findings)}
            </>
          )}
          {done.result.notes.length > 0 && (
            <section aria-label={strings.reviewNotes} data-testid="review-notes">
              <Text weight="semibold" block>
                {strings.reviewNotes}（{done.result.notes.length}）
              </Text>
              {groups(done.result.notes)}
            </section>
          )}
        </section>
      )}
      {department && department.projects.some((p) => p.indicators.length > 0) && (
        <FlatExport strings={strings} host={host} department={department} />
      )}
    </div>
  );
}
