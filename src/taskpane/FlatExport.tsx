/**
 * 导出为预算系统导入格式: a department in the budget system's flat import layout (one row per
 * 三级指标, core/layout/flat.ts), on the 导入 page (what was imported) and the 审核 page (the
 * workbook as read). Inside Excel or WPS it is a new sheet named 预算系统导入 (a free variant when
 * the name is taken: nothing is overwritten); in the preview a downloaded .xlsx. What the layout
 * cannot carry as written (no 计算符号, a range, a name outside the framework) is listed before
 * the export, with the cell it will be in.
 */
import * as React from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import { planFlat, planFlatSheets } from "../core/layout/flat";
import { FLAT_COLUMN_SETS } from "../core/layout/flat-columns";
import type { Department } from "../core/model";
import { where } from "../core/problem";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { InsertAction } from "./InsertAction";
import { Notice } from "./Notice";

/** How many notes are listed; the export itself is never held back by them. */
const MAX_SHOWN = 50;

export function FlatExport({ strings, host, department }: { strings: Strings; host: PaneHost; department: Department }) {
  const [setId, setSetId] = React.useState("default");
  const set = FLAT_COLUMN_SETS[setId] ?? FLAT_COLUMN_SETS.default;
  const { problems } = React.useMemo(() => planFlat(department, set), [department, set]);
  return (
    <section aria-label={strings.flatExport} data-testid="flat-export" style={{ display: "flex", flexDirection: "column", rowGap: 8 }}>
      <Field label={strings.flatColumns}>
        <Select value={setId} onChange={(_, d) => setSetId(d.value)} data-testid="flat-columns">
          {Object.values(FLAT_COLUMN_SETS).map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200}>{host.kind === "preview" ? strings.flatExportPreview : strings.flatExportHost}</Text>
      {problems.length > 0 && (
        <Notice intent="info" testId="flat-notes">
          {strings.flatNotes}（{problems.length}）
          <ul style={{ maxHeight: 160, overflowY: "auto", margin: 0, paddingLeft: 16, fontSize: 12 }}>
            {problems.slice(0, MAX_SHOWN).map((p, i) => (
              <li key={i}>{`${where(p)}${where(p) ? "：" : ""}${p.message}`}</li>
            ))}
          </ul>
        </Notice>
      )}
      <InsertAction strings={strings} host={host} label={strings.flatExport} problems={[]} testId="flat-export-run" plan={planFlatSheets(department, set)} />
    </section>
  );
}
