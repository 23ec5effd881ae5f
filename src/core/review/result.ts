/**
 * Reviewing what a reader produced, with every finding located on a sheet: the entry for the
 * command line (`pt review`) and the task pane (the sheets of the open workbook). Target tables go
 * through the target rules; 自评表 and 监控表 through their own rules only, never as target tables.
 */
import { DetectedImport, importSheets } from "../import/detect";
import type { SheetValues } from "../layout/workbook";
import type { SelfEvalSheet } from "../layout/year-after";
import type { Department } from "../model";
import { countBySeverity, Problem } from "../problem";
import {
  locate,
  readBackPlaces,
  tableCellOf,
  templateDepartmentPlaces,
  wholeCellOf,
} from "./places";
import { reviewDepartment } from "./review";
import { ActiveRule, defaultRules } from "./settings";
import { reviewMonitoring, reviewSelfEval, reviewWhole, shownOfModel } from "./tables";

export interface ReviewResult {
  department: Department;
  /** The rules' findings, in sheet order, each with its sheet and cell. */
  findings: Problem[];
  /** What the reader could not read or was unsure of (with its line or cell). */
  notes: Problem[];
  errors: number;
  warnings: number;
  /** How many 自评表 and 监控表 were reviewed. */
  selfEvaluations: number;
  monitorings: number;
}

export type Reviewable = Pick<
  DetectedImport,
  "department" | "diagnostics" | "readBack" | "yearAfter" | "selfEvaluations" | "whole"
> & { kind?: string };

/** The findings on the 自评表 and 监控表, each located through what its reader found. */
function yearAfterFindings(
  imported: Reviewable,
  active: readonly ActiveRule[]
): { findings: Problem[]; selfEvals: number; monitors: number } {
  const selfEvals: SelfEvalSheet[] =
    imported.yearAfter?.selfEvaluations ??
    (imported.selfEvaluations ?? []).map((evaluation) => ({ sheet: "", evaluation }));
  const monitors = imported.yearAfter?.monitorings ?? [];
  const located = (p: Problem): Problem => {
    const found = p.at ? tableCellOf(p.at, selfEvals, monitors) : null;
    return found ? { ...p, ...found } : p;
  };
  const findings = [
    ...selfEvals.flatMap((s, i) =>
      reviewSelfEval(s.evaluation, s.shown ?? shownOfModel(s.evaluation), i, active)
    ),
    ...monitors.flatMap((m, i) => reviewMonitoring(m.monitoring, i, active)),
  ].map(located);
  return { findings, selfEvals: selfEvals.length, monitors: monitors.length };
}

/** Reviews an imported department; its places come from the read-back or the template. */
export function reviewImport(
  imported: Reviewable,
  active: readonly ActiveRule[] = defaultRules()
): ReviewResult {
  const { department } = imported;
  const places = imported.readBack
    ? readBackPlaces(imported.readBack)
    : templateDepartmentPlaces(department);
  // A department made of 自评表 has no target table: its projects are the 自评表's.
  const targets =
    imported.kind === "selfeval"
      ? []
      : reviewDepartment(department, active).map((p) => locate(p, places));
  const yearAfter = yearAfterFindings(imported, active);
  const whole = imported.whole ?? {};
  const wholeFindings =
    imported.kind === "selfeval"
      ? []
      : reviewWhole(department, whole.summary?.read ?? null, !!whole.overview, active).map((p) => {
          const found = p.at ? (wholeCellOf(p.at, whole) ?? null) : null;
          return found ? { ...p, ...found } : locate(p, places);
        });
  const findings = [...targets, ...wholeFindings, ...yearAfter.findings];
  // Where a rule speaks of a cell, the reader's note on the same cell (指标值为空) says it twice;
  // the 自评表 readers' own checks (selfeval/…) are the rules' findings now.
  const found = new Set(findings.map((f) => `${f.sheet ?? ""}!${f.cell ?? ""}`));
  const notes = imported.diagnostics.filter(
    (d) =>
      !d.rule.startsWith("selfeval/") &&
      (d.cell === undefined || !found.has(`${d.sheet ?? ""}!${d.cell}`))
  );
  const counts = countBySeverity([...findings, ...notes]);
  return {
    department,
    findings,
    notes,
    errors: counts.error,
    warnings: counts.warning,
    selfEvaluations: yearAfter.selfEvals,
    monitorings: yearAfter.monitors,
  };
}

/**
 * Reviews a workbook from its sheets as a host reads them (name and values): the department
 * workbook the templates made, possibly edited, 自评表 and 监控表, or an indicator table.
 */
export function reviewSheets(
  sheets: SheetValues[],
  active: readonly ActiveRule[] = defaultRules(),
  name = "工作簿"
): ReviewResult {
  return reviewImport(importSheets(sheets, name), active);
}
