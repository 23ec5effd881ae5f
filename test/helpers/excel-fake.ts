/**
 * A recording fake of the Office.js Excel object model, for the Excel host's tests. It follows the
 * documented behaviour that matters here: loaded properties can be read only after
 * context.sync(); values/formulas/numberFormat must match the range's size; adding a sheet whose
 * name exists fails at the next sync. It counts syncs and proxy calls (property sets and method calls).
 */
import { columnName, parseRange, Scalar } from "../../src/core/layout/plan";
import type { ExcelRun } from "../../src/hosts/excel";

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
  constructor(public name: string) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** What Excel's used range holds: the values grid up to the last non-empty cell. */
  grid(): Scalar[][] {
    let rows = 0;
    let columns = 0;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      if (this.cells.get(key)?.value !== null) {
        rows = Math.max(rows, r);
        columns = Math.max(columns, c);
      }
    }
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const cell = this.cell(r + 1, c + 1);
        return cell?.formula ? "" : (cell?.value ?? "");
      })
    );
  }
}

export class ExcelFake {
  syncs = 0;
  /** Every queued command: property sets and method calls on proxy objects. */
  calls: string[] = [];
  sheets: FakeSheet[] = [];
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
        if (fake.error) {
          const error = fake.error;
          fake.error = null;
          throw error;
        }
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
        return Reflect.set(obj, key, value);
      },
      get(obj, key) {
        const value = Reflect.get(obj, key);
        if (typeof value === "function" && typeof key === "string" && !key.startsWith("_")) {
          return (...args: unknown[]) => {
            if (key !== "load") fake.calls.push(`${path}.${key}()`);
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
        return fake.worksheet(fake.sheet(name));
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
        getUsedRange: () => fake.range(sheet, `A1:${usedCorner(sheet)}`),
        // As in Excel: from the first used cell, which need not be A1.
        getUsedRangeOrNullObject: () =>
          sheet.grid().length === 0
            ? { isNullObject: true, load: () => ({ isNullObject: true }) }
            : fake.range(sheet, `${usedStart(sheet)}:${usedCorner(sheet)}`),
        load(_properties: string) {
          return this;
        },
        activate() {
          sheet.active = true;
        },
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
    const range = {
      address,
      isNullObject: false,
      rowIndex: size ? size.from.row - 1 : 0,
      columnIndex: size ? size.from.column - 1 : 0,
      set values(grid: unknown[][]) {
        checkSize(grid, "values");
        each(grid, (cell, value) => {
          cell.value = value === "" ? null : (value as Scalar);
          delete cell.formula;
        });
      },
      get values(): Scalar[][] {
        fake.guardLoaded(range, "values");
        const grid = sheet.grid();
        if (!size) return grid;
        return Array.from({ length: size.to.row - size.from.row + 1 }, (_, r) =>
          Array.from(
            { length: size.to.column - size.from.column + 1 },
            (_, c) => grid[size.from.row - 1 + r]?.[size.from.column - 1 + c] ?? ""
          )
        );
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
      getBoundingRect: (other: { address: string }) =>
        fake.range(sheet, `A1:${other.address.split(":")[1] ?? "A1"}`),
      load(_properties: string) {
        fake.toLoad.add(range);
        return range;
      },
    };
    return this.recorded(range, address);
  }
}

/** The first used row and column (each on its own, as Excel's used range is a rectangle). */
function usedStart(sheet: FakeSheet): string {
  const grid = sheet.grid();
  const row = grid.findIndex((r) => r.some((v) => v !== ""));
  const columns = grid.map((r) => r.findIndex((v) => v !== "")).filter((c) => c >= 0);
  return `${columnName(Math.max(0, Math.min(...columns)) + 1)}${Math.max(0, row) + 1}`;
}

function usedCorner(sheet: FakeSheet): string {
  const grid = sheet.grid();
  return `${columnName(Math.max(1, grid[0]?.length ?? 1))}${Math.max(1, grid.length)}`;
}
