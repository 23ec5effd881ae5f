/**
 * The project sheet's plan stays what it was when planProject was cut into block builders: every
 * project of the seed, the clean department and the layout fixtures' departments (and each
 * department's first project again with no indicators and no year, the edge cases) is planned and
 * compared with the plans the original code produced, saved once as JSON in
 * test/fixtures/plans/project-plans.json. To write that file again from the code as it stands
 * (only after a deliberate change of the layout): PLAN_FIXTURE=write and run this test.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { planProject } from "../../src/core/layout/project";
import { contextOf, projectSheetName } from "../../src/core/layout/workbook";
import type { Department } from "../../src/core/model";
import { cleanDepartment } from "../fixtures/clean-department";
import { DECLARATION_EXPECTED } from "../fixtures/layouts/declaration";
import { NARROW_EXPECTED } from "../fixtures/layouts/narrow";
import { SPLIT_EXPECTED } from "../fixtures/layouts/split";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

const FIXTURE = join(process.cwd(), "test/fixtures/plans/project-plans.json");

/** The departments whose projects are planned, by a name that keys the saved plans. */
function departments(): [string, Department][] {
  const named: [string, Department][] = [
    ["seed", SEED_DEPARTMENT],
    ["clean", cleanDepartment()],
    ["split", SPLIT_EXPECTED],
    ["declaration", DECLARATION_EXPECTED],
    ["narrow", NARROW_EXPECTED],
  ];
  const bare = named.map(([name, d]): [string, Department] => [
    `${name}-bare`,
    { ...d, year: null, projects: [{ ...d.projects[0], indicators: [] }] },
  ]);
  return [...named, ...bare];
}

/** Every plan as JSON data, keyed `department/index`. */
function plans(): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const [name, department] of departments()) {
    department.projects.forEach((project, i) => {
      const plan = planProject(
        project,
        contextOf(department, i + 1),
        projectSheetName(i + 1, project)
      );
      all[`${name}/${i + 1}`] = JSON.parse(JSON.stringify(plan));
    });
  }
  return all;
}

if (process.env.PLAN_FIXTURE === "write") writeFileSync(FIXTURE, JSON.stringify(plans()) + "\n");

describe("the project sheet's plan", () => {
  const saved = existsSync(FIXTURE)
    ? (JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, unknown>)
    : {};
  const now = plans();

  it("plans the same projects as saved, a good number of them", () => {
    expect(Object.keys(now).sort()).toEqual(Object.keys(saved).sort());
    expect(Object.keys(now).length).toBeGreaterThan(15);
  });

  it.each(Object.keys(now))("%s is unchanged", (key) => {
    expect(now[key]).toStrictEqual(saved[key]);
  });
});
