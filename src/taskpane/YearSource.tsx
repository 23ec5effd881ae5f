/**
 * Where the 自评 and 监控 pages take their projects from: inside Excel or WPS the workbook (read
 * when the page opens and on 刷新); in the preview a file the user chooses, read by the 导入 page's
 * importers. Also the project picker both pages share.
 */
import * as React from "react";
import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { ACCEPTED_FILES, readFile } from "./files";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { ProblemList } from "./ImportPage";
import { Notice } from "./Notice";
import {
  ALL_PROJECTS,
  projectKey,
  projectLabel,
  sourceOfImport,
  sourceOfSheets,
  YearSource,
} from "./year-after";

const useStyles = makeStyles({
  line: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    justifyContent: "space-between",
  },
  problems: {
    maxHeight: "120px",
    overflowY: "auto",
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface YearSourceState {
  source: YearSource | null;
  /** What is being read: the workbook, or a file's name. */
  reading: string;
  error: string;
  refresh: () => Promise<void>;
  open: (file: File | undefined) => Promise<void>;
}

/** The page's source: the workbook read on opening, or the preview's file once one is chosen. */
export function useYearSource(host: PaneHost, strings: Strings): YearSourceState {
  const [source, setSource] = React.useState<YearSource | null>(null);
  const [reading, setReading] = React.useState("");
  const [error, setError] = React.useState("");

  const refresh = React.useCallback(async () => {
    if (host.kind === "preview") return;
    setReading(strings.yearReading);
    setError("");
    try {
      setSource(sourceOfSheets(await host.readWorkbook()));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setReading("");
    }
  }, [host, strings]);

  const open = React.useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      setReading(file.name);
      setError("");
      try {
        const { imported, sheets } = await readFile(file);
        setSource(sourceOfImport(imported.department, sheets, imported.diagnostics));
      } catch (e) {
        setSource(null);
        setError(`${strings.importUnreadable}：${file.name}（${(e as Error).message}）`);
      } finally {
        setReading("");
      }
    },
    [strings]
  );

  React.useEffect(() => {
    void refresh();
  }, [refresh]);
  return { source, reading, error, refresh, open };
}

/** The file chooser (preview) or the workbook's count with 刷新, what is being read, and problems. */
export function SourcePanel({
  strings,
  host,
  state,
}: {
  strings: Strings;
  host: PaneHost;
  state: YearSourceState;
}) {
  const styles = useStyles();
  const { source, reading, error } = state;
  const count = source?.department.projects.length ?? 0;
  return (
    <section aria-label={strings.yearFound} data-testid="year-source">
      {host.kind === "preview" ? (
        <Field label={strings.importFile} hint={strings.yearFileHint}>
          <input
            type="file"
            accept={ACCEPTED_FILES}
            onChange={(e) => state.open(e.target.files?.[0])}
            data-testid="year-file"
            aria-label={strings.importFile}
          />
        </Field>
      ) : (
        <div className={styles.line}>
          <Text weight="semibold">
            {strings.yearFound}
            {source ? `：${count}` : ""}
          </Text>
          <Button
            size="small"
            onClick={() => void state.refresh()}
            disabled={reading !== ""}
            data-testid="year-refresh"
          >
            {strings.yearRefresh}
          </Button>
        </div>
      )}
      {host.kind === "preview" && source && (
        <Text weight="semibold" block>
          {strings.yearFromFile}：{count}
        </Text>
      )}
      {reading && (
        <Notice intent="info" testId="year-reading">
          {reading === strings.yearReading ? reading : `${strings.importReading}：${reading}`}
        </Notice>
      )}
      {error && <Notice intent="error">{error}</Notice>}
      {source && count === 0 && !reading && <Notice intent="warning">{strings.yearNone}</Notice>}
      {source && source.problems.length > 0 && (
        <Notice intent="warning">
          {strings.importDiagnostics}（{source.problems.length}）
          <ProblemList problems={source.problems} className={styles.problems} />
        </Notice>
      )}
    </section>
  );
}

/** One project or all of them (`pick` as resolvePick gives it). */
export function ProjectPicker({
  strings,
  source,
  pick,
  onPick,
}: {
  strings: Strings;
  source: YearSource;
  pick: string;
  onPick: (pick: string) => void;
}) {
  const projects = source.department.projects;
  const keys = projects.map((_, i) => projectKey(source, i));
  return (
    <div className="pt-row">
    <Field label={strings.yearProject}>
      <Select value={pick} onChange={(_, d) => onPick(d.value)} data-testid="year-project">
        <option value={ALL_PROJECTS}>
          {strings.yearAll}（{projects.length}）
        </option>
        {keys.map((key, i) => (
          <option key={key} value={key}>
            {projectLabel(source, i)}
          </option>
        ))}
      </Select>
    </Field>
    </div>
  );
}
