/**
 * Review rules tested as data (ESLint's RuleTester): for one rule, `valid` projects on which it
 * finds nothing and `invalid` ones with the findings it must report, each asserted by message id,
 * severity and cell on the sheet `pt build` would write, never by message text. The clean base
 * project is always among the valid cases: the table that a case breaks, fixed, is clean.
 */
import { departmentSheetNames } from "../../src/core/layout";
import { emptyDepartment, IndicatorRow, Project } from "../../src/core/model";
import type { ModelPlace, Severity } from "../../src/core/problem";
import {
  OptionValue,
  resolveSettings,
  reviewImport,
  Rule,
  RuleSeverity,
  RULES,
} from "../../src/core/review";
import { cleanDepartment } from "../fixtures/clean-department";

/** 4.居委会退休干部补助经费 fixed: seven rows of every kind, at rows 11–17 of its sheet. */
export function baseProject(): Project {
  return cleanDepartment().projects[3];
}

/** The base project with one indicator row changed. */
export function withRow(index: number, patch: Partial<IndicatorRow>): Project {
  const project = baseProject();
  project.indicators[index] = { ...project.indicators[index], ...patch };
  return project;
}

/** The base project with some fields changed. */
export function withProject(patch: Partial<Project>): Project {
  return { ...baseProject(), ...patch };
}

export interface Expected {
  messageId: string;
  cell: string;
  /** The rule's default when not given. */
  severity?: Severity;
  /** The model place, when a case wants to pin it. */
  at?: ModelPlace;
}

interface Settings {
  severity?: RuleSeverity;
  options?: Record<string, OptionValue>;
}

export interface ValidCase extends Settings {
  name: string;
  project: Project;
}

export interface InvalidCase extends ValidCase {
  errors: Expected[];
}

/** What the rule alone finds in a one-project department, located on its sheet. */
export function findings(rule: Rule, project: Project, settings: Settings = {}) {
  const active = resolveSettings({
    rules: Object.fromEntries(
      RULES.map((r) => [
        r.meta.id,
        r === rule ? [settings.severity ?? rule.meta.severity, settings.options ?? {}] : "off",
      ])
    ),
  });
  if (!active.ok) throw new Error(active.error);
  const department = { ...emptyDepartment([project]), unitCode: "1", unitName: "测试单位" };
  return reviewImport({ department, diagnostics: [] }, active.value).findings;
}

export function runRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`review/${rule.meta.id}`, () => {
    const valid: ValidCase[] = [{ name: "the clean base project", project: baseProject() }];
    it.each([...valid, ...cases.valid].map((c) => [c.name, c] as const))(
      "passes %s",
      (_name, c) => {
        expect(findings(rule, c.project, c)).toEqual([]);
      }
    );
    it.each(cases.invalid.map((c) => [c.name, c] as const))("finds %s", (_name, c) => {
      const found = findings(rule, c.project, c);
      // The sheet pt build would write for the project (its name follows the project's).
      const sheet = departmentSheetNames(emptyDepartment([c.project])).projects[0];
      expect(
        found.map((p, i) => ({
          rule: p.rule,
          messageId: p.messageId,
          severity: p.severity,
          sheet: p.sheet,
          cell: p.cell,
          ...(c.errors[i]?.at && { at: p.at }),
        }))
      ).toEqual(
        c.errors.map((e) => ({
          rule: `review/${rule.meta.id}`,
          messageId: e.messageId,
          severity: e.severity ?? c.severity ?? rule.meta.severity,
          sheet,
          cell: e.cell,
          ...(e.at && { at: e.at }),
        }))
      );
      for (const p of found) {
        expect(p.message).toMatch(/[\u4e00-\u9fff]/);
        expect(p.message).not.toMatch(/\{\w+\}/); // every placeholder filled
      }
    });
  });
}
