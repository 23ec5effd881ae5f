/**
 * The year after the targets for a whole department: one 自评表 and one 监控表 per project, made
 * from the model or from the project sheets of a workbook (all of them, or the one selected), named
 * so that nothing already in the workbook is touched. Entry points for the hosts, the pane and `pt`.
 */
import { Department, Monitoring, SelfEvaluation, WeightSplit } from "../model";
import { monitoringOf } from "../monitor";
import { ScoreMethodId } from "../score";
import { EvaluationContext, selfEvaluationOf } from "../selfeval";
import { defaultSplit, WEIGHT_SPLITS } from "../weights";
import { Preset, presetNamed, presetSplit } from "../presets";
import { planMonitor, monitorSheetName, readMonitorSheet } from "./monitor";
import { freeSheetName } from "./names";
import { SheetPlan } from "./plan";
import { selfEvalSheetName } from "./selfeval-form";
import { planSelfEval } from "./selfeval";
import { readSelfEvalSheet } from "./selfeval-read";
import { SheetValues } from "./workbook";
import { readDepartment } from "./read-department";
import { Problem } from "../problem";
import { readPublishedSelfEvalSheet } from "../import/selfeval-grid";
import { MonitorPlaces, SelfEvalPlaces, SelfEvalShown } from "./year-after-places";

export interface SelfEvalOptions {
  /** A split of WEIGHT_SPLITS by name (财政部, 湖北, 四川) or one of the caller's; the preset's by default. */
  split?: string | WeightSplit;
  /** The preset's by default. */
  method?: ScoreMethodId;
  /** A preset of presets.ts by id (财政部, 湖北, 四川, 安徽): weights, method, rounding, bands. */
  preset?: string;
}

/** 主管部门 and 实施单位 of the department's projects: the unit is the department's 本级. */
export function evaluationContext(department: Department): EvaluationContext {
  return {
    department: department.unitName.replace(/本级$/, ""),
    unit: department.unitName,
    year: department.year,
  };
}

function splitOf(options: SelfEvalOptions, preset: Preset | undefined): WeightSplit {
  if (typeof options.split === "object") return structuredClone(options.split);
  const named = options.split ? WEIGHT_SPLITS[options.split] : undefined;
  if (named) return structuredClone(named);
  return preset ? presetSplit(preset) : defaultSplit();
}

/** A fresh self-evaluation for each project of the department. */
export function selfEvaluationsOf(
  department: Department,
  options: SelfEvalOptions = {}
): SelfEvaluation[] {
  const context = evaluationContext(department);
  const preset = options.preset ? presetNamed(options.preset) : undefined;
  return department.projects.map((project) =>
    selfEvaluationOf(
      project,
      context,
      splitOf(options, preset),
      options.method ?? preset?.method,
      preset?.id
    )
  );
}

/** Plans of the given self-evaluations, in order, with names free among `taken`. */
export function planSelfEvals(
  evaluations: SelfEvaluation[],
  taken: Iterable<string> = []
): SheetPlan[] {
  const names = new Set(taken);
  return evaluations.map((evaluation, i) => {
    const name = freeSheetName(selfEvalSheetName(i + 1, evaluation.project.name), names);
    names.add(name);
    return planSelfEval(evaluation, name);
  });
}

/** A fresh monitoring of each project as of `asOf` (a serial date). */
export function monitoringsOf(department: Department, asOf: number): Monitoring[] {
  const context = evaluationContext(department);
  return department.projects.map((project) => monitoringOf(project, context, asOf));
}

export function planMonitors(monitorings: Monitoring[], taken: Iterable<string> = []): SheetPlan[] {
  const names = new Set(taken);
  return monitorings.map((monitoring, i) => {
    const name = freeSheetName(monitorSheetName(i + 1, monitoring.project.name), names);
    names.add(name);
    return planMonitor(monitoring, name);
  });
}

/**
 * 自评表 for the project sheets among `sheets` (every one, or only the selected sheet that a
 * host passes alone), read through the same layout, so sheets people have edited are fine.
 */
export function planSelfEvalsFromSheets(
  sheets: SheetValues[],
  taken: Iterable<string>,
  options: SelfEvalOptions = {}
): SheetPlan[] {
  return planSelfEvals(selfEvaluationsOf(readDepartment(sheets).department, options), taken);
}

export function planMonitorsFromSheets(
  sheets: SheetValues[],
  taken: Iterable<string>,
  asOf: number
): SheetPlan[] {
  return planMonitors(monitoringsOf(readDepartment(sheets).department, asOf), taken);
}

/** A 自评表 as read from its sheet, with what it prints and where (see year-after-places.ts). */
export interface SelfEvalSheet {
  sheet: string;
  evaluation: SelfEvaluation;
  places?: SelfEvalPlaces;
  shown?: SelfEvalShown;
}

export interface MonitorSheet {
  sheet: string;
  monitoring: Monitoring;
  places?: MonitorPlaces;
}

export interface ReadYearAfter {
  selfEvaluations: SelfEvalSheet[];
  monitorings: MonitorSheet[];
  /** With the sheet's name, as readDepartment reports. */
  problems: Problem[];
}

/** Every 自评表 and 监控表 of a workbook, found by content, with what they report. */
export function readYearAfter(sheets: SheetValues[]): ReadYearAfter {
  const read: ReadYearAfter = { selfEvaluations: [], monitorings: [], problems: [] };
  for (const sheet of sheets) {
    const evaluation = readSelfEvalSheet(sheet.grid) ?? readPublishedSelfEvalSheet(sheet.grid);
    if (evaluation) {
      const { evaluation: model, places, shown } = evaluation;
      read.selfEvaluations.push({ sheet: sheet.name, evaluation: model, places, shown });
      read.problems.push(...evaluation.problems.map((p) => ({ ...p, sheet: sheet.name })));
      continue;
    }
    const monitoring = readMonitorSheet(sheet.grid);
    if (monitoring) {
      const { places } = monitoring;
      read.monitorings.push({ sheet: sheet.name, monitoring: monitoring.monitoring, places });
      read.problems.push(...monitoring.problems.map((p) => ({ ...p, sheet: sheet.name })));
    }
  }
  return read;
}
