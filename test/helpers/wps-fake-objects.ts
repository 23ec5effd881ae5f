/**
 * Objects of the WPS fake made of named members, as Kingsoft's lib.et.d.ts declares them (and
 * test/hosts/wps-fake-conformance.test.ts checks), where an open record would take any write:
 * format objects (Font, Interior, Borders) and PageSetup.
 */

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
