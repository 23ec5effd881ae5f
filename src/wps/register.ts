/**
 * Registers the PT functions with WPS (wps.AddCustomFunction), synchronously as WPS calls them.
 * The functions are the same adapted ones Excel associates (functions.ts → adapter.ts), so WPS's
 * conventions (an omitted argument as -2147352572, ranges as 2-D arrays, Date objects) are read
 * there; the metadata comes from the same declarations (catalog.ts), written as the wpsjs toolkit
 * writes it: types string / number / bool / any, an optional parameter's type ending in `?`.
 */
import { mismatches, HostFunction } from "../functions/adapter";
import { Catalog, CATALOG, FunctionDeclaration, Language, ResultType } from "../functions/catalog";
import { reviewRowCells } from "../core/review/review";
import { PT, supplyReviewRules } from "../functions/functions";
import { PARAMETER_TYPE } from "../functions/metadata";

export const NAMESPACE = "PT";

export interface WpsMetadata {
  description: string;
  parameters: { name: string; description: string; type: string }[];
  result: { type: string };
}

const RESULT_TYPE: Record<ResultType, string> = {
  string: "string",
  number: "number",
  boolean: "bool",
  any: "any",
};

/** One function's metadata for AddCustomFunction. */
export function wpsMetadata(declaration: FunctionDeclaration, language: Language): WpsMetadata {
  return {
    description: declaration.description[language],
    parameters: declaration.parameters.map((p) => ({
      name: p.name,
      description: p.description[language],
      type: `${PARAMETER_TYPE[p.kind]}${p.optional ? "?" : ""}`,
    })),
    result: { type: RESULT_TYPE[declaration.result] },
  };
}

/** WPS shows a thrown Error's message; a CustomFunctions.Error or CellError becomes a plain one. */
function plainErrors(fn: HostFunction): HostFunction {
  return (...args: unknown[]) => {
    try {
      return fn(...args);
    } catch (error) {
      throw new Error(
        error instanceof Error
          ? error.message
          : String((error as { message?: string })?.message ?? error)
      );
    }
  };
}

export interface RegisterOptions {
  /** The language of the help WPS shows; Chinese unless WPS runs in English. */
  language?: Language;
  catalog?: Catalog;
  functions?: Record<string, HostFunction>;
}

/**
 * Registers every declared function under PT and returns their names. Throws before registering
 * anything when a declared function has no implementation or an implementation no declaration.
 */
export function registerFunctions(
  root: Pick<WPS.EtAddonRoot, "AddCustomFunction">,
  { language = "zh", catalog = CATALOG, functions = PT }: RegisterOptions = {}
): string[] {
  const problems = mismatches(catalog, functions);
  if (problems.length > 0) throw new Error(`无法注册 PT 函数：${problems.join("；")}`);
  // WPS calls PT.REVIEW synchronously: its rules are part of this page, not loaded on first call.
  supplyReviewRules(reviewRowCells);
  return Object.entries(catalog).map(([id, declaration]) => {
    root.AddCustomFunction(
      NAMESPACE,
      id,
      plainErrors(functions[id]),
      wpsMetadata(declaration, language)
    );
    return `${NAMESPACE}.${id}`;
  });
}
