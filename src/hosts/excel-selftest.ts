/**
 * 自检 in Excel: the Office.js calls the add-in relies on, one Excel.run and sync per step so that a
 * step the host refuses fails alone (a failed sync drops only its own queue). The temporary sheet
 * is deleted in its own run whatever the steps did. The PT functions are written as formulas and
 * read back after Excel's own recalculation (custom functions may answer #BUSY! for a moment).
 */
import type { ExcelRun } from "./excel";
import { judgeProbe, probeFormula, PROBES, SelfTestHost, SelfTestStep } from "./selftest";

interface Session {
  name: string;
  /** The sheet active before, shown again at the end. */
  before: string;
}

/** What Office says about itself; the pane passes Office's, tests a stand-in. */
export interface OfficeAbout {
  version: string;
  isSetSupported(name: string, version: string): boolean;
}

const SETS: [string, string[]][] = [
  ["ExcelApi", Array.from({ length: 20 }, (_, i) => `1.${i + 1}`)],
  ["SharedRuntime", ["1.1"]],
  ["CustomFunctionsRuntime", ["1.1", "1.2", "1.3", "1.4", "1.5"]],
];

/** The highest version of each requirement set the host supports. */
export function supportedSets(office: OfficeAbout): string[] {
  return SETS.flatMap(([set, versions]) => {
    const top = versions.filter((v) => office.isSetSupported(set, v)).pop();
    return top ? [`${set} ${top}`] : [`${set} 不支持`];
  });
}

function officeAbout(): OfficeAbout {
  const diagnostics = Office.context.diagnostics;
  return {
    version: `${diagnostics.version}（${String(diagnostics.platform)}）`,
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each step in one run on the temporary sheet, synced once or more. */
function step(
  run: ExcelRun,
  name: string,
  body: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<string | void>
): SelfTestStep<Session> {
  return {
    name,
    run: (session) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(session.name);
        const seen = await body(sheet, context);
        await context.sync();
        return seen;
      }),
  };
}

function expectEqual(seen: unknown, wanted: unknown, what: string): string {
  const a = JSON.stringify(seen);
  if (a !== JSON.stringify(wanted))
    throw new Error(`${what}读回 ${a}，应为 ${JSON.stringify(wanted)}`);
  return `${what}读回 ${a}`;
}

function hostSteps(run: ExcelRun): SelfTestStep<Session>[] {
  return [
    step(run, "写入数值与公式", async (sheet) => {
      sheet.getRange("A1:C1").formulas = [[1, 2, "=A1+B1"]];
    }),
    step(run, "数字格式", async (sheet) => {
      const cell = sheet.getRange("B3");
      cell.numberFormat = [["0.00%"]];
      cell.values = [[0.5]];
    }),
    step(run, "合并单元格", async (sheet) => {
      sheet.getRange("A5:C5").merge(false);
    }),
    step(run, "边框", async (sheet) => {
      sheet.getRange("A1:C2").format.borders.getItem("EdgeTop").style = "Continuous";
    }),
    step(run, "条件格式", async (sheet) => {
      const format = sheet.getRange("A1:C1").conditionalFormats.add("Custom");
      format.custom.rule.formula = "=$A$1>0";
      format.custom.format.fill.color = "#FFC7CE";
    }),
    step(run, "数据验证", async (sheet) => {
      sheet.getRange("D1:D3").dataValidation.rule = {
        list: { inCellDropDown: true, source: "是,否" },
      };
    }),
    step(run, "打印区域", async (sheet) => {
      sheet.pageLayout.setPrintArea("A1:C5");
    }),
    step(run, "冻结窗格", async (sheet) => {
      sheet.freezePanes.freezeRows(1);
    }),
    step(run, "读回数值与公式结果", async (sheet, context) => {
      const range = sheet.getRange("A1:C1").load("values");
      await context.sync();
      return expectEqual(range.values, [[1, 2, 3]], "A1:C1 ");
    }),
    step(run, "读合并区域", async (sheet, context) => {
      const merged = sheet.getRange("A1:D10").getMergedAreasOrNullObject().load("address");
      await context.sync();
      if (merged.isNullObject || !/A\$?5:\$?C\$?5/.test(merged.address.replace(/\$/g, "")))
        throw new Error(`合并区域读回 ${merged.isNullObject ? "无" : merged.address}，应含 A5:C5`);
      return `合并区域 ${merged.address}`;
    }),
    step(run, "选中单元格", async (sheet) => {
      sheet.activate();
      sheet.getRange("B2").select();
    }),
    ...PROBES.map((probe, i) =>
      step(run, `函数 PT.${probe.name}`, async (sheet, context) => {
        const cell = sheet.getRange(`F${i + 1}`);
        cell.formulas = [[probeFormula(probe)]];
        await context.sync();
        let value: unknown = "#BUSY!";
        for (let tries = 0; tries < 20 && value === "#BUSY!"; tries++) {
          if (tries > 0) await wait(300);
          cell.load("values");
          // A custom function may show #BUSY! until Excel has its answer: read again, a few times.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          value = cell.values[0][0];
        }
        return judgeProbe(probe, value);
      })
    ),
  ];
}

/** The self-test's Excel side; `about` is Office's own unless a test gives one. */
export function excelSelfTest(
  run: ExcelRun,
  about: () => OfficeAbout = officeAbout
): SelfTestHost<Session> {
  return {
    host: "Excel",
    async about() {
      const office = about();
      return { version: office.version, requirementSets: supportedSets(office) };
    },
    open: (name) =>
      run(async (context) => {
        const active = context.workbook.worksheets.getActiveWorksheet().load("name");
        context.workbook.worksheets.add(name);
        await context.sync();
        return { name, before: active.name };
      }),
    steps: hostSteps(run),
    close: (session) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(session.before).activate();
        context.workbook.worksheets.getItem(session.name).delete();
        await context.sync();
      }),
    sheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
  };
}
