/**
 * Registers the PT functions with WPS (wps.AddCustomFunction), from the same metadata as Excel's
 * functions.json — generated from the JSDoc of src/functions/functions.ts at build time — and the
 * same implementations. WPS calls them synchronously.
 */
import * as implementations from "../functions/functions";

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description?: string; type?: string; optional?: boolean }[];
  result: { type?: string };
}

type Implementation = (...args: unknown[]) => unknown;

/** The implementation behind a metadata id: CHECK → check. */
export function implementationOf(id: string): Implementation | undefined {
  const candidate = (implementations as unknown as Record<string, unknown>)[id.toLowerCase()];
  return typeof candidate === "function" ? (candidate as Implementation) : undefined;
}

/** Errors cross into WPS as plain Errors carrying the same Chinese message as Excel shows. */
function wrap(fn: Implementation): Implementation {
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

export function registerFunctions(
  root: Pick<WPS.EtAddonRoot, "AddCustomFunction">,
  metadata: { functions: FunctionMetadata[] }
): string[] {
  const registered: string[] = [];
  for (const fn of metadata.functions) {
    const implementation = implementationOf(fn.id);
    if (!implementation) continue;
    root.AddCustomFunction("PT", fn.name, wrap(implementation), {
      description: fn.description,
      result: { type: fn.result?.type ?? "any" },
      parameters: fn.parameters.map((p) => ({
        name: p.name,
        type: p.type ?? "any",
        description: p.optional ? `（可选）${p.description ?? ""}` : (p.description ?? ""),
      })),
    });
    registered.push(`PT.${fn.name}`);
  }
  return registered;
}
