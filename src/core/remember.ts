/**
 * A pure reading of a text, remembered. A sheet holds few distinct texts (labels, 指标值, actual
 * values) but asks about them in every cell and on every recalculation, and full-width folding is
 * the slow part. Bounded: once `max` texts are kept the memory is cleared and starts again.
 */
export function remembered<T>(read: (text: string) => T, max = 4096): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    if (seen.size >= max) seen.clear();
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}
