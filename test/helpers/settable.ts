/**
 * Whether a fake's object takes a write to a member: only where it has a setter. Both host fakes
 * refuse other writes, so that an adapter setting a member the fake does not model, or models as
 * read-only as its host declares it, fails in the tests (a real host may ignore it silently).
 */
export function settable(obj: object, key: string | symbol): boolean {
  for (let o: object | null = obj; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return d.set !== undefined;
  }
  return false;
}
