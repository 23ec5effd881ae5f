/**
 * The tables of a 部门预算绩效目标 document as types (DESIGN §2), and what the year after adds to
 * a project: its 绩效运行监控 and 绩效自评 (DESIGN §3–§4). Amounts are in 万元.
 */
import type { ScoreMethodId } from "./score";

export interface Checkpoint {
  /** Month whose end the amount is planned for: 3, 6, 10, 12 in the seed; 9 and 11 elsewhere. */
  month: number;
  /** Planned cumulative spending by that month's end, 万元. */
  amount: number | null;
}

export interface IndicatorRow {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  /** The 指标值 as written; read it with parseTarget. */
  value: string;
  /** 指标值确定依据. */
  basis: string;
}

/** The six columns of an indicator row, in the order the forms print them (A–F). */
export const INDICATOR_COLUMNS: readonly (keyof IndicatorRow)[] = [
  "level1",
  "level2",
  "level3",
  "description",
  "value",
  "basis",
];

export interface Project {
  code: string;
  name: string;
  budget: number | null;
  fiscalFunds: number | null;
  otherFunds: number | null;
  purpose: string;
  schedule: Checkpoint[];
  goals: string[];
  indicators: IndicatorRow[];
}

export interface DepartmentOverview {
  overallGoal: string;
  itemGoals: string[];
  measures: string[];
}

export interface Department {
  unitCode: string;
  unitName: string;
  /** Budget year; null when the document does not say (then progress compares with the plan only). */
  year: number | null;
  overview: DepartmentOverview;
  projects: Project[];
}

export const DEFAULT_CHECKPOINTS = [3, 6, 10, 12];

export function checkpointLabel(month: number): string {
  return `${month}月底`;
}

/** A project with nothing filled in but its name. */
export function emptyProject(name = ""): Project {
  return {
    code: "",
    name,
    budget: null,
    fiscalFunds: null,
    otherFunds: null,
    purpose: "",
    schedule: [],
    goals: [],
    indicators: [],
  };
}

/** A department with nothing filled in but its projects. */
export function emptyDepartment(projects: Project[] = []): Department {
  return {
    unitCode: "",
    unitName: "",
    year: null,
    overview: { overallGoal: "", itemGoals: [], measures: [] },
    projects,
  };
}

// ---------------------------------------------------------------------------------------------
// The year after the targets: monitoring and self-evaluation of one project.

/** A share of the self-evaluation weights: the 一级指标 it covers and its points. */
export interface WeightGroup {
  label: string;
  level1: string[];
  weight: number;
  /** The group that takes this weight when no indicator falls in this one (满意度 → 效益). */
  fallback?: string;
}

/** How 100 points are split: 预算执行率 and the indicator groups (DESIGN §4). */
export interface WeightSplit {
  execution: number;
  groups: WeightGroup[];
}

/** One line of a 自评表's funds block: 年初预算数, 全年预算数, 全年执行数. */
export interface FundLine {
  label: string;
  initial: number | null;
  adjusted: number | null;
  spent: number | null;
}

/** The self-evaluation of one indicator row (same index as `project.indicators`). */
export interface IndicatorResult {
  /** 实际完成值: a number, or text such as 96%, 达成年度指标. */
  actual: string | number | null;
  /** 分值. */
  weight: number | null;
  /** 得分 when it departs from the rule's (a qualitative score raised within its band); else null. */
  score: number | null;
  /** 偏差原因分析及改进措施. */
  reason: string;
}

/** A 项目支出绩效自评表. */
export interface SelfEvaluation {
  /** The project as the 自评表 shows it: name, code, 年初预算, 年度总体目标 and the indicators. */
  project: Project;
  year: number | null;
  /** 主管部门. */
  department: string;
  /** 实施单位. */
  unit: string;
  /** The total first, then its parts (财政资金, 其他资金, …). */
  funds: FundLine[];
  /** 预算执行率's 分值, its 得分 when typed over the rule's, and the reason for a low rate. */
  execution: { weight: number | null; score: number | null; reason: string };
  /** 实际完成情况 of the 年度总体目标. */
  achieved: string;
  results: IndicatorResult[];
  split: WeightSplit;
  /** How reverse indicators above their target are scored. */
  method: ScoreMethodId;
  /** The scoring preset by id (presets.ts): rounding and the levels' shares; the ministry's when absent. */
  preset?: string;
}

/** One indicator of a 绩效运行监控表 (same index as `project.indicators`). */
export interface MonitorResult {
  /** 1–N月实际完成. */
  actual: string | number | null;
  /** 全年预计完成. */
  forecast: string | number | null;
  /** 偏差原因: 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他. */
  reason: string;
  /** 完成目标可能性: 确定能 / 有可能 / 完全不可能. */
  likelihood: string;
  note: string;
}

/** A 绩效运行监控表 as of a date (usually 7月底). */
export interface Monitoring {
  project: Project;
  department: string;
  unit: string;
  /** The date monitored, as a spreadsheet serial day number. */
  asOf: number;
  /** 全年预算数 and 1–N月执行数. */
  budget: number | null;
  spent: number | null;
  /** Why spending is behind, when it is. */
  spendingReason: string;
  results: MonitorResult[];
}
