/**
 * What the budget system's flat layout carries of a project, for comparing a model with its round
 * trip: code, name and the indicators with their tree, description, basis and target as the
 * grammar reads it (`23 个` and `23个` are one target; a sentence's amount without the sentence).
 */
import type { Project } from "../../src/core/model";
import { parseTarget, Target } from "../../src/core/target";

export function targetOf(value: string): Target | string {
  const read = parseTarget(value);
  if (!read.ok) return read.error;
  if (read.value.kind !== "quantitative") return read.value;
  const rest: Target = { ...read.value };
  delete rest.prose;
  return rest;
}

export function carried(projects: Project[]) {
  return projects.map((p) => ({
    code: p.code,
    name: p.name,
    indicators: p.indicators.map((i) => ({ ...i, value: targetOf(i.value) })),
  }));
}
