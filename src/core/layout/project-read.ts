/**
 * The way back from a 项目绩效目标表 sheet to the model: rows are found by their labels, so a sheet
 * with inserted or deleted rows reads as well as a fresh one. Besides the project it keeps where
 * each value was found (`places`), so that findings on the model point at the edited sheet's cells.
 */
import { IndicatorRow, Project } from "../model";
import { Problem } from "../problem";
import { readAmount } from "../amount";
import { cellName, Scalar } from "./plan";
import { FORM_COLUMNS, INDICATOR_HEADERS, PROJECT_LABELS, ProjectPlaces } from "./project";

const text = (v: Scalar | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

function amount(v: Scalar | undefined, cell: string, problems: Problem[]): number | null {
  const read = readAmount(v, "", "any");
  if (read.ok) return read.value;
  problems.push({ rule: "read/amount", severity: "error", cell, message: read.error });
  return null;
}

function findRow(grid: Scalar[][], column: number, label: string, from = 0): number {
  for (let r = from; r < grid.length; r++) if (text(grid[r]?.[column]) === label) return r;
  return -1;
}

function unnumbered(goals: string): string[] {
  return goals
    .split(/\n+/)
    .map((line) => line.trim().replace(/^\d+[.、．]\s*/, ""))
    .filter((line) => line !== "");
}

export interface ReadProject {
  project: Project;
  /** Title number (`N.` of the title), when there is one. */
  index: number | null;
  unitCode: string;
  unitName: string;
  problems: Problem[];
  /** Where each field, checkpoint and indicator row was found on the sheet. */
  places: ProjectPlaces;
}

/** Reads a project sheet back into the model. Rows found by their labels, so inserted rows are fine. */
export function readProjectSheet(grid: Scalar[][]): ReadProject | null {
  const problems: Problem[] = [];
  const codeRow = findRow(grid, 0, PROJECT_LABELS.code);
  const headerRow = findRow(grid, 0, INDICATOR_HEADERS[0]);
  if (codeRow < 0 || headerRow < 0) return null;
  const at = (r: number, c: number) => grid[r]?.[c] ?? null;
  // 0-based grid indices → A1 addresses.
  const cell = (r: number, c: number) => cellName(r + 1, c + 1);
  const places: ProjectPlaces = { cells: {}, checkpoints: [], header: headerRow + 1, rows: [] };

  const title = text(at(0, 0));
  const titleMatch = /^(\d+)[.．]/.exec(title);
  const unitLine = text(at(codeRow - 1, 0));
  const unitMatch = /^(\d+)\s+(.*)$/.exec(unitLine);

  const labelRow = findRow(grid, 1, PROJECT_LABELS.budget);
  const fundsRow = labelRow >= 0 ? labelRow + 1 : -1;
  const purposeRow = findRow(grid, 1, PROJECT_LABELS.purpose);
  const scheduleRow = findRow(grid, 0, PROJECT_LABELS.schedule);
  const goalsRow = findRow(grid, 0, PROJECT_LABELS.goals);
  places.cells.code = cell(codeRow, 1);
  places.cells.name = cell(codeRow, 4);
  if (fundsRow >= 0) {
    places.cells.budget = cell(fundsRow, 1);
    places.cells.fiscalFunds = cell(fundsRow, 2);
    places.cells.otherFunds = cell(fundsRow, 4);
  }
  if (purposeRow >= 0) places.cells.purpose = cell(purposeRow, 2);
  if (goalsRow >= 0) places.cells.goals = cell(goalsRow, 1);

  const schedule: Project["schedule"] = [];
  if (scheduleRow >= 0) {
    for (let c = 1; c < FORM_COLUMNS; c++) {
      const label = /^(\d{1,2})月底$/.exec(text(at(scheduleRow, c)));
      if (label) {
        const address = cell(scheduleRow + 1, c);
        schedule.push({
          month: Number(label[1]),
          amount: amount(at(scheduleRow + 1, c), address, problems),
        });
        places.checkpoints.push(address);
      }
    }
    places.cells.schedule = places.checkpoints[0] ?? cell(scheduleRow, 0);
  }

  const indicators: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = Array.from({ length: FORM_COLUMNS }, (_, c) => text(at(r, c)));
    if (cells.every((c) => c === "")) break;
    // Merged 一级 / 二级 cells read as empty below their first row.
    if (cells[0] !== "") {
      level1 = cells[0];
      level2 = "";
    }
    if (cells[1] !== "") level2 = cells[1];
    indicators.push({
      level1,
      level2,
      level3: cells[2],
      description: cells[3],
      value: cells[4],
      basis: cells[5],
    });
    places.rows.push(r + 1);
  }

  const project: Project = {
    code: text(at(codeRow, 1)),
    name: text(at(codeRow, 4)),
    budget: fundsRow >= 0 ? amount(at(fundsRow, 1), cell(fundsRow, 1), problems) : null,
    fiscalFunds: fundsRow >= 0 ? amount(at(fundsRow, 2), cell(fundsRow, 2), problems) : null,
    otherFunds: fundsRow >= 0 ? amount(at(fundsRow, 4), cell(fundsRow, 4), problems) : null,
    purpose: purposeRow >= 0 ? text(at(purposeRow, 2)) : "",
    schedule,
    goals: goalsRow >= 0 ? unnumbered(text(at(goalsRow, 1))) : [],
    indicators,
  };
  return {
    project,
    index: titleMatch ? Number(titleMatch[1]) : null,
    unitCode: unitMatch ? unitMatch[1] : "",
    unitName: unitMatch ? unitMatch[2] : unitLine,
    problems,
    places,
  };
}
