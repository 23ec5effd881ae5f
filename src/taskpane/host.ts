/**
 * The one interface the pane talks to: inside Excel or WPS it inserts into the workbook and reads
 * it; in a plain browser (no Office host) it builds the same workbook as .xlsx and downloads it,
 * and has no workbook to read.
 */
import type { SheetPlan } from "../core/layout/plan";
import type { SheetValues } from "../core/layout/workbook";
import { ExcelRun, insertSheets, Progress, readWorkbook } from "../hosts/excel";

export interface InsertOutcome {
  sheets: string[];
  /** File name when the preview downloaded a workbook. */
  file?: string;
}

export interface InsertOptions {
  /** The preview's file name; by default the sheet's name for one sheet, else 绩效目标表. */
  file?: string;
}

export interface PaneHost {
  kind: "excel" | "wps" | "preview";
  insert(
    plan: (taken: string[]) => SheetPlan[],
    onProgress: Progress,
    options?: InsertOptions
  ): Promise<InsertOutcome>;
  /**
   * Every sheet of the workbook, in tab order: its name and values, A1 at [0][0], empty cells
   * null, an empty sheet as no rows. The preview has no workbook: none.
   */
  readWorkbook(): Promise<SheetValues[]>;
}

export function excelHost(run: ExcelRun = (batch) => Excel.run(batch)): PaneHost {
  return {
    kind: "excel",
    insert: (plan, onProgress) => insertSheets(run, plan, onProgress),
    readWorkbook: () => readWorkbook(run),
  };
}

/** WPS 表格: the ET host loads on first use, so the pane in Excel does not carry it. */
export function wpsHost(app: Et.Application): PaneHost {
  return {
    kind: "wps",
    async insert(plan, onProgress) {
      const { insertSheetsWps } = await import(/* webpackChunkName: "wps-host" */ "../hosts/wps");
      return insertSheetsWps(app, plan, onProgress);
    },
    async readWorkbook() {
      const { readWorkbookWps } = await import(/* webpackChunkName: "wps-host" */ "../hosts/wps");
      return readWorkbookWps(app);
    },
  };
}

function download(bytes: Uint8Array, file: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The preview: ExcelJS is loaded only here, so the pane inside Excel never pays for it. */
export function previewHost(save: (bytes: Uint8Array, file: string) => void = download): PaneHost {
  return {
    kind: "preview",
    async insert(plan, onProgress, options = {}) {
      const plans = plan([]);
      const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../hosts/xlsx");
      plans.forEach((p, i) => onProgress(i + 1, plans.length, p.name));
      const bytes = await writeXlsx(plans);
      const file = options.file ?? `${plans.length === 1 ? plans[0].name : "绩效目标表"}.xlsx`;
      save(bytes, file);
      return { sheets: plans.map((p) => p.name), file };
    },
    readWorkbook: async () => [],
  };
}
