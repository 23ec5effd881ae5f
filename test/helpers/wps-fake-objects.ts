/**
 * Pieces of the WPS fake's objects that keep it closed, as the real object model is: a member the
 * fake does not model, or models as read-only (Kingsoft's lib.et.d.ts), cannot be set, so a write
 * WPS would not take fails in the tests too; and format objects and PageSetup are made of named
 * members, which test/hosts/wps-fake-conformance.test.ts checks against the declaration.
 */
/** Whether an object has a setter for `key`: members the fake does not model, or models as read-only, cannot be set. */
export function settable(obj: object, key: string | symbol): boolean {
  for (let o: object | null = obj; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return d.set !== undefined;
  }
  return false;
}

/** An object of write-only members (a Font, Interior, Borders): each value set goes to `put`. */
export function setters(names: string[], put: (name: string, value: unknown) => void): object {
  const target = {};
  for (const name of names)
    Object.defineProperty(target, name, {
      set(v: unknown) {
        put(name, v);
      },
      enumerable: true,
    });
  return target;
}

/**
 * The PageSetup members the host sets, kept in the sheet's `page` record, each read as a new sheet
 * has it until set (no print area reads "", as in VBA).
 */
const PAGE_SETUP: Record<string, unknown> = {
  PrintArea: "",
  Orientation: 1,
  PaperSize: 9,
  Zoom: 100,
  FitToPagesWide: 1,
  FitToPagesTall: 1,
};

export function pageSetup(page: Record<string, unknown>): object {
  const target = {};
  for (const [name, initial] of Object.entries(PAGE_SETUP)) {
    Object.defineProperty(target, name, {
      get: () => page[name] ?? initial,
      set(v: unknown) {
        page[name] = v;
      },
      enumerable: true,
    });
  }
  return target;
}
