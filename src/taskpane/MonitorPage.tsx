/**
 * 监控: a 绩效运行监控表 as of a date (7月31日 of the budget year unless another is typed) for one
 * project sheet or all of them.
 */
import * as React from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { InsertAction } from "./InsertAction";
import { ProjectPicker, SourcePanel, useYearSource } from "./YearSource";
import {
  ALL_PROJECTS,
  defaultDateText,
  insertYearAfter,
  MONITOR_FILE,
  monitorPlanner,
  readMonitorDate,
  resolvePick,
} from "./year-after";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function MonitorPage({ strings, host }: { strings: Strings; host: PaneHost }) {
  const styles = useStyles();
  const state = useYearSource(host, strings);
  const { source } = state;
  const [pick, setPick] = React.useState(ALL_PROJECTS);
  // Until the user types a date, it follows the budget year of what was read.
  const [typed, setTyped] = React.useState<string | null>(null);
  const text = typed ?? defaultDateText(source?.department.year ?? null);
  const date = readMonitorDate(text);
  const chosen = source ? resolvePick(source, pick) : ALL_PROJECTS;

  return (
    <div className={styles.page} data-testid="monitor-page">
      <SourcePanel strings={strings} host={host} state={state} />
      {source && source.department.projects.length > 0 && (
        <>
          <ProjectPicker strings={strings} source={source} pick={chosen} onPick={setPick} />
          <Field
            label={strings.monitorDate}
            hint={strings.monitorDateHint}
            validationState={date.ok ? "success" : "error"}
            validationMessage={
              date.ok ? `${strings.understoodAs}：${date.value.meaning}` : date.error
            }
          >
            <Input value={text} onChange={(_, d) => setTyped(d.value)} data-testid="monitor-date" />
          </Field>
          <InsertAction
            strings={strings}
            host={host}
            label={host.kind === "preview" ? strings.monitorDownload : strings.monitorInsert}
            problems={date.ok ? [] : [date.error]}
            insert={(progress) =>
              date.ok
                ? insertYearAfter(
                    host,
                    source,
                    chosen,
                    monitorPlanner(date.value.serial),
                    progress,
                    MONITOR_FILE
                  )
                : Promise.reject(new Error(date.error))
            }
          />
        </>
      )}
    </div>
  );
}
