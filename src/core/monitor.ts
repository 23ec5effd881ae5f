/**
 * 绩效运行监控 (双监控, DESIGN §3) of one project as of a date, usually 7月底: its choices (偏差原因,
 * 完成目标可能性), a fresh monitoring made from the target table, and its lights by the budget
 * system's rules (light.ts).
 */
import { serialFromYMD, ymdFromSerial } from "./dates";
import { indicatorLight, Light, lightOf, lightRule } from "./light";
import { Monitoring, Project } from "./model";
import { timeProgress } from "./progress";
import { parseTarget } from "./target";

export const DEVIATION_REASONS = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"];
export const LIKELIHOODS = ["确定能", "有可能", "完全不可能"];

/** The month whose end is monitored when no date is given. */
export const DEFAULT_MONITOR_MONTH = 7;

/** The last day of the default month of `year` (the day before the next month's first). */
export function defaultMonitorDate(year: number): number {
  return serialFromYMD(year, DEFAULT_MONITOR_MONTH + 1, 1) - 1;
}

/** 1–N月, the months the actuals cover. */
export function monthsLabel(asOf: number): string {
  return `1–${ymdFromSerial(asOf).month}月`;
}

export interface MonitorContext {
  department: string;
  unit: string;
}

/** The project as the 监控表 shows it: name, code, goals and the indicators' names and values. */
export function projectOnMonitor(project: Project): Project {
  return {
    ...project,
    fiscalFunds: null,
    otherFunds: null,
    purpose: "",
    schedule: [],
    indicators: project.indicators.map((row) => ({ ...row, description: "", basis: "" })),
  };
}

/** A fresh monitoring of a project as of `asOf` (a serial date): nothing reported yet. */
export function monitoringOf(project: Project, context: MonitorContext, asOf: number): Monitoring {
  return {
    project: projectOnMonitor(project),
    department: context.department,
    unit: context.unit,
    asOf,
    budget: project.budget,
    spent: null,
    spendingReason: "",
    results: project.indicators.map(() => ({
      actual: null,
      forecast: null,
      reason: "",
      likelihood: "",
      note: "",
    })),
  };
}

/** The spending light of the budget system: 执行率 ÷ 序时进度 through the 一体化 bands. */
export function spendingLight(monitoring: Monitoring): Light | "" {
  const { spent, budget, asOf } = monitoring;
  if (spent === null || !budget) return "";
  return lightOf(spent / budget / timeProgress(asOf), lightRule("一体化"));
}

/** The light of indicator row `i`, "" while nothing is reported or when it cannot be told. */
export function rowLight(monitoring: Monitoring, i: number): Light | "" {
  const row = monitoring.project.indicators[i];
  const target = parseTarget(row.value);
  if (!target.ok) return "";
  const light = indicatorLight(
    monitoring.results[i]?.actual ?? null,
    target.value,
    timeProgress(monitoring.asOf),
    row.level2
  );
  return light.ok ? light.value : "";
}
