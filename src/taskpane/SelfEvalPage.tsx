/**
 * 自评: a 项目支出绩效自评表 for one project sheet or all of them, with the split of the points
 * chosen here; below, the 总分 and 等级 of every 自评表 already in the workbook, scored by the core
 * from what the sheets hold.
 */
import * as React from "react";
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { InsertAction } from "./InsertAction";
import { Notice } from "./Notice";
import { ProjectPicker, SourcePanel, useYearSource } from "./YearSource";
import {
  ALL_PROJECTS,
  DEFAULT_SPLIT_NAME,
  insertYearAfter,
  resolvePick,
  selfEvalPlanner,
  selfEvalScores,
  SELFEVAL_FILE,
  SPLIT_NAMES,
  splitLabel,
} from "./year-after";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "2px 4px",
      textAlign: "left",
    },
  },
  number: { textAlign: "right" },
});

export function SelfEvalPage({ strings, host }: { strings: Strings; host: PaneHost }) {
  const styles = useStyles();
  const state = useYearSource(host, strings);
  const { source } = state;
  const [pick, setPick] = React.useState(ALL_PROJECTS);
  const [split, setSplit] = React.useState(DEFAULT_SPLIT_NAME);
  const chosen = source ? resolvePick(source, pick) : ALL_PROJECTS;
  const scores = React.useMemo(() => (source ? selfEvalScores(source.sheets) : []), [source]);
  const preview = host.kind === "preview";

  return (
    <div className={styles.page} data-testid="selfeval-page">
      <SourcePanel strings={strings} host={host} state={state} />
      {source && source.department.projects.length > 0 && (
        <>
          <ProjectPicker strings={strings} source={source} pick={chosen} onPick={setPick} />
          {/* In a row, so that the long names of the splits shrink to the pane's width. */}
          <div className="pt-row">
          <Field label={strings.selfEvalSplit}>
            <Select
              value={split}
              onChange={(_, d) => setSplit(d.value)}
              data-testid="selfeval-split"
            >
              {SPLIT_NAMES.map((name) => (
                <option key={name} value={name}>
                  {splitLabel(name)}
                </option>
              ))}
            </Select>
          </Field>
          </div>
          <InsertAction
            strings={strings}
            host={host}
            label={preview ? strings.selfEvalDownload : strings.selfEvalInsert}
            problems={[]}
            insert={async (progress) => {
              const outcome = await insertYearAfter(
                host,
                source,
                chosen,
                selfEvalPlanner(split),
                progress,
                SELFEVAL_FILE
              );
              void state.refresh(); // the new 自评表 join the table below
              return outcome;
            }}
          />
        </>
      )}
      <section aria-label={strings.selfEvalTable} data-testid="selfeval-scores">
        <Text weight="semibold" block>
          {strings.selfEvalTable}
          {scores.length > 0 ? `：${scores.length}` : ""}
        </Text>
        {scores.length === 0 ? (
          <Notice intent="info">
            {preview ? strings.selfEvalNonePreview : strings.selfEvalNone}
          </Notice>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th>{strings.selfEvalSheet}</th>
                <th className={styles.number}>{strings.selfEvalTotal}</th>
                <th>{strings.selfEvalGrade}</th>
                <th className={styles.number}>{strings.selfEvalFindings}</th>
              </tr>
            </thead>
            <tbody>
              {scores.map((row) => (
                <tr key={row.sheet}>
                  <td title={row.project}>{row.sheet}</td>
                  <td className={styles.number}>
                    {row.total === null ? "—" : row.total.toFixed(2)}
                  </td>
                  <td>{row.grade || "—"}</td>
                  <td className={styles.number} title={row.findings.join("\n")}>
                    {row.findings.length || ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
