/**
 * The one interface the pane talks to: inside Excel it inserts into the workbook; in a plain
 * browser (no Office host) it builds the same workbook as .xlsx and downloads it. It also reads
 * the whole workbook (in the preview: an .xlsx file the user chooses) and shows a cell of it.
 */
import type { SheetPlan } from "../core/layout/plan";
import type { SheetValues } from "../core/layout/workbook";
import type { ExcelRun, Progress } from "../hosts/excel";
import type { SelfTestReport } from "../hosts/selftest";

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
  /** Every sheet's name and values (A1 at [0][0]); nothing is written. Rejects with a Chinese message. */
  readWorkbook(): Promise<SheetValues[]>;
  /** Activates the sheet and selects the cell (the preview has no workbook: it does nothing). */
  select(sheet: string, cell: string): Promise<void>;
  /** 自检 on a temporary sheet, deleted after; the preview rejects (no workbook). */
  selfTest(): Promise<SelfTestReport>;
}

/** The self-test's runner and the host's steps, loaded only when 自检 runs. */
const selfTestRunner = () => import(/* webpackChunkName: "selftest" */ "../hosts/selftest");

/** Excel: the host's code loads on first use, as WPS's does, so the pane opens sooner. */
export function excelHost(run: ExcelRun = (batch) => Excel.run(batch)): PaneHost {
  const excel = () => import(/* webpackChunkName: "excel-host" */ "../hosts/excel");
  return {
    kind: "excel",
    insert: async (plan, onProgress) => (await excel()).insertSheets(run, plan, onProgress),
    readWorkbook: async () => (await excel()).readWorkbook(run),
    select: async (sheet, cell) => (await excel()).selectCell(run, sheet, cell),
    async selfTest() {
      const [{ runSelfTest }, { excelSelfTest }] = await Promise.all([
        selfTestRunner(),
        import(/* webpackChunkName: "excel-host" */ "../hosts/excel-selftest"),
      ]);
      return runSelfTest(excelSelfTest(run));
    },
  };
}

/** WPS 表格: the ET host loads on first use, so the pane in Excel does not carry it. */
export function wpsHost(app: Et.Application): PaneHost {
  const wps = () => import(/* webpackChunkName: "wps-host" */ "../hosts/wps");
  return {
    kind: "wps",
    async insert(plan, onProgress) {
      const { insertSheetsWps } = await wps();
      return insertSheetsWps(app, plan, onProgress);
    },
    async readWorkbook() {
      const { readWorkbookWps } = await wps();
      return readWorkbookWps(app);
    },
    async select(sheet, cell) {
      const { selectCellWps } = await wps();
      selectCellWps(app, sheet, cell);
    },
    async selfTest() {
      const [{ runSelfTest }, { wpsSelfTest }] = await Promise.all([
        selfTestRunner(),
        import(/* webpackChunkName: "wps-host" */ "../hosts/wps-selftest"),
      ]);
      return runSelfTest(wpsSelfTest(app));
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

/** Asks for a file through the browser's file chooser; rejects when the user cancels it. */
function chooseFile(accept: string): Promise<File> {
  return new Promise((resolve, reject) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = accept;
    input.hidden = true;
    input.addEventListener("change", () => {
      input.remove();
      const file = input.files?.[0];
      if (file) resolve(file);
      else reject(new Error("未选择文件"));
    });
    input.addEventListener("cancel", () => {
      input.remove();
      reject(new Error("未选择文件"));
    });
    // In the page, as some browsers open no chooser for an input outside it.
    document.body.appendChild(input);
    input.click();
  });
}

/** An .xlsx file as the hosts read a workbook: every sheet's name, values and merges. */
async function readChosenWorkbook(file: File): Promise<SheetValues[]> {
  const { readSheetValues, readXlsx } = await import(
    /* webpackChunkName: "xlsx" */ "../hosts/xlsx"
  );
  let workbook;
  try {
    workbook = await readXlsx(await file.arrayBuffer(), { valuesOnly: true });
  } catch (error) {
    throw new Error(
      `无法读取文件“${file.name}”：不是有效的 .xlsx 工作簿（${(error as Error).message}）`
    );
  }
  return workbook.worksheets.map(readSheetValues);
}

/**
 * The preview: ExcelJS is loaded only here, so the pane inside Excel never pays for it. With no
 * workbook open, reading one means choosing an .xlsx file (`choose`, the file chooser by default).
 */
export function previewHost(
  save: (bytes: Uint8Array, file: string) => void = download,
  choose: (accept: string) => Promise<File> = chooseFile
): PaneHost {
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
    readWorkbook: async () => readChosenWorkbook(await choose(".xlsx")),
    // No workbook to show it in: the page says where the cell is instead.
    select: async () => undefined,
    selfTest: async () => {
      throw new Error("自检只能在 Excel 或 WPS 表格中运行（预览模式没有工作簿）");
    },
  };
}
