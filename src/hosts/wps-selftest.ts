/**
 * 自检 in WPS 表格: the ET object-model calls the add-in relies on, each step on its own, on a
 * temporary sheet at the end of the workbook; copying a sheet (how the next project sheet is
 * made) is tried on it too. The temporary sheet and its copy are deleted with alerts off whatever
 * the steps did, and the sheet active before comes back. Enum values are numeric constants.
 */
import { judgeProbe, probeFormula, PROBES, SelfTestHost, SelfTestStep } from "./selftest";

interface Session {
  app: Et.Application;
  sheet: Et.Worksheet;
  name: string;
  before: Et.Worksheet | null;
}

const CONTINUOUS = 1;
const VALIDATE_LIST = 3;
const ALERT_STOP = 1;
const EXPRESSION = 2;

function sheetsOf(app: Et.Application): Et.Sheets {
  const workbook = app.ActiveWorkbook as Et.Workbook | null | undefined;
  if (!workbook) throw new Error("请先打开或新建一个工作簿");
  return workbook.Worksheets;
}

function namesOf(app: Et.Application): string[] {
  const sheets = sheetsOf(app);
  const names: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) names.push((sheets.Item(i) as Et.Worksheet).Name);
  return names;
}

/** Deletes every sheet whose name starts with `prefix`, with WPS's question turned off. */
function deleteSheets(app: Et.Application, prefix: string): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    for (const name of namesOf(app).filter((n) => n.startsWith(prefix)))
      (sheetsOf(app).Item(name) as Et.Worksheet).Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

function expectEqual(seen: unknown, wanted: unknown, what: string): string {
  const a = JSON.stringify(seen);
  if (a !== JSON.stringify(wanted))
    throw new Error(`${what}读回 ${a}，应为 ${JSON.stringify(wanted)}`);
  return `${what}读回 ${a}`;
}

const step = (name: string, run: (s: Session) => string | void): SelfTestStep<Session> => ({
  name,
  run,
});

const STEPS: SelfTestStep<Session>[] = [
  step("写入数值与公式", ({ sheet }) => {
    sheet.Range("A1:C1").Value2 = [[1, 2, "=A1+B1"]];
  }),
  step("数字格式", ({ sheet }) => {
    const cell = sheet.Range("B3");
    cell.NumberFormat = "0.00%";
    cell.Value2 = [[0.5]];
  }),
  step("合并单元格", ({ app, sheet }) => {
    const alerts = app.DisplayAlerts;
    app.DisplayAlerts = false;
    try {
      sheet.Range("A5:C5").Merge();
    } finally {
      app.DisplayAlerts = alerts;
    }
  }),
  step("边框", ({ sheet }) => {
    sheet.Range("A1:C2").Borders.LineStyle = CONTINUOUS;
  }),
  step("条件格式", ({ sheet }) => {
    const condition = sheet
      .Range("A1:C1")
      .FormatConditions.Add(EXPRESSION, undefined, "=$A$1>0") as Et.FormatCondition;
    condition.Interior.Color = 0xcec7ff;
  }),
  step("数据验证", ({ sheet }) => {
    sheet.Range("D1:D3").Validation.Add(VALIDATE_LIST, ALERT_STOP, undefined, "是,否");
  }),
  step("打印区域", ({ sheet }) => {
    sheet.PageSetup.PrintArea = "$A$1:$C$5";
  }),
  step("冻结窗格", ({ app, sheet }) => {
    sheet.Activate();
    sheet.Range("A2").Select();
    app.ActiveWindow.FreezePanes = true;
  }),
  step("读回数值与公式结果", ({ sheet }) =>
    expectEqual(sheet.Range("A1:C1").Value2, [[1, 2, 3]], "A1:C1 ")
  ),
  step("读合并区域", ({ sheet }) => {
    const area = sheet.Range("B5").MergeArea.Address().replace(/\$/g, "");
    if (area !== "A5:C5") throw new Error(`B5 的合并区域读回 ${area}，应为 A5:C5`);
    return `B5 的合并区域 ${area}`;
  }),
  step("复制工作表", ({ app, sheet, name }) => {
    sheet.Copy(undefined, sheet);
    const copies = namesOf(app).filter((n) => n !== name && n.startsWith(name));
    if (copies.length !== 1) throw new Error(`复制后找到 ${copies.length} 张副本`);
    const copy = sheetsOf(app).Item(copies[0]) as Et.Worksheet;
    const seen = expectEqual(copy.Range("A1:B1").Value2, [[1, 2]], "副本 A1:B1 ");
    deleteSheets(app, copies[0]);
    return seen;
  }),
  step("选中单元格", ({ sheet }) => {
    sheet.Activate();
    sheet.Range("B2").Select();
  }),
  ...PROBES.map((probe, i) =>
    step(`函数 PT.${probe.name}`, ({ sheet }) => {
      const cell = sheet.Range(`F${i + 1}`);
      cell.Value2 = [[probeFormula(probe)]];
      return judgeProbe(probe, cell.Value2);
    })
  ),
];

function buildOf(app: Et.Application): string {
  const version = String(app.Version ?? "");
  let build = "";
  try {
    build = String(app.Build ?? "");
  } catch {
    build = "";
  }
  return build ? `${version}（build ${build}）` : version || "未知";
}

/** The self-test's WPS side. */
export function wpsSelfTest(app: Et.Application): SelfTestHost<Session> {
  return {
    host: "WPS 表格",
    about: async () => ({ version: buildOf(app) }),
    async open(name) {
      const sheets = sheetsOf(app);
      const before = app.ActiveSheet as Et.Worksheet | null;
      const sheet = sheets.Add(null, sheets.Item(sheets.Count)) as Et.Worksheet;
      try {
        sheet.Name = name;
      } catch (error) {
        const alerts = app.DisplayAlerts;
        app.DisplayAlerts = false;
        sheet.Delete();
        app.DisplayAlerts = alerts;
        throw error;
      }
      return { app, sheet, name, before };
    },
    steps: STEPS,
    async close(session) {
      deleteSheets(app, session.name);
      session.before?.Activate();
    },
    sheetNames: async () => namesOf(app),
  };
}
