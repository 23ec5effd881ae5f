/** What a rule answers: a value, or a message in Chinese that says what is wrong with the input. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Outcome<T> {
  return { ok: false, error };
}
