import * as React from "react";
import { Field, Textarea } from "@fluentui/react-components";
import { planOverview } from "../core/layout/overview";
import { freeSheetName } from "../core/layout/names";
import { OVERVIEW_TITLE } from "../core/layout/overview";
import { departmentOf, OverviewDraft, UnitDraft } from "./draft";
import type { PaneHost } from "./host";
import type { Strings } from "./i18n";
import { InsertAction } from "./InsertAction";

/** The form for the 部门整体绩效目标 sheet. */
export function OverviewForm({ strings, host, unit }: { strings: Strings; host: PaneHost; unit: UnitDraft }) {
  const [draft, setDraft] = React.useState<OverviewDraft>({ overallGoal: "", itemGoals: "", measures: "" });
  const field = (key: keyof OverviewDraft, label: string) => (
    <Field label={label}>
      <Textarea
        value={draft[key]}
        resize="vertical"
        rows={4}
        onChange={(_, d) => setDraft((o) => ({ ...o, [key]: d.value }))}
        data-testid={key}
      />
    </Field>
  );
  const problems = draft.overallGoal.trim() === "" ? [`请填写${strings.overallGoal}`] : [];
  return (
    <div style={{ display: "flex", flexDirection: "column", rowGap: 8 }}>
      {field("overallGoal", strings.overallGoal)}
      {field("itemGoals", strings.itemGoals)}
      {field("measures", strings.measures)}
      <InsertAction
        strings={strings}
        host={host}
        label={host.kind !== "preview" ? strings.insertOverview : strings.downloadOverview}
        problems={problems}
        plan={(taken) => [planOverview(departmentOf(unit, [], draft), freeSheetName(OVERVIEW_TITLE, taken))]}
      />
    </div>
  );
}
