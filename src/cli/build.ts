/** `pt build [input] -o out.xlsx [--with-addin]`: the department workbook from any input. */
import { writeFileSync } from "fs";
import { ROW_UNPLACED } from "../core/import";
import { planDepartment } from "../core/layout";
import { writeXlsx } from "../hosts/xlsx";
import { CliError, Command, flag, stringOption } from "./command";
import { loadDepartment, printProblems, SAMPLE } from "./load";

export const build: Command = {
  name: "build",
  usage: `  pt build [输入文件] [-o 输出.xlsx] [--with-addin]
      由公开的绩效目标文件（.pdf）或其文本（.txt）、指标表（.xlsx / .csv / .tsv）或模型（.json）生成部门工作簿；
      不给输入文件时使用内置示例（正定县城区街道办事处）。默认输出 绩效目标表.xlsx。
      --with-addin：保留 PT.* 公式（供装有加载项的 Excel 使用）；默认写为值，任何表格软件都能打开。`,
  options: {
    out: { type: "string", short: "o" },
    "with-addin": { type: "boolean" },
  },
  async run(args, io) {
    if (args.positionals.length > 1) throw new CliError("只能给一个输入文件", 2);
    const output = stringOption(args, "out") ?? "绩效目标表.xlsx";
    const { department, diagnostics } = await loadDepartment(args.positionals[0] ?? SAMPLE);
    printProblems(diagnostics, io.err);
    const kept = diagnostics.filter((d) => d.rule === ROW_UNPLACED).length;
    if (kept > 0) io.err(`注意：${kept} 个指标行未能确定各列，已按原文保留，请核对\n`);
    const plans = planDepartment(department);
    writeFileSync(output, await writeXlsx(plans, { standalone: !flag(args, "with-addin") }));
    const total = department.projects.reduce((sum, p) => sum + (p.budget ?? 0), 0);
    io.out(
      `已写入 ${output}：${plans.length} 张工作表，${department.projects.length} 个项目，预算合计 ${total.toFixed(2)} 万元\n`
    );
    return 0;
  },
};
