/**
 * The generated files of the 指标库, as text, from the gathered TSV files: the library
 * (library.generated.json: entries and the bigram index) and the forms profile the review rule
 * reads (value-forms.generated.json), and the counts of docs/indicator-library.md. One function, so the build script writes exactly what the
 * up-to-date test compares. JSON is written one entry per line, so a change of data is a readable diff.
 */
import { buildLibrary } from "./build";
import type { LibraryData } from "./data";
import { parseLibraryFiles, ParsedLibrary } from "./parse";
import { librarySummary } from "./summary";
import { buildFormProfile, FormProfile } from "./value-forms";

export const LIBRARY_FILE = "src/core/library/library.generated.json";
export const FORMS_FILE = "src/core/library/value-forms.generated.json";
export const DOC_FILE = "docs/indicator-library.md";

/** An object whose values are each put on a line of their own (arrays: each item; objects: each key). */
function linePerItem(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => JSON.stringify(v)).join(",\n")}\n]`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",\n")}\n}`;
  }
  return JSON.stringify(value);
}

/** A generated object: its top-level keys each with their items a line apart. */
function formatGenerated(value: object): string {
  const parts = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${linePerItem(v)}`);
  return `{\n${parts.join(",\n")}\n}\n`;
}

export function formatLibrary(data: LibraryData): string {
  return formatGenerated(data);
}

export function formatFormProfile(profile: FormProfile): string {
  return formatGenerated(profile);
}

export interface Generated {
  parsed: ParsedLibrary;
  library: string;
  forms: string;
  /** The section of DOC_FILE that says what the library holds. */
  summary: string;
}

/** The generated texts for the files of data/library (name → text, in name order). */
export function generateLibrary(files: { name: string; text: string }[]): Generated {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parsed = parseLibraryFiles(sorted);
  const data = buildLibrary(parsed.tables);
  return {
    parsed,
    library: formatLibrary(data),
    forms: formatFormProfile(buildFormProfile(parsed.tables)),
    summary: librarySummary(parsed.tables, data.entries.length),
  };
}
