/**
 * A recording fake of the Office.js Excel object model, for the Excel host's tests. It follows the
 * documented behaviour that matters here: loaded properties can be read only after
 * context.sync(); values/formulas/numberFormat must match the range's size; adding a sheet whose
 * name exists fails at the next sync, and so does anything on a sheet asked for by a name not in
 * use (ItemNotFound); one sheet is active at a time; the used range starts at the first used cell;
 * a selection takes effect at the sync. It counts syncs and proxy calls (property sets and method
 * calls). A formula's value is what `recalc` answers (the host's recalculation; "" without one).
 * For 自检, `missing` names methods the host lacks (undefined) and `broken` methods that the next
 * sync refuses (ApiNotFound), as an Excel without the requirement set does. Its objects have the
 * members @types/office-js gives them, of the same kind (excel-fake-conformance.test.ts checks),
 * and setting a member it has no setter for fails.
 */
import { columnName, parseRange, Scalar } from "../../src/core/layout/plan";
import type { ExcelRun } from "../../src/hosts/excel";
import { settable } from "./settable";

interface Cell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  merges: string[] = [];
  validations: { range: string; rule: unknown; prompt?: unknown; errorAlert?: unknown }[] = [];
  conditionalFormats: {
    range: string;
    type: string;
    formula?: string;
    fill?: string;
    font?: string;
  }[] = [];
  formats: { range: string; format: unknown }[] = [];
  borders: { range: string; edge: string; style: string }[] = [];
  columnWidths: Record<string, number> = {};
  rowHeights: Record<string, number> = {};
  printArea = "";
  pageLayout: Record<string, unknown> = {};
  active = false;
  frozenRows = 0;
  constructor(public name: string) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** The used range's corners (1-based), from the first non-empty cell; null when empty. */
  usedArea(): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === null) continue;
      const [r, c] = key.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom === 0 ? null : { top, left, bottom, right };
  }

  /** What Excel's used range holds: the values grid up to the last non-empty cell. */
  grid(recalc?: ((formula: string) => Scalar) | null): Scalar[][] {
    let rows = 0;
    let columns = 0;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      const cell = this.cells.get(key);
      if (cell?.value !== null || cell.formula) {
        rows = Math.max(rows, r);
        columns = Math.max(columns, c);
      }
    }
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const cell = this.cell(r + 1, c + 1);
        return cell?.formula ? (recalc?.(cell.formula) ?? "") : (cell?.value ?? "");
      })
    );
  }
}

export class ExcelFake {
  syncs = 0;
  /** What range.select() selected, once synced. */
  selection: { sheet: string; address: string } | null = null;
  /** Every queued command: property sets and method calls on proxy objects. */
  calls: string[] = [];
  sheets: FakeSheet[] = [];
  /** The host's recalculation of a formula cell; without it a formula reads "". */
  recalc: ((formula: string, sheet: FakeSheet) => Scalar) | null = null;
  missing = new Set<string>();
  broken = new Set<string>();
  /** Excel on the web's response limit (bytes of the loaded values); a sync over it is refused. */
  responseLimit = Infinity;
  /** The bytes each sync returned, for the batching's tests. */
  responses: number[] = [];
  private sizes = new Map<object, () => number>();
  private pending: (() => void)[] = [];
  private loaded = new Set<object>();
  private toLoad = new Set<object>();
  private error: Error | null = null;

  constructor(existing: string[] = []) {
    this.sheets = existing.map((name) => new FakeSheet(name));
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  readonly run: ExcelRun = async (batch) =>
    batch(this.context() as unknown as Excel.RequestContext);

  private context() {
    const fake = this;
    return {
      workbook: { worksheets: fake.worksheets() },
      async sync() {
        fake.syncs++;
        for (const action of fake.pending.splice(0)) action();
        let bytes = 0;
        for (const o of fake.toLoad) bytes += fake.sizes.get(o)?.() ?? 0;
        if (!fake.error && bytes > fake.responseLimit)
          fake.error = Object.assign(
            new Error(
              `ResponsePayloadSizeLimitExceeded: ${bytes} bytes over ${fake.responseLimit}`
            ),
            { code: "ResponsePayloadSizeLimitExceeded" }
          );
        if (fake.error) {
          const error = fake.error;
          fake.error = null;
          fake.toLoad.clear();
          throw error;
        }
        fake.responses.push(bytes);
        for (const o of fake.toLoad) fake.loaded.add(o);
        fake.toLoad.clear();
      },
    };
  }

  /** Wraps an object so that every property set and method call is recorded. */
  private recorded<T extends object>(target: T, path: string): T {
    const fake = this;
    return new Proxy(target, {
      set(obj, key, value) {
        fake.calls.push(`${path}.${String(key)}=`);
        if (!settable(obj, key)) throw new Error(`fake: ${path}.${String(key)} cannot be set`);
        return Reflect.set(obj, key, value);
      },
      get(obj, key) {
        if (typeof key === "string" && fake.missing.has(key)) return undefined;
        const value = Reflect.get(obj, key);
        if (typeof value === "function" && typeof key === "string" && !key.startsWith("_")) {
          return (...args: unknown[]) => {
            if (key !== "load") fake.calls.push(`${path}.${key}()`);
            if (fake.broken.has(key)) {
              fake.error = Object.assign(new Error(`ApiNotFound: ${path}.${key}`), {
                code: "ApiNotFound",
              });
              return fake.recorded({ load: () => undefined }, `${path}.${key}`);
            }
            return value.apply(obj, args);
          };
        }
        return value;
      },
    });
  }

  private guardLoaded(owner: object, property: string): void {
    if (!this.loaded.has(owner)) {
      throw new Error(`PropertyNotLoaded: ${property} was read before load() and context.sync()`);
    }
  }

  private worksheets() {
    const fake = this;
    const collection = {
      load(_properties: string) {
        fake.toLoad.add(collection);
        return collection;
      },
      get items() {
        fake.guardLoaded(collection, "worksheets.items");
        return fake.sheets.map((s) => fake.worksheet(s));
      },
      getActiveWorksheet() {
        return fake.worksheet(fake.sheets.find((s) => s.active) ?? fake.sheets[0]);
      },
      add(name: string) {
        if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
          fake.error = new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
          return fake.worksheet(new FakeSheet(name));
        }
        const sheet = new FakeSheet(name);
        fake.sheets.push(sheet);
        return fake.worksheet(sheet);
      },
      getItem(name: string) {
        const sheet = fake.sheets.find((s) => s.name === name);
        if (sheet) return fake.worksheet(sheet);
        // Office.js answers a proxy; the next sync fails with ItemNotFound.
        fake.error = Object.assign(new Error(`ItemNotFound: no sheet named ${name}`), {
          code: "ItemNotFound",
        });
        return fake.worksheet(new FakeSheet(name));
      },
    };
    return this.recorded(collection, "worksheets");
  }

  private worksheet(sheet: FakeSheet) {
    const fake = this;
    const pageLayout = {
      setPrintArea(area: string) {
        sheet.printArea = area;
      },
      set(properties: Record<string, unknown>) {
        Object.assign(sheet.pageLayout, properties);
      },
    };
    return this.recorded(
      {
        name: sheet.name,
        getRange: (address: string) => fake.range(sheet, address),
        getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
          fake.range(
            sheet,
            `${columnName(column + 1)}${row + 1}:${columnName(column + columns)}${row + rows}`
          ),
        getUsedRange: () => fake.range(sheet, `A1:${usedCorner(sheet)}`),
        getUsedRangeOrNullObject: () => {
          const used = sheet.usedArea();
          if (!used) {
            // A null object's methods answer null objects, as Office.js's proxies do.
            const none = { isNullObject: true, address: "", load: () => none };
            return { ...none, getMergedAreasOrNullObject: () => none };
          }
          const { top, left, bottom, right } = used;
          return fake.range(sheet, `${columnName(left)}${top}:${columnName(right)}${bottom}`);
        },
        load(_properties: string) {
          return this;
        },
        activate() {
          if (fake.sheets.includes(sheet)) for (const s of fake.sheets) s.active = s === sheet;
        },
        delete() {
          fake.pending.push(() => {
            const at = fake.sheets.indexOf(sheet);
            if (at >= 0) fake.sheets.splice(at, 1);
            if (sheet.active && fake.sheets.length > 0)
              fake.sheets[Math.max(0, at - 1)].active = true;
          });
        },
        freezePanes: this.recorded(
          {
            freezeRows(count: number) {
              sheet.frozenRows = count;
            },
          },
          `${sheet.name}.freezePanes`
        ),
        pageLayout: this.recorded(pageLayout, `${sheet.name}.pageLayout`),
      },
      sheet.name
    );
  }

  private range(sheet: FakeSheet, address: string) {
    const fake = this;
    const whole = /^([A-Z]+):([A-Z]+)$|^(\d+):(\d+)$/.exec(address);
    const size = whole ? null : parseRange(address);
    const checkSize = (grid: unknown[][], what: string) => {
      if (!size) throw new Error(`InvalidArgument: ${what} on a whole row or column`);
      const rows = size.to.row - size.from.row + 1;
      const columns = size.to.column - size.from.column + 1;
      if (grid.length !== rows || grid.some((r) => r.length !== columns)) {
        throw new Error(
          `InvalidArgument: ${what} is ${grid.length}×${grid[0]?.length}, range ${address} is ${rows}×${columns}`
        );
      }
    };
    const each = (grid: unknown[][], write: (cell: Cell, value: unknown) => void) =>
      grid.forEach((row, i) =>
        row.forEach((value, j) => {
          const key = `${size!.from.row + i},${size!.from.column + j}`;
          const cell = sheet.cells.get(key) ?? { value: null };
          write(cell, value);
          sheet.cells.set(key, cell);
        })
      );
    const format = {
      set(properties: unknown) {
        sheet.formats.push({ range: address, format: properties });
      },
      set columnWidth(width: number) {
        sheet.columnWidths[address] = width;
      },
      set rowHeight(height: number) {
        sheet.rowHeights[address] = height;
      },
      font: fake.recorded(
        {
          set(properties: unknown) {
            sheet.formats.push({ range: address, format: { font: properties } });
          },
        },
        `${address}.format.font`
      ),
      borders: {
        getItem: (edge: string) =>
          fake.recorded(
            {
              set style(style: string) {
                sheet.borders.push({ range: address, edge, style });
              },
            },
            `${address}.border`
          ),
      },
    };
    const validation = {
      range: address,
      rule: undefined as unknown,
      prompt: undefined as unknown,
      errorAlert: undefined as unknown,
    };
    let validationAdded = false;
    const dataValidation = {
      set rule(rule: unknown) {
        validation.rule = rule;
        if (!validationAdded) sheet.validations.push(validation);
        validationAdded = true;
      },
      set prompt(prompt: unknown) {
        validation.prompt = prompt;
      },
      set errorAlert(alert: unknown) {
        validation.errorAlert = alert;
      },
    };
    const valuesNow = (): Scalar[][] => {
      const grid = sheet.grid(fake.recalc && ((f: string) => fake.recalc!(f, sheet)));
      if (!size) return grid;
      return Array.from({ length: size.to.row - size.from.row + 1 }, (_, r) =>
        Array.from(
          { length: size.to.column - size.from.column + 1 },
          (_, c) => grid[size.from.row - 1 + r]?.[size.from.column - 1 + c] ?? ""
        )
      );
    };
    const range = {
      address,
      isNullObject: false,
      rowIndex: size ? size.from.row - 1 : 0,
      columnIndex: size ? size.from.column - 1 : 0,
      rowCount: size ? size.to.row - size.from.row + 1 : 0,
      columnCount: size ? size.to.column - size.from.column + 1 : 0,
      set values(grid: unknown[][]) {
        checkSize(grid, "values");
        each(grid, (cell, value) => {
          cell.value = value === "" ? null : (value as Scalar);
          delete cell.formula;
        });
      },
      get values(): Scalar[][] {
        fake.guardLoaded(range, "values");
        return valuesNow();
      },
      set formulas(grid: unknown[][]) {
        checkSize(grid, "formulas");
        each(grid, (cell, value) => {
          if (typeof value === "string" && value.startsWith("=")) {
            cell.formula = value;
            cell.value = null;
          } else cell.value = value === "" ? null : (value as Scalar);
        });
      },
      set numberFormat(grid: unknown[][]) {
        checkSize(grid, "numberFormat");
        each(grid, (cell, value) => (cell.numberFormat = String(value)));
      },
      format: fake.recorded(format, `${address}.format`),
      select() {
        if (fake.sheets.includes(sheet))
          fake.pending.push(() => (fake.selection = { sheet: sheet.name, address }));
      },
      merge(_across?: boolean) {
        sheet.merges.push(address);
      },
      dataValidation: fake.recorded(dataValidation, `${address}.dataValidation`),
      conditionalFormats: {
        add: (type: string) => {
          const entry: FakeSheet["conditionalFormats"][number] = { range: address, type };
          sheet.conditionalFormats.push(entry);
          fake.calls.push(`${address}.conditionalFormats.add()`);
          const rule = fake.recorded(
            {
              set formula(f: string) {
                entry.formula = f;
              },
            },
            `${address}.cf.rule`
          );
          const fill = fake.recorded(
            {
              set color(c: string) {
                entry.fill = c;
              },
            },
            `${address}.cf.fill`
          );
          const font = fake.recorded(
            {
              set color(c: string) {
                entry.font = c;
              },
            },
            `${address}.cf.font`
          );
          return { custom: { rule, format: { fill, font } } };
        },
      },
      /** The merged areas meeting the range, as RangeAreas: address "S!A1:B2,S!C3:D4". */
      getMergedAreasOrNullObject() {
        const hits = sheet.merges.filter((m) => {
          if (!size) return true;
          const a = parseRange(m);
          return (
            a.from.row <= size.to.row &&
            size.from.row <= a.to.row &&
            a.from.column <= size.to.column &&
            size.from.column <= a.to.column
          );
        });
        const areas = {
          isNullObject: hits.length === 0,
          address: hits.map((m) => `${sheet.name}!${m}`).join(","),
          load(_properties: string) {
            fake.toLoad.add(areas);
            return areas;
          },
        };
        return areas;
      },
      getBoundingRect: (other: { address: string }) =>
        fake.range(sheet, `A1:${other.address.split(":")[1] ?? "A1"}`),
      load(properties: string) {
        fake.toLoad.add(range);
        if (/values|formulas/.test(properties))
          fake.sizes.set(range, () => Buffer.byteLength(JSON.stringify(valuesNow())));
        return range;
      },
    };
    return this.recorded(range, address);
  }
}

function usedCorner(sheet: FakeSheet): string {
  const grid = sheet.grid();
  return `${columnName(Math.max(1, grid[0]?.length ?? 1))}${Math.max(1, grid.length)}`;
}
