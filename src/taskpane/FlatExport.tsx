/**
 * 导出为预算系统导入格式: the imported department in the budget system's flat import layout (one row
 * per 三级指标, core/layout/flat.ts). Inside Excel or WPS it is a new sheet named 预算系统导入 (a free
 * variant when the name is taken: nothing is overwritten); in the preview a downloaded .xlsx. What
 * the layout cannot carry as written (no 计算符号, a range, a name outside the framework) is listed
 * before the export, with the cell it will be in.
 */
import * as React from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import { planFlat, planFlatSheets } from "../core/layout/flat";
import { FLAT_COLUMN_SETS } from "../core/layout/flat-columns";
import type { Department } from "../core/model";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { InsertAction } from "./InsertAction";
import { Notice } from "./Notice";

export function FlatExport({ strings, host, department, listClass, List }: {
  strings: Strings;
  host: PaneHost;
  department: Department;
  listClass: string;
  List: React.ComponentType<{ problems: ReturnType<typeof planFlat>["problems"]; className: string }>;
}) {
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
        <Notice intent="info">
          {strings.flatNotes}（{problems.length}）
          <List problems={problems} className={listClass} />
        </Notice>
      )}
      <InsertAction
        strings={strings}
        host={host}
        label={strings.flatExport}
        problems={[]}
        testId="flat-export-run"
        plan={planFlatSheets(department, set)}
      />
    </section>
  );
}
