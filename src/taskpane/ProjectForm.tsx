import * as React from "react";
import { Button, Field, Input, Select, Text, Textarea } from "@fluentui/react-components";
import { FRAMEWORKS, FrameworkId } from "../core/framework";
import { checkpointLabel, DEFAULT_CHECKPOINTS, IndicatorRow } from "../core/model";
import { COMMON_BASES, COMMON_LEVEL3, starterIndicators } from "../core/suggestions";
import { describeTarget, parseTarget } from "../core/target";
import { departmentOf, FormReview, ProjectDraft, readProjectDraft, UnitDraft, withSuggestion } from "./draft";
import type { PaneHost } from "./host";
import type { PaneStrings } from "./i18n";
import { InsertAction } from "./InsertAction";

// The 指标库 panel comes with the library itself (one chunk), once a name is typed.
/** Fewer characters than this in the name say too little to search the 指标库 on. */
const LIBRARY_MIN_NAME = 2;
const LibrarySuggestions = React.lazy(() =>
  import(/* webpackChunkName: "library" */ "./LibrarySuggestions").then((m) => ({ default: m.LibrarySuggestions }))
);

export function emptyDraft(framework: FrameworkId = "2015"): ProjectDraft {
  return {
    index: "1",
    code: "",
    name: "",
    budget: "",
    fiscalFunds: "",
    otherFunds: "",
    purpose: "",
    months: DEFAULT_CHECKPOINTS,
    amounts: DEFAULT_CHECKPOINTS.map(() => ""),
    goals: "",
    indicators: starterIndicators(framework),
  };
}

/** The 指标值, read as it is typed; `hint` is the 指标库's typical value for a row added from it. */
function ValueField({ strings, value, hint, onChange }: { strings: PaneStrings; value: string; hint?: string; onChange: (v: string) => void }) {
  const parsed = value.trim() === "" ? null : parseTarget(value);
  return (
    <Field
      label={strings.value}
      hint={hint && value.trim() === "" ? `${strings.libraryValueHint}：${hint}` : undefined}
      validationState={parsed === null ? "none" : parsed.ok ? "success" : "error"}
      validationMessage={parsed === null ? undefined : parsed.ok ? `${strings.understoodAs}：${describeTarget(parsed.value)}` : parsed.error}
    >
      <Input value={value} onChange={(_, d) => onChange(d.value)} placeholder={hint || "≥95%"} />
    </Field>
  );
}

/** Free text with suggestions: a native datalist keeps the pane light (no popup component). */
function Suggested(props: { id: string; label: string; value: string; options: string[]; onChange: (v: string) => void }) {
  return (
    <Field label={props.label}>
      <Input value={props.value} onChange={(_, d) => props.onChange(d.value)} list={props.id} />
      <datalist id={props.id}>
        {props.options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </Field>
  );
}

/** The review rules on the amounts, loaded once the first budget is typed (see form-review.ts). */
function useFormReview(wanted: boolean): FormReview | undefined {
  const [review, setReview] = React.useState<FormReview>();
  React.useEffect(() => {
    if (!wanted || review) return;
    let live = true;
    void import(/* webpackChunkName: "form-review" */ "./form-review").then((m) => {
      if (live) setReview(() => m.formReview);
    });
    return () => {
      live = false;
    };
  }, [wanted, review]);
  return review;
}

export interface ProjectFormProps {
  strings: PaneStrings;
  host: PaneHost;
  unit: UnitDraft;
}

/** The form for one new 项目绩效目标表. */
export function ProjectForm({ strings, host, unit }: ProjectFormProps) {
  const [framework, setFramework] = React.useState<FrameworkId>("2015");
  const [draft, setDraft] = React.useState<ProjectDraft>(() => emptyDraft());
  const set = (patch: Partial<ProjectDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setRow = (i: number, patch: Partial<IndicatorRow>) =>
    setDraft((d) => ({ ...d, indicators: d.indicators.map((r, k) => (k === i ? { ...r, ...patch } : r)) }));
  const tree = FRAMEWORKS[framework].tree;
  const review = useFormReview(draft.budget.trim() !== "");
  const { project, problems, warnings } = readProjectDraft(draft, review);
  const message = (field: string) => [...problems, ...warnings].find((p) => p.field === field)?.message;

  const money = (field: "budget" | "fiscalFunds" | "otherFunds") => (
    <Field label={strings[field]} validationMessage={message(field)} validationState={message(field) ? "warning" : "none"}>
      <Input value={draft[field]} inputMode="decimal" onChange={(_, d) => set({ [field]: d.value })} data-testid={field} />
    </Field>
  );

  const spread = async () => {
    const budget = Number(draft.budget);
    if (Number.isFinite(budget) && budget > 0) {
      // With PT.PROGRESS's module, loaded on this first use rather than with the pane.
      const { spreadByTime } = await import(/* webpackChunkName: "progress" */ "../core/progress");
      set({ amounts: spreadByTime(budget, draft.months).map((a) => a.toFixed(2)) });
    }
  };

  return (
    <div className="pt-form">
      <Text weight="semibold">{strings.basicsSection}</Text>
      <div className="pt-row">
        <Field label={strings.index} style={{ flex: "0 0 60px" }}>
          <Input value={draft.index} onChange={(_, d) => set({ index: d.value })} />
        </Field>
        <Field label={strings.code}>
          <Input value={draft.code} onChange={(_, d) => set({ code: d.value })} data-testid="code" />
        </Field>
      </div>
      <Field label={strings.name} required validationMessage={message("name")}>
        <Input value={draft.name} onChange={(_, d) => set({ name: d.value })} data-testid="name" />
      </Field>

      <Text weight="semibold">{strings.fundsSection}</Text>
      {money("budget")}
      <div className="pt-row">
        {money("fiscalFunds")}
        {money("otherFunds")}
      </div>
      <Field label={strings.purpose}>
        <Textarea value={draft.purpose} onChange={(_, d) => set({ purpose: d.value })} resize="vertical" />
      </Field>
      <Field label={strings.goals}>
        <Textarea value={draft.goals} onChange={(_, d) => set({ goals: d.value })} resize="vertical" data-testid="goals" />
      </Field>

      <Text weight="semibold">{strings.scheduleSection}</Text>
      <div className="pt-row">
        {draft.months.map((month, i) => (
          <Field key={month} label={checkpointLabel(month)} validationMessage={message(`amount${i}`)}>
            <Input
              value={draft.amounts[i]}
              inputMode="decimal"
              onChange={(_, d) => set({ amounts: draft.amounts.map((a, k) => (k === i ? d.value : a)) })}
              data-testid={`amount${i}`}
            />
          </Field>
        ))}
      </div>
      <Button onClick={spread} data-testid="spread">
        {strings.spread}
      </Button>

      <hr className="pt-rule" />
      <Text weight="semibold">{strings.indicatorsSection}</Text>
      <Field label={strings.framework}>
        <Select
          value={framework}
          onChange={(_, d) => {
            const id = d.value as FrameworkId;
            setFramework(id);
            set({ indicators: starterIndicators(id), hints: [] });
          }}
        >
          {(Object.keys(FRAMEWORKS) as FrameworkId[]).map((id) => (
            <option key={id} value={id}>
              {FRAMEWORKS[id].name}
            </option>
          ))}
        </Select>
      </Field>
      {draft.name.trim().length >= LIBRARY_MIN_NAME && (
        <React.Suspense fallback={<Text size={200}>{strings.libraryLoading}</Text>}>
          <LibrarySuggestions
            strings={strings}
            name={draft.name}
            purpose={draft.purpose}
            added={(s) => draft.indicators.some((r) => r.level3 === s.level3)}
            onAdd={(s) => setDraft((d) => withSuggestion(d, framework, s))}
          />
        </React.Suspense>
      )}
      {draft.indicators.map((row, i) => (
        <div key={i} className="pt-indicator" data-testid={`indicator${i}`}>
          <div className="pt-row">
            <Field label={strings.level1}>
              <Select value={row.level1} onChange={(_, d) => setRow(i, { level1: d.value, level2: tree[d.value]?.[0] ?? "" })}>
                {Object.keys(tree).map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </Select>
            </Field>
            <Field label={strings.level2}>
              <Select value={row.level2} onChange={(_, d) => setRow(i, { level2: d.value })}>
                {(tree[row.level1] ?? []).map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </Select>
            </Field>
          </div>
          <Suggested id={`level3-${i}`} label={strings.level3} value={row.level3} options={COMMON_LEVEL3[row.level2] ?? []} onChange={(v) => setRow(i, { level3: v })} />
          <Field label={strings.description}>
            <Input value={row.description} onChange={(_, d) => setRow(i, { description: d.value })} />
          </Field>
          <div className="pt-row">
            <ValueField strings={strings} value={row.value} hint={draft.hints?.[i]} onChange={(v) => setRow(i, { value: v })} />
            <Suggested id={`basis-${i}`} label={strings.basis} value={row.basis} options={COMMON_BASES} onChange={(v) => setRow(i, { basis: v })} />
          </div>
          <Button
            size="small"
            appearance="subtle"
            onClick={() =>
              set({ indicators: draft.indicators.filter((_, k) => k !== i), hints: draft.hints?.filter((_, k) => k !== i) })
            }
          >
            {strings.removeIndicator}
          </Button>
        </div>
      ))}
      <Button
        onClick={() =>
          set({
            indicators: [
              ...draft.indicators,
              { level1: "产出指标", level2: "数量指标", level3: "", description: "", value: "", basis: "计划标准" },
            ],
          })
        }
      >
        {strings.addIndicator}
      </Button>

      <hr className="pt-rule" />
      <InsertAction
        strings={strings}
        host={host}
        label={host.kind !== "preview" ? strings.insertProject : strings.downloadProject}
        problems={problems.map((p) => p.message)}
        insert={async (progress) => {
          // The layout loads when the first table is inserted, not with the pane.
          const { planSingleProject } = await import(/* webpackChunkName: "layout" */ "../core/layout/workbook");
          const index = Math.max(1, Math.floor(Number(draft.index)) || 1);
          const projects = Array.from({ length: index }, () => project);
          return host.insert((taken) => [planSingleProject(departmentOf(unit, projects), index, taken)], progress);
        }}
      />
    </div>
  );
}
