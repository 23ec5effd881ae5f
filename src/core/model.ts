/** The tables of a 部门预算绩效目标 document as types (DESIGN §2). Amounts are in 万元. */

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
