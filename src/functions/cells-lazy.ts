/**
 * Excel's stand-in for cells.ts (webpack.config.js puts it in functions.ts's import): the same
 * exports, but the implementations and the core they use load on the first PT call instead of
 * with the pane's first screen (taskpane.html loads functions.ts at start: the shared runtime).
 * Until they are loaded, a function answers a Promise of its value, which Excel accepts from any
 * custom function; from then on it answers at once, as cells.ts does. A cell error rejects the
 * Promise, which Excel shows as it shows a thrown one. If the chunk cannot be fetched, the cell
 * says so (#N/A) and the next calculation tries again.
 */
import type * as Cells from "./cells";
import type { HostFunction } from "./adapter";

type CellsModule = typeof Cells;

let cells: CellsModule | null = null;
let loading: Promise<CellsModule> | null = null;
let rules: Cells.ReviewCells | null = null;

/** What a cell shows when the functions' code cannot be fetched. */
function unavailable(): unknown {
  const message = "PT 函数的程序未能加载，请检查网络后重新计算";
  return typeof CustomFunctions !== "undefined" && CustomFunctions.Error
    ? new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message)
    : new Error(message);
}

/** cells.ts, fetched once; a failed fetch is forgotten, so the next call tries again. */
export function loadCells(): Promise<CellsModule> {
  loading ??= import(/* webpackChunkName: "functions-cells" */ "./cells").then(
    (module) => {
      if (rules) module.supplyReviewRules(rules);
      cells = module;
      return module;
    },
    () => {
      loading = null;
      throw unavailable();
    }
  );
  return loading;
}

const wrappers = new Map<string, HostFunction>();

/** One function: the loaded implementation's answer, or a Promise of it until loaded. */
function lazyFunction(id: string): HostFunction {
  let wrapper = wrappers.get(id);
  if (!wrapper) {
    wrapper = (...raw: unknown[]) =>
      cells
        ? (cells.PT as Record<string, HostFunction>)[id](...raw)
        : loadCells().then((loaded) => (loaded.PT as Record<string, HostFunction>)[id](...raw));
    wrappers.set(id, wrapper);
  }
  return wrapper;
}

/**
 * cells.ts's `PT`, keyed by id as there. Typed as that one for functions.ts, whose exports declare
 * the value Excel's metadata gives; before the first load each answers a Promise of that value.
 */
export const PT = new Proxy({} as CellsModule["PT"], {
  get: (_, id) => (typeof id === "string" ? lazyFunction(id) : undefined),
});

/** As cells.ts's: kept here until the implementations load, then handed to them. */
export function supplyReviewRules(review: Cells.ReviewCells): void {
  rules = review;
  cells?.supplyReviewRules(review);
}

export function reviewRulesSupplied(): boolean {
  return rules !== null;
}
