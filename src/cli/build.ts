/**
 * `pt build [input] -o out.xlsx [--with-addin] [--selfeval] [--monitor] [--date …] [--split …]
 * [--preset …]`:
 * the department workbook from any input, or the year after it: a 自评表 and / or a 监控表 per project.
 */
import { writeFileSync } from "fs";
import { ROW_UNPLACED } from "../core/import";
import { formatSerial } from "../core/dates";
import {
  monitoringsOf,
  planDepartment,
  planMonitors,
  planSelfEvals,
  selfEvaluationsOf,
} from "../core/layout";
import { SheetPlan } from "../core/layout/plan";
import { defaultMonitorDate } from "../core/monitor";
import { readDate } from "../core/progress";
import { presetNamed, PRESETS } from "../core/presets";
import { WEIGHT_SPLITS } from "../core/weights";
import { xlsxBytes } from "./zip";
import { Args, CliError, Command, flag, stringOption } from "./command";
import { Loaded, loadDepartment, printProblems, SAMPLE } from "./load";

const SPLITS = Object.keys(WEIGHT_SPLITS).join(" / ");
const PRESET_NAMES = PRESETS.map((p) => p.id).join(" / ");

/** The 监控 date: --date, else 7月底 of the budget year (or of this year when it is unknown). */
function monitorDate(args: Args, year: number | null): number {
  const given = stringOption(args, "date");
  if (given === undefined) return defaultMonitorDate(year ?? new Date().getFullYear());
  const date = readDate(given);
  if (!date.ok || date.value === null)
    throw new CliError(`--date：${date.ok ? "日期为空" : date.error}`, 2);
  return date.value;
}

/** The sheets asked for: the target workbook, or 自评表 / 监控表 per project. */
function plansOf(args: Args, loaded: Loaded): SheetPlan[] {
  const { department } = loaded;
  const selfeval = flag(args, "selfeval");
  const monitor = flag(args, "monitor");
  if (!selfeval && !monitor) return planDepartment(department);
  const split = stringOption(args, "split");
  if (split !== undefined && !WEIGHT_SPLITS[split]) throw new CliError(`--split 应为 ${SPLITS}`, 2);
  const preset = stringOption(args, "preset");
  if (preset !== undefined && !presetNamed(preset))
    throw new CliError(`--preset 应为 ${PRESET_NAMES}`, 2);
  const plans: SheetPlan[] = [];
  if (selfeval)
    plans.push(
      ...planSelfEvals(loaded.selfEvaluations ?? selfEvaluationsOf(department, { split, preset }))
    );
  if (monitor) {
    const asOf = monitorDate(args, department.year);
    plans.push(
      ...planMonitors(
        monitoringsOf(department, asOf),
        plans.map((p) => p.name)
      )
    );
  }
  return plans;
}

function defaultOutput(args: Args): string {
  const selfeval = flag(args, "selfeval");
  const monitor = flag(args, "monitor");
  if (selfeval && monitor) return "绩效自评与监控.xlsx";
  if (selfeval) return "绩效自评表.xlsx";
  if (monitor) return "绩效运行监控表.xlsx";
  return "绩效目标表.xlsx";
}

export const build: Command = {
  name: "build",
  usage: `  pt build [输入文件] [-o 输出.xlsx] [--with-addin] [--selfeval] [--monitor [--date 日期]] [--split 名称]
      由公开的绩效目标文件（.pdf）或其文本（.txt）、指标表（.xlsx / .csv / .tsv）或模型（.json）生成部门工作簿；
      不给输入文件时使用内置示例（正定县城区街道办事处）。默认输出 绩效目标表.xlsx。
      --with-addin：保留 PT.* 公式（供装有加载项的 Excel 使用）；默认写为值或等价的内置公式，任何表格软件都能打开。
      --selfeval：改为每个项目一张 项目支出绩效自评表（输入为公开的自评表文本时，按其内容生成）；
      --monitor：每个项目一张 绩效运行监控表，截至 --date（默认预算年度 7月31日）；
      --split：自评分值分配，${SPLITS}（默认 财政部：执行 10、产出 50、效益 30、满意度 10）；
      --preset：自评的评分方案，${PRESET_NAMES}（分值分配、反向计分、取整与定性档次；--split 优先）。`,
  options: {
    out: { type: "string", short: "o" },
    "with-addin": { type: "boolean" },
    selfeval: { type: "boolean" },
    monitor: { type: "boolean" },
    date: { type: "string" },
    split: { type: "string" },
    preset: { type: "string" },
  },
  async run(args, io) {
    if (args.positionals.length > 1) throw new CliError("只能给一个输入文件", 2);
    const output = stringOption(args, "out") ?? defaultOutput(args);
    const loaded = await loadDepartment(args.positionals[0] ?? SAMPLE);
    printProblems(loaded.diagnostics, io.err);
    const plans = plansOf(args, loaded);
    const kept = loaded.diagnostics.filter((d) => d.rule === ROW_UNPLACED).length;
    if (kept > 0) io.err(`注意：${kept} 个指标行未能确定各列，已按原文保留，请核对\n`);
    writeFileSync(output, await xlsxBytes(plans, { standalone: !flag(args, "with-addin") }));
    const { department } = loaded;
    const total = department.projects.reduce((sum, p) => sum + (p.budget ?? 0), 0);
    const monitored = flag(args, "monitor")
      ? `，监控截至 ${formatSerial(monitorDate(args, department.year))}`
      : "";
    io.out(
      `已写入 ${output}：${plans.length} 张工作表，${department.projects.length} 个项目，预算合计 ${total.toFixed(2)} 万元${monitored}\n`
    );
    return 0;
  },
};
