/**
 * A recording fake of the WPS 表格 (ET) object model, for the WPS host's tests. It counts bridge
 * calls (every property read, property write and method call on an ET object) and keeps what a
 * sheet would hold. Like the real thing: a string starting with "=" becomes a formula unless the
 * cell is text-formatted; a sheet name in use is refused; Value2 arrays must fit their range; a
 * new or copied sheet becomes the active sheet; the formula of a conditional format is read
 * relative to the active cell (VBA's FormatConditions.Add), not to the range it is added to;
 * adding a validation where there is one fails, deleting one clears only the cells named; inserted
 * rows take the formats of the row above; the used range starts at the first used cell;
 * Range.Select fails on a sheet that is not active.
 * A formula's value is what `recalc` answers (the host's recalculation; "" without one). For 自检,
 * `missing` names members the host lacks (read as undefined) and `broken` members that throw.
 */
import { shiftRelative } from "../../src/hosts/a1";
import { cellName, Scalar } from "../../src/core/layout/plan";
import {
  Area,
  areaName,
  Cell,
  Condition,
  parseAreas,
  subtractArea,
  Validation,
  WpsSheet,
} from "./wps-sheet";

export { parseAreas, WpsSheet } from "./wps-sheet";

const overlaps = (a: Area, b: Area) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function entireRows(areas: Area[], address: string): Area {
  if (areas.length !== 1 || areas[0].left !== 1 || areas[0].right < 16384)
    throw new Error(`fake: only entire rows are inserted or deleted, not ${address}`);
  return areas[0];
}

const rowCount = (areas: Area[]) => areas[0].bottom - areas[0].top + 1;

export class WpsFake {
  /** Every crossing of the bridge, as "Object.member". */
  calls: string[] = [];
  sheets: WpsSheet[];
  displayAlerts = true;
  alertsDuringMerge: boolean[] = [];
  /** What Range.Select() selected last, on which sheet. */
  selection: { sheet: string; address: string } | null = null;
  /** Where the cursor is on a sheet the host adds: A1 in a real WPS, anywhere in a test. */
  newSheetActiveCell = "A1";
  activeSheet: WpsSheet;
  /** The host's recalculation of a formula cell; without it a formula reads "" as before. */
  recalc: ((formula: string, sheet: WpsSheet) => Scalar) | null = null;
  /** Members the host lacks (undefined) and members that throw when used, by name. */
  missing = new Set<string>();
  broken = new Set<string>();
  version = "12.1.0.20540";

  constructor(existing: string[] = ["Sheet1"]) {
    this.sheets = existing.map((n) => new WpsSheet(n));
    this.activeSheet = this.sheets[0];
    this.activeSheet.active = true;
  }

  private activate(sheet: WpsSheet): void {
    for (const s of this.sheets) s.active = s === sheet;
    this.activeSheet = sheet;
  }

  /** Where a new sheet goes: after `after` (a worksheet object), else first. */
  private place(sheet: WpsSheet, after: unknown): void {
    const anchor = after ? this.proxies.get(after as object) : undefined;
    this.sheets.splice(anchor ? this.sheets.indexOf(anchor) + 1 : 0, 0, sheet);
    this.activate(sheet);
  }

  sheet(name: string): WpsSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** Wraps a plain object so that every read, write and call is counted as a bridge call. */
  private bridged<T extends object>(target: T, label: string): T {
    const calls = this.calls;
    const { missing, broken } = this;
    const refuse = (key: string) => {
      throw new Error(`${label}.${key}: 该操作失败（测试设定）`);
    };
    return new Proxy(target, {
      get(obj, key) {
        if (typeof key === "string" && missing.has(key)) return undefined;
        const value = Reflect.get(obj, key);
        if (typeof key !== "string") return value;
        if (typeof value === "function") {
          return (...args: unknown[]) => {
            calls.push(`${label}.${key}()`);
            if (broken.has(key)) refuse(key);
            return value.apply(obj, args);
          };
        }
        calls.push(`${label}.${key}`);
        return value;
      },
      set(obj, key, value) {
        calls.push(`${label}.${String(key)}=`);
        if (broken.has(String(key))) refuse(String(key));
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
      get ActiveCell() {
        return fake.range(fake.activeSheet, fake.activeSheet.activeCell);
      },
      get ActiveWindow() {
        const sheet = fake.activeSheet;
        return fake.bridged(
          {
            get FreezePanes() {
              return sheet.frozenAt !== "";
            },
            set FreezePanes(on: boolean) {
              sheet.frozenAt = on ? sheet.activeCell : "";
            },
          },
          "Window"
        );
      },
      get Version() {
        return fake.version.split(".").slice(0, 2).join(".");
      },
      get Build() {
        return fake.version;
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
          let n = fake.sheets.length + 1;
          while (fake.sheets.some((s) => s.name === `Sheet${n}`)) n++;
          const sheet = new WpsSheet(`Sheet${n}`);
          sheet.activeCell = fake.newSheetActiveCell;
          fake.place(sheet, after);
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
          fake.activate(sheet);
        },
        /** Alerts off, as the host asks; the sheet before it (or after) becomes active. */
        Delete() {
          const at = fake.sheets.indexOf(sheet);
          fake.sheets.splice(at, 1);
          if (sheet.active) fake.activate(fake.sheets[Math.max(0, at - 1)]);
        },
        /** Like VBA: returns nothing; the copy is the active sheet, named "name (2)". */
        Copy(_before: unknown, after: unknown) {
          let n = 2;
          while (fake.sheets.some((s) => s.name === `${sheet.name} (${n})`)) n++;
          fake.place(sheet.copy(`${sheet.name} (${n})`), after);
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
        for (const a of areas) for (let c = a.left; c <= a.right; c++) sheet.columnWidths[c] = v;
      },
      set RowHeight(v: number) {
        for (const a of areas) for (let r = a.top; r <= a.bottom; r++) sheet.rowHeights[r] = v;
      },
      get Value2(): unknown {
        const a = areas[0];
        const grid: unknown[][] = [];
        for (let r = a.top; r <= a.bottom; r++) {
          const row: unknown[] = [];
          for (let c = a.left; c <= a.right; c++) {
            const cell = sheet.cells.get(`${r},${c}`);
            row.push(
              cell?.formula ? (fake.recalc?.(cell.formula, sheet) ?? "") : (cell?.value ?? "")
            );
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
        for (const part of address.split(",")) {
          if (sheet.merges.some((m) => overlaps(parseAreas(m)[0], parseAreas(part)[0])))
            throw new Error(`Merge(${part}): overlaps a merged area`);
          sheet.merges.push(part);
        }
      },
      UnMerge() {
        sheet.merges = sheet.merges.filter(
          (m) => !areas.some((a) => overlaps(a, parseAreas(m)[0]))
        );
      },
      /** Entire rows only, as the host uses it. */
      Insert() {
        sheet.moveRows(entireRows(areas, address).top, rowCount(areas));
      },
      Delete() {
        sheet.moveRows(entireRows(areas, address).top, -rowCount(areas));
      },
      get Validation() {
        let entry: Validation | undefined;
        return fake.bridged(
          {
            Add(type: number, _alert: number, _operator: number, formula1?: string) {
              const taken = sheet.validations.some((v) =>
                parseAreas(v.address).some((a) => areas.some((b) => overlaps(a, b)))
              );
              if (taken) throw new Error(`Validation.Add(${address}): the cells have a validation`);
              entry = { address, type, formula1 };
              sheet.validations.push(entry);
            },
            /** Validation.Delete: these cells lose their rules; a rule's other cells keep it. */
            Delete() {
              sheet.validations = sheet.validations.flatMap((v) => {
                let left = parseAreas(v.address);
                for (const b of areas) left = left.flatMap((a) => subtractArea(a, b));
                return left.length > 0 ? [{ ...v, address: left.map(areaName).join(",") }] : [];
              });
            },
            set InputMessage(text: string) {
              entry!.input = text;
            },
            set ErrorMessage(text: string) {
              entry!.error = text;
            },
          },
          `${address}.Validation`
        );
      },
      get FormatConditions() {
        return fake.bridged(
          {
            /** The formula is read relative to the active cell, then kept for the range's top-left. */
            Add(_type: number, _operator: unknown, typed: string) {
              const anchor = parseAreas(fake.activeSheet.activeCell)[0];
              const { top, left } = areas[0];
              const formula = shiftRelative(typed, top - anchor.top, left - anchor.left);
              const entry: Condition = { address, formula, typed };
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
      /** As in VBA, fails unless the range's sheet is the active one; the cursor goes to its first cell. */
      Select() {
        if (!sheet.active) throw new Error(`Range.Select(${address}): the sheet is not active`);
        fake.selection = { sheet: sheet.name, address };
        sheet.activeCell = cellName(areas[0].top, areas[0].left);
      },
      /** The merged area holding the range's first cell, or that cell. */
      get MergeArea() {
        const { top, left } = areas[0];
        const merge = sheet.merges
          .map((m) => parseAreas(m)[0])
          .find((m) => top >= m.top && top <= m.bottom && left >= m.left && left <= m.right);
        const area = merge ?? { top, left, bottom: top, right: left };
        return fake.range(
          sheet,
          `${cellName(area.top, area.left)}:${cellName(area.bottom, area.right)}`
        );
      },
      /** As VBA: true when every cell is in a merge, false when none is, null for a mix. */
      get MergeCells() {
        const merges = sheet.merges.map((m) => parseAreas(m)[0]);
        let inside = 0;
        let cells = 0;
        for (const a of areas)
          for (let r = a.top; r <= a.bottom; r++)
            for (let c = a.left; c <= a.right; c++) {
              cells++;
              if (merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right))
                inside++;
            }
        return inside === 0 ? false : inside === cells ? true : null;
      },
      /** Absolute, as VBA's Address: $A$1:$C$5 ($A$1 for one cell); a method, as Kingsoft's
       * declaration has it (lib.et.d.ts: Address(RowAbsolute?, ColumnAbsolute?, …): string). */
      Address() {
        const a = areas[0];
        const abs = (r: number, c: number) => cellName(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
        const from = abs(a.top, a.left);
        return a.top === a.bottom && a.left === a.right
          ? from
          : `${from}:${abs(a.bottom, a.right)}`;
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
