/**
 * The 指标库 search the pane and `pt library` use: suggestions of 三级指标 with their typical
 * 指标值 and 依据 for a project's name and purpose, over the library generated from published
 * tables (library.generated.json). The generated data is this module's import, so importing it
 * lazily (`import("../core/library/search")`) keeps the library out of the start chunks.
 */
import type { LibraryData } from "./data";
import libraryJson from "./library.generated.json";
import { DEFAULT_LIMIT, guessKindsIn, LibraryQuery, LibrarySuggestion, suggestIn } from "./rank";

export type { LibraryQuery, LibrarySuggestion } from "./rank";

/** The library generated from data/library by scripts/build-library.ts. */
export const LIBRARY = libraryJson as unknown as LibraryData;

/** Ranked suggestions for a project (15 unless `limit` says otherwise). */
export function suggestIndicators(
  query: { name: string; purpose?: string },
  limit: number = DEFAULT_LIMIT
): LibrarySuggestion[] {
  return suggestIn(LIBRARY, query as LibraryQuery, limit);
}

/** The kinds of project the query looks like, as shares of 1, most likely first. */
export function guessKinds(query: {
  name: string;
  purpose?: string;
}): { kind: string; score: number }[] {
  if (!query || typeof query.name !== "string") return [];
  return guessKindsIn(LIBRARY, query);
}
