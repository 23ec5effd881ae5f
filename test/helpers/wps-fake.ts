/**
 * A recording fake of the WPS 表格 (ET) object model, for the WPS host's tests. It counts bridge
 * calls (every property read, property write and method call on an ET object) and keeps what a
 * sheet would hold. Like the real thing: a string starting with "=" becomes a formula unless the
 * cell is text-formatted; a sheet name in use is refused; Value2 arrays must fit their range.
 */
import { cellName, columnIndex, Scalar } from "../../src/core/layout/plan";

interface Cell {
  value: Scalar;
  formula?: string;
  format: Record<string, unknown>;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

export function parseAreas(address: string): Area[] {
  return address.split(",").map((part) => {
    const [a, b = a] = part.replace(/\$/g, "").split(":");
    const point = (p: string, end: boolean) => {
      const m = /^([A-Z]*)(\d*)$/.exec(p.toUpperCase());
      if (!m) throw new Error(`bad address ${address}`);
      return {
        row: m[2] ? Number(m[2]) : end ? MAX_ROW : 1,
        column: m[1] ? columnIndex(m[1]) : end ? MAX_COLUMN : 1,
      };
    };
    const from = point(a, false);
    const to = point(b, true);
    const wholeColumn = /^[A-Z]+$/i.test(a);
    const wholeRow = /^\d+$/.test(a);
    return {
      top: wholeColumn ? 1 : from.row,
      left: wholeRow ? 1 : from.column,
      bottom: wholeColumn ? MAX_ROW : wholeRow ? Number(b) : to.row,
      right: wholeRow ? MAX_COLUMN : wholeColumn ? columnIndex(b) : to.column,
    };
  });
}

export class WpsSheet {
  cells = new Map<string, Cell>();
  merges: string[] = [];
  validations: {
    address: string;
    type: number;
    formula1?: string;
    input?: string;
    error?: string;
  }[] = [];
  conditions: { address: string; formula: string; fill?: number; font?: number }[] = [];
  columnWidths: Record<string, number> = {};
  rowHeights: Record<string, number> = {};
  page: Record<string, unknown> = {};
  font: Record<string, unknown> = {};
  active = false;
  constructor(public name: string) {}

  cell(row: number, column: number): Cell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  at(address: string): Cell | undefined {
    const [area] = parseAreas(address);
    return this.cells.get(`${area.top},${area.left}`);
  }

  used(): Area {
    let bottom = 1;
    let right = 1;
    for (const [key, cell] of this.cells) {
      if (cell.value === null && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return { top: 1, left: 1, bottom, right };
  }
}

export class WpsFake {
  /** Every crossing of the bridge, as "Object.member". */
  calls: string[] = [];
  sheets: WpsSheet[];
  displayAlerts = true;
  alertsDuringMerge: boolean[] = [];

  constructor(existing: string[] = ["Sheet1"]) {
    this.sheets = existing.map((n) => new WpsSheet(n));
  }

  sheet(name: string): WpsSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** Wraps a plain object so that every read, write and call is counted as a bridge call. */
  private bridged<T extends object>(target: T, label: string): T {
    const calls = this.calls;
    return new Proxy(target, {
      get(obj, key) {
        const value = Reflect.get(obj, key);
        if (typeof key !== "string") return value;
        if (typeof value === "function") {
          return (...args: unknown[]) => {
            calls.push(`${label}.${key}()`);
            return value.apply(obj, args);
          };
        }
        calls.push(`${label}.${key}`);
        return value;
      },
      set(obj, key, value) {
        calls.push(`${label}.${String(key)}=`);
        return Reflect.set(obj, key, value);
      },
    });
  }

  get application(): Et.Application {
    const fake = this;
    const app = {
      get ActiveWorkbook() {
        return fake.bridged(
          {
            get Worksheets() {
              return fake.worksheets();
            },
          },
          "Workbook"
        );
      },
      get ActiveSheet() {
        return fake.worksheet(fake.sheets.find((s) => s.active) ?? fake.sheets[0]);
      },
      get DisplayAlerts() {
        return fake.displayAlerts;
      },
      set DisplayAlerts(value: boolean) {
        fake.displayAlerts = value;
      },
    };
    return this.bridged(app, "Application") as unknown as Et.Application;
  }

  private worksheets() {
    const fake = this;
    return this.bridged(
      {
        get Count() {
          return fake.sheets.length;
        },
        Item(index: number | string) {
          const sheet =
            typeof index === "number"
              ? fake.sheets[index - 1]
              : fake.sheets.find((s) => s.name === index);
          if (!sheet) throw new Error(`Worksheets.Item(${index}): no such sheet`);
          return fake.worksheet(sheet);
        },
        Add(_before: unknown, after: object | null) {
          const anchor = after ? fake.proxies.get(after) : undefined;
          const at = anchor ? fake.sheets.indexOf(anchor) + 1 : 0;
          let n = fake.sheets.length + 1;
          while (fake.sheets.some((s) => s.name === `Sheet${n}`)) n++;
          const sheet = new WpsSheet(`Sheet${n}`);
          fake.sheets.splice(at, 0, sheet);
          return fake.worksheet(sheet);
        },
      },
      "Worksheets"
    );
  }

  /** Which sheet a worksheet object stands for, without crossing the bridge. */
  private proxies = new WeakMap<object, WpsSheet>();

  private worksheet(sheet: WpsSheet) {
    const fake = this;
    const proxy = this.bridged(
      {
        get Name() {
          return sheet.name;
        },
        set Name(name: string) {
          if (fake.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
            throw new Error(`工作表名称“${name}”已被占用`);
          }
          sheet.name = name;
        },
        get Cells() {
          return fake.range(sheet, "A:XFD");
        },
        Range(address: string) {
          return fake.range(sheet, address);
        },
        get UsedRange() {
          const u = sheet.used();
          return fake.range(sheet, `${cellName(u.top, u.left)}:${cellName(u.bottom, u.right)}`);
        },
        get PageSetup() {
          return fake.bridged(sheet.page, "PageSetup");
        },
        Activate() {
          sheet.active = true;
        },
      },
      sheet.name
    );
    this.proxies.set(proxy, sheet);
    return proxy;
  }

  private range(sheet: WpsSheet, address: string) {
    const fake = this;
    const areas = parseAreas(address);
    const whole = address === "A:XFD";
    const each = (visit: (cell: Cell) => void) => {
      for (const a of areas) {
        if (a.bottom - a.top > 5000 || a.right - a.left > 500) continue; // whole rows / columns: recorded elsewhere
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) visit(sheet.cell(r, c));
      }
    };
    const formatter = (label: string, key: string, store?: Record<string, unknown>) =>
      fake.bridged(
        new Proxy(
          {},
          {
            set(_t, prop, value) {
              if (store) store[String(prop)] = value;
              else each((cell) => (cell.format[`${key}.${String(prop)}`] = value));
              return true;
            },
          }
        ),
        label
      );
    const target = {
      get Font() {
        return formatter(`${address}.Font`, "Font", whole ? sheet.font : undefined);
      },
      get Interior() {
        return formatter(`${address}.Interior`, "Interior");
      },
      get Borders() {
        return formatter(`${address}.Borders`, "Borders");
      },
      set HorizontalAlignment(v: number) {
        each((cell) => (cell.format.HorizontalAlignment = v));
      },
      set VerticalAlignment(v: number) {
        each((cell) => (cell.format.VerticalAlignment = v));
      },
      set WrapText(v: boolean) {
        each((cell) => (cell.format.WrapText = v));
      },
      set NumberFormat(v: string) {
        each((cell) => (cell.format.NumberFormat = v));
      },
      set ColumnWidth(v: number) {
        for (const part of address.split(",")) sheet.columnWidths[part] = v;
      },
      set RowHeight(v: number) {
        for (const part of address.split(",")) sheet.rowHeights[part] = v;
      },
      get Value2(): unknown {
        const a = areas[0];
        const grid: unknown[][] = [];
        for (let r = a.top; r <= a.bottom; r++) {
          const row: unknown[] = [];
          for (let c = a.left; c <= a.right; c++) {
            const cell = sheet.cells.get(`${r},${c}`);
            row.push(cell?.formula ? "" : (cell?.value ?? ""));
          }
          grid.push(row);
        }
        return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
      },
      set Value2(values: unknown) {
        const a = areas[0];
        const rows = a.bottom - a.top + 1;
        const columns = a.right - a.left + 1;
        const grid = values as unknown[][];
        if (
          !Array.isArray(grid) ||
          grid.length !== rows ||
          grid.some((r) => r.length !== columns)
        ) {
          throw new Error(`Value2: the array does not fit ${address}`);
        }
        grid.forEach((row, i) =>
          row.forEach((value, j) => {
            const cell = sheet.cell(a.top + i, a.left + j);
            if (
              typeof value === "string" &&
              value.startsWith("=") &&
              cell.format.NumberFormat !== "@"
            ) {
              cell.formula = value;
              cell.value = null;
            } else {
              delete cell.formula;
              cell.value = value === "" ? null : (value as Scalar);
            }
          })
        );
      },
      Merge() {
        fake.alertsDuringMerge.push(fake.displayAlerts);
        for (const part of address.split(",")) sheet.merges.push(part);
      },
      get Validation() {
        return fake.bridged(
          {
            Add(type: number, _alert: number, _operator: number, formula1?: string) {
              sheet.validations.push({ address, type, formula1 });
            },
            set InputMessage(text: string) {
              sheet.validations[sheet.validations.length - 1].input = text;
            },
            set ErrorMessage(text: string) {
              sheet.validations[sheet.validations.length - 1].error = text;
            },
          },
          `${address}.Validation`
        );
      },
      get FormatConditions() {
        return fake.bridged(
          {
            Add(_type: number, _operator: unknown, formula: string) {
              const entry: WpsSheet["conditions"][number] = { address, formula };
              sheet.conditions.push(entry);
              return fake.bridged(
                {
                  get Interior() {
                    return fake.bridged(
                      {
                        set Color(c: number) {
                          entry.fill = c;
                        },
                      },
                      "FormatCondition.Interior"
                    );
                  },
                  get Font() {
                    return fake.bridged(
                      {
                        set Color(c: number) {
                          entry.font = c;
                        },
                      },
                      "FormatCondition.Font"
                    );
                  },
                },
                "FormatCondition"
              );
            },
          },
          `${address}.FormatConditions`
        );
      },
      get Row() {
        return areas[0].top;
      },
      get Column() {
        return areas[0].left;
      },
      get Rows() {
        return fake.bridged({ Count: areas[0].bottom - areas[0].top + 1 }, `${address}.Rows`);
      },
      get Columns() {
        return fake.bridged({ Count: areas[0].right - areas[0].left + 1 }, `${address}.Columns`);
      },
    };
    return this.bridged(target, address);
  }
}
