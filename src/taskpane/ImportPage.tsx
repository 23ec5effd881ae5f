import * as React from "react";
import { Button, Field, makeStyles, mergeClasses, Text, Textarea, tokens } from "@fluentui/react-components";
import { Problem, where } from "../core/problem";
import { planDepartment } from "../core/layout/workbook";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { ACCEPTED_FILES, Imported, importers, readFile } from "./files";
import { FlatExport } from "./FlatExport";
import { InsertAction } from "./InsertAction";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, "& td, & th": { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", textAlign: "left" } },
  number: { textAlign: "right" },
  diagnostics: { maxHeight: "160px", overflowY: "auto", margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  dropping: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "4px" },
});

const MAX_SHOWN = 50;

/** Problems with their places: 第 3 行：…, 第 2 页（距顶 120 磅）：… */
export function ProblemList({ problems, className }: { problems: Problem[]; className: string }) {
  return (
    <ul className={className}>
      {problems.slice(0, MAX_SHOWN).map((d, i) => (
        <li key={i}>
          {where(d)}
          {where(d) && "："}
          {d.message}
        </li>
      ))}
    </ul>
  );
}

/** 导入: paste text, choose or drop a file (a PDF too), see what was read, then insert the whole department. */
export function ImportPage({ strings, host }: { strings: Strings; host: PaneHost }) {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [result, setResult] = React.useState<Imported | null>(null);
  const [error, setError] = React.useState("");
  const [reading, setReading] = React.useState("");
  const [dropping, setDropping] = React.useState(false);
  // The clipboard's HTML from the last paste (its tables keep their cells); dropped once the text is edited.
  const pasted = React.useRef({ html: "", fresh: false });

  const readText = async () => {
    setError("");
    const { importPasted } = await importers();
    setResult(text.trim() === "" ? null : importPasted(pasted.current.html, text, "导入的项目"));
  };
  const paste = (event: React.ClipboardEvent) => {
    const html = event.clipboardData.getData("text/html");
    pasted.current = { html: /<table/i.test(html) ? html : "", fresh: true };
  };
  const edit = (value: string) => {
    if (!pasted.current.fresh) pasted.current.html = "";
    pasted.current.fresh = false;
    setText(value);
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    setError("");
    setResult(null);
    setReading(file.name);
    try {
      setResult((await readFile(file)).imported);
    } catch (e) {
      setError(`${strings.importUnreadable}：${file.name}（${(e as Error).message}）`);
    } finally {
      setReading("");
    }
  };
  const drop = (event: React.DragEvent) => {
    event.preventDefault();
    setDropping(false);
    void open(event.dataTransfer.files[0]);
  };

  const department = result?.department;
  // Notes (a table continued over a page) were read; they are not what could not be read.
  const problems = result?.diagnostics.filter((d) => d.severity !== "info") ?? [];
  const notes = result?.diagnostics.filter((d) => d.severity === "info") ?? [];
  const total = department?.projects.reduce((sum, p) => sum + (p.budget ?? 0), 0) ?? 0;
  const empty = !department || department.projects.every((p) => p.indicators.length === 0 && p.budget === null);

  return (
    <div
      className={mergeClasses(styles.page, dropping && styles.dropping)}
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={drop}
      data-testid="import-page"
    >
      <Field label={strings.importPaste} hint={strings.importHint}>
        <Textarea value={text} onChange={(_, d) => edit(d.value)} onPaste={paste} rows={6} resize="vertical" data-testid="import-text" />
      </Field>
      <div style={{ display: "flex", columnGap: 8, alignItems: "center" }}>
        <Button onClick={readText} data-testid="import-read">
          {strings.importRead}
        </Button>
        <input type="file" accept={ACCEPTED_FILES} onChange={(e) => open(e.target.files?.[0])} data-testid="import-file" aria-label={strings.importFile} />
      </div>
      {reading && (
        <Notice intent="info" testId="import-reading">
          {strings.importReading}：{reading}
        </Notice>
      )}
      {error && <Notice intent="error">{error}</Notice>}
      {department && (
        <section aria-label={strings.importPreview} data-testid="import-preview">
          <Text weight="semibold" block>
            {department.unitName || strings.importNoUnit} · {department.projects.length} {strings.importProjects} · {strings.budget}{" "}
            {total.toFixed(2)} 万元
          </Text>
          <table className={styles.table}>
            <thead>
              <tr>
                <th>{strings.name}</th>
                <th className={styles.number}>{strings.budget}</th>
                <th className={styles.number}>{strings.indicatorsSection}</th>
              </tr>
            </thead>
            <tbody>
              {department.projects.map((p, i) => (
                <tr key={i}>
                  <td>
                    {i + 1}.{p.name}
                  </td>
                  <td className={styles.number}>{p.budget === null ? "—" : p.budget.toFixed(2)}</td>
                  <td className={styles.number}>{p.indicators.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > 0 ? (
            <Notice intent="warning">
              {strings.importDiagnostics}（{problems.length}）
              <ProblemList problems={problems} className={styles.diagnostics} />
            </Notice>
          ) : (
            <Notice intent="success">{strings.importClean}</Notice>
          )}
          {notes.length > 0 && (
            <Notice intent="info">
              {strings.importNotes}（{notes.length}）
              <ProblemList problems={notes} className={styles.diagnostics} />
            </Notice>
          )}
        </section>
      )}
      {department && !empty && (
        <InsertAction
          strings={strings}
          host={host}
          label={host.kind !== "preview" ? strings.importInsert : strings.importDownload}
          problems={[]}
          plan={(taken) => planDepartment(department, taken)}
        />
      )}
      {department && !empty && (
        <FlatExport strings={strings} host={host} department={department} />
      )}
    </div>
  );
}
