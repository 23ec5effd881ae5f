/**
 * The one argument adapter in front of every PT function, for both hosts. First each host's
 * conventions become plain cell values: WPS passes an omitted argument as the number -2147352572
 * (DISP_E_PARAMNOTFOUND), a referenced cell as a 1×1 array and may pass a date cell as a Date;
 * Excel passes null or nothing for an omitted one. Then every argument is read by the kind its
 * signature gives (signatures.ts), an omitted one takes its default, and only then does the
 * implementation run, over typed values. Registration fails loudly when declarations and
 * implementations do not match one to one.
 */
import { readAmount } from "../core/amount";
import { serialFromDate } from "../core/dates";
import { fail, ok, Outcome } from "../core/outcome";
import { readDate } from "../core/progress";
import { CellError } from "./cell-error";
import type { FunctionSignature, Kind, ParameterSignature, Signatures } from "./signatures";

export { CellError } from "./cell-error";

/** What WPS passes for an optional argument left out of the formula. */
export const WPS_OMITTED = -2147352572;

/**
 * The cell error for a message. One object per message, thrown again each time: the hosts read
 * only its code and message, and making an error costs several times the check that found it
 * (a sheet repeats its mistakes down a column).
 */
function cellError(message: string): unknown {
  const office = typeof CustomFunctions !== "undefined" && !!CustomFunctions.Error;
  const made = office ? officeErrors : cellErrors;
  let error = made.get(message);
  if (!error) {
    error = office
      ? new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message)
      : new CellError(message);
    if (made.size >= 512) made.clear();
    made.set(message, error);
  }
  return error;
}

const officeErrors = new Map<string, unknown>();
const cellErrors = new Map<string, unknown>();

const OMITTED: unique symbol = Symbol("omitted");
const RANGE: unique symbol = Symbol("range");

/**
 * A host's argument as a plain cell value (number, string, boolean, null for an empty cell), or
 * OMITTED, or RANGE for more than one cell. WPS's marker counts only as the argument itself: a
 * cell holding that number stays a number.
 */
export function hostValue(raw: unknown): unknown {
  if (raw === undefined || raw === WPS_OMITTED) return OMITTED;
  let value = raw;
  while (Array.isArray(value)) {
    if (value.length !== 1) return RANGE;
    value = value[0];
  }
  if (value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : serialFromDate(value);
  return value;
}

/** True when the host left the argument out (WPS's marker, or nothing at all). */
export function isOmitted(raw: unknown): boolean {
  return hostValue(raw) === OMITTED;
}

/** A string from a cell: text trimmed, a number or TRUE/FALSE as its text; null when empty. */
function readText(value: unknown, label: string): Outcome<string | null> {
  if (value === null) return ok(null);
  if (typeof value === "string") {
    const text = value.trim();
    return ok(text === "" ? null : text);
  }
  if (typeof value === "number" && Number.isFinite(value)) return ok(String(value));
  if (typeof value === "boolean") return ok(value ? "TRUE" : "FALSE");
  return fail(`${label}应为文字`);
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(%?)$/;

/** A number from a cell: a number, or number text (`12`, `95%`); null when empty. */
function readNumber(value: unknown, label: string): Outcome<number | null> {
  if (value === null) return ok(null);
  if (typeof value === "number")
    return Number.isFinite(value) ? ok(value) : fail(`${label}应为数字`);
  if (typeof value === "string") {
    const text = value.normalize("NFKC").trim();
    if (text === "") return ok(null);
    const match = PLAIN_NUMBER.exec(text);
    if (match) return ok(match[1] ? Number(text.slice(0, -1)) / 100 : Number(text));
  }
  return fail(`${label}应为数字`);
}

type Reader = (value: unknown, label: string) => Outcome<unknown>;

const READERS: Record<Kind, Reader> = {
  any: (value) => ok(value),
  text: readText,
  number: readNumber,
  amount: (value, label) => readAmount(value, label),
  date: (value) => readDate(value),
};

/** The value a parameter of each kind gives the implementation. */
export interface KindValue {
  any: unknown;
  text: string | null;
  number: number | null;
  amount: number | null;
  date: number | null;
}

type ArgumentsOf<P> = {
  -readonly [I in keyof P]: P[I] extends { readonly kind: infer K extends Kind }
    ? KindValue[K]
    : never;
};

/** The implementations a catalog asks for: one per function, over values read by kind. */
export type Implementations<C extends Signatures> = {
  [Id in keyof C]: (...args: ArgumentsOf<C[Id]["parameters"]>) => Outcome<unknown>;
};

type Answer<F> = F extends (...args: never[]) => infer R
  ? R extends { ok: true; value: infer T }
    ? T
    : never
  : never;

/** A function as a host calls it: raw arguments in, a value out, or a cell error thrown. */
export type HostFunction<T = unknown> = (...raw: unknown[]) => T;

type Implementation = (...args: unknown[]) => Outcome<unknown>;

/** Which declared functions lack a function in `found`, and which functions lack a declaration. */
export function mismatches(catalog: Signatures, found: object): string[] {
  const functions = found as Record<string, unknown>;
  const problems: string[] = [];
  for (const id of Object.keys(catalog))
    if (typeof functions[id] !== "function") problems.push(`PT.${id} 已声明，但没有实现`);
  for (const id of Object.keys(functions))
    if (!Object.prototype.hasOwnProperty.call(catalog, id))
      problems.push(`PT.${id} 有实现，但没有声明`);
  return problems;
}

/** Implementations whose number of parameters differs from their declaration's. */
function arityMismatches(catalog: Signatures, implementations: object): string[] {
  return Object.entries(catalog).flatMap(([id, declaration]) => {
    const implementation = (implementations as Record<string, unknown>)[id];
    const declared = declaration.parameters.length;
    return typeof implementation === "function" && implementation.length !== declared
      ? [`PT.${id} 声明了 ${declared} 个参数，实现却接受 ${implementation.length} 个`]
      : [];
  });
}

const PLAIN: Record<string, boolean> = { number: true, string: true, boolean: true };

/** One argument, read as its parameter declares it. */
function readArgument(parameter: ParameterSignature, raw: unknown): Outcome<unknown> {
  // A plain cell value for a parameter taken as it is: PT.CHECK's hot path, no reading to do.
  if (parameter.kind === "any" && raw !== WPS_OMITTED && PLAIN[typeof raw] === true)
    return { ok: true, value: raw };
  let value = hostValue(raw);
  if (value === RANGE) return fail(`${parameter.label.zh}应为单个单元格，不能是区域`);
  // Excel passes null both for an omitted argument and for an empty cell, so an empty optional
  // argument takes the default too: both hosts hand the implementation the same value.
  if (value === OMITTED || (value === null && parameter.optional))
    value = parameter.optional ? (parameter.default ?? null) : null;
  return READERS[parameter.kind](value, parameter.label.zh);
}

/** One function behind the adapter: a cell error for bad input, never anything else thrown. */
export function adapt(
  declaration: FunctionSignature,
  implementation: Implementation
): HostFunction {
  const parameters = declaration.parameters;
  const count = parameters.length;
  return (...raw: unknown[]) => {
    const args: unknown[] = new Array(count);
    let outcome: Outcome<unknown> | null = null;
    for (let i = 0; i < count; i++) {
      const read = readArgument(parameters[i], raw[i]);
      if (!read.ok) {
        outcome = read;
        break;
      }
      args[i] = read.value;
    }
    if (outcome === null) {
      try {
        outcome = implementation(...args);
      } catch {
        outcome = fail("输入无法识别");
      }
    }
    if (!outcome.ok) throw cellError(outcome.error);
    return outcome.value;
  };
}

/**
 * Every function of `catalog` behind the adapter, keyed by id. Throws at once (at start, in either
 * host) when a declared function has no implementation, an implementation no declaration, or the
 * number of parameters differs.
 */
export function cellFunctions<C extends Signatures, I extends Implementations<C>>(
  catalog: C,
  implementations: I
): { [Id in keyof C]: HostFunction<Answer<I[Id]>> } {
  const problems = [
    ...mismatches(catalog, implementations),
    ...arityMismatches(catalog, implementations),
  ];
  if (problems.length > 0) throw new Error(`PT 函数的声明与实现不一致：${problems.join("；")}`);
  const adapted: Record<string, HostFunction> = {};
  for (const [id, declaration] of Object.entries(catalog)) {
    adapted[id] = adapt(declaration, (implementations as Record<string, Implementation>)[id]);
  }
  return adapted as { [Id in keyof C]: HostFunction<Answer<I[Id]>> };
}
