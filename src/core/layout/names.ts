/** Sheet names: Excel's rules (≤ 31 characters, none of : \ / ? * [ ]) and free variants. */

const MAX_LENGTH = 31;

export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "工作表").slice(0, MAX_LENGTH);
}

/**
 * `wanted`, or the first free `wanted(2)`, `wanted(3)`… Names compare case-insensitively, as
 * Excel compares them, so an existing sheet is never overwritten.
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
