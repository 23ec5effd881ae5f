/**
 * Walking a host fake as its host's declarations lead, and what to report from it: every object
 * the fake hands out with its members, properties declared string/number/boolean that it answers
 * otherwise, methods answering objects that the walk leaves out, members the adapter uses that
 * the fake lacks or has in another kind, and declared methods the adapter reads without calling.
 * For the conformance tests of the WPS and Excel fakes (test/hosts/*-fake-conformance.test.ts).
 */
import { Declared, FakeKind, fakeMembers, readable, Use, writable } from "./host-types";

export interface Reached {
  type: string;
  /** How it was reached: "Application.ActiveWorkbook.Worksheets". */
  path: string;
  object: object;
  members: Map<string, FakeKind>;
}

/** A method of a fake that hands out an object: how the walk calls it, and what it returns. */
export type Calls = Record<string, { args: unknown[]; returns: string }>;

/**
 * Every distinct object a fake hands out, from the roots on: through each getter whose declared
 * type is one of the host's, and through the methods in `calls` ("Sheets.Item"). Objects of one
 * type with the same members are visited once.
 */
export function reachFake(
  roots: { type: string; path: string; object: object }[],
  declared: Map<string, Map<string, Declared>>,
  calls: Calls
): Reached[] {
  const reached: Reached[] = [];
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const { type, path, object } = queue.shift()!;
    const members = fakeMembers(object);
    const shape = `${type}:${[...members].map(([n, k]) => `${n}=${k}`).join(",")}`;
    if (seen.has(shape)) continue;
    seen.add(shape);
    reached.push({ type, path, object, members });
    const record = object as Record<string, unknown>;
    for (const [name, kind] of members) {
      const d = declared.get(type)?.get(name);
      const next = d?.kind === "property" ? d.object : null;
      if (next && readable(kind))
        queue.push({ type: next, path: `${path}.${name}`, object: record[name] as object });
      const call = calls[`${type}.${name}`];
      if (call && kind === "function") {
        const result = (record[name] as (...a: unknown[]) => object)(...call.args);
        queue.push({ type: call.returns, path: `${path}.${name}()`, object: result });
      }
    }
  }
  return reached;
}

const PRIMITIVES = new Set(["string", "number", "boolean"]);

/** Properties declared string, number or boolean that the fake answers with something else. */
export function valueProblems(r: Reached, declared: Map<string, Declared>): string[] {
  const problems: string[] = [];
  for (const [name, kind] of r.members) {
    const d = declared.get(name);
    if (!d || d.kind !== "property" || !PRIMITIVES.has(d.type) || !readable(kind)) continue;
    const value = (r.object as Record<string, unknown>)[name];
    // null is VBA's answer for a mixed range (MergeCells over merged and unmerged cells), and
    // Office.js's for a property of a null object.
    if (value !== null && typeof value !== d.type)
      problems.push(
        `${r.path}.${name}: declared ${d.type}, the fake answers ${typeof value} ${JSON.stringify(value)}`
      );
  }
  return problems;
}

/** Uses of members the fake lacks, or has in another kind (a call of a value, a write of a getter). */
export function useProblems(uses: Use[], reached: Reached[]): string[] {
  const problems = new Set<string>();
  for (const { member, use, at } of uses) {
    const [type, name] = member.split(".");
    const kinds = reached.filter((r) => r.type === type).map((r) => r.members.get(name));
    const fits = kinds.some(
      (k) =>
        k !== undefined &&
        (use === "call" ? k === "function" : use === "write" ? writable(k) : readable(k))
    );
    if (!fits) {
      const has = kinds.filter(Boolean).join("/") || "nothing";
      problems.add(
        `${at}: ${use === "call" ? "calls" : use === "write" ? "sets" : "reads"} ${member}, the fake has ${has}`
      );
    }
  }
  return [...problems];
}

/**
 * Entries of `calls` whose method is not declared, or not declared to return what the entry says
 * (a method declared to return any, as Kingsoft's FormatConditions.Add, is taken at its word).
 */
export function callProblems(calls: Calls, declared: Map<string, Map<string, Declared>>): string[] {
  return Object.entries(calls).flatMap(([member, { returns }]) => {
    const [type, name] = member.split(".");
    const d = declared.get(type)?.get(name);
    if (d?.kind !== "method") return [`${member}: not a declared method`];
    return d.type === "any" || new RegExp(`\\b${returns}\\b`).test(d.type)
      ? []
      : [`${member}: declared to return ${d.type}, not ${returns}`];
  });
}

/**
 * Methods of the fake declared to answer a host object that the walk does not call (they are
 * not in `calls`), so that what they hand out would go unchecked.
 */
export function unwalked(
  reached: Reached[],
  declared: Map<string, Map<string, Declared>>,
  calls: Calls
): string[] {
  const missed = new Set<string>();
  for (const { type, members } of reached) {
    for (const [name, kind] of members) {
      const d = declared.get(type)?.get(name);
      if (kind === "function" && d?.kind === "method" && d.object && !calls[`${type}.${name}`])
        missed.add(`${type}.${name}() answers ${d.object}: not in the walk's calls`);
    }
  }
  return [...missed];
}

/**
 * Uses of a declared method other than calls: String(range.MergeArea.Address) reads the function,
 * not the address it answers, whatever a fake does. Caught from the declaration alone.
 */
export function methodsNotCalled(
  uses: Use[],
  declared: Map<string, Map<string, Declared>>
): string[] {
  return uses
    .filter(({ member, use }) => {
      const [type, name] = member.split(".");
      return use !== "call" && declared.get(type)?.get(name)?.kind === "method";
    })
    .map(
      ({ member, use, at }) =>
        `${at}: ${use === "write" ? "sets" : "reads"} the method ${member} without calling it`
    );
}
