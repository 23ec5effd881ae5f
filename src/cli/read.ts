/**
 * `pt read 工作簿.xlsx [--selfeval]`: the model of a workbook made by the templates, as JSON; with
 * --selfeval, its 自评表 and 监控表 instead.
 */
import { extname } from "path";
import { readYearAfter } from "../core/layout/year-after";
import { CliError, Command, flag } from "./command";
import { loadDepartment, printProblems, readSheets } from "./load";

export const read: Command = {
  name: "read",
  usage: `  pt read 工作簿.xlsx [--selfeval]
      读回由模板生成（可能已被修改）的工作簿，以 JSON 输出部门模型；
      --selfeval：改为输出其中的自评表与监控表（项目、实际完成值、分值、得分、原因与设置）。`,
  options: { selfeval: { type: "boolean" } },
  async run(args, io) {
    const [input] = args.positionals;
    if (!input) throw new CliError("请给出要读取的 .xlsx 文件", 2);
    if (extname(input).toLowerCase() !== ".xlsx")
      throw new CliError("pt read 只读取 .xlsx 文件", 2);
    if (flag(args, "selfeval")) {
      const { selfEvaluations, monitorings, problems } = readYearAfter(await readSheets(input));
      if (selfEvaluations.length + monitorings.length === 0)
        throw new CliError(`${input} 中没有自评表或监控表`);
      printProblems(problems, io.err);
      // The models as read; where each cell stands is the review's business, not the reader's output.
      const models = {
        selfEvaluations: selfEvaluations.map(({ sheet, evaluation }) => ({ sheet, evaluation })),
        monitorings: monitorings.map(({ sheet, monitoring }) => ({ sheet, monitoring })),
      };
      io.out(`${JSON.stringify(models, null, 2)}\n`);
      return 0;
    }
    const { department, diagnostics } = await loadDepartment(input);
    printProblems(diagnostics, io.err);
    io.out(`${JSON.stringify(department, null, 2)}\n`);
    return 0;
  },
};
