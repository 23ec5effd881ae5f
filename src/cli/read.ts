/** `pt read 工作簿.xlsx`: the model of a workbook made by the templates, as JSON. */
import { extname } from "path";
import { CliError, Command } from "./command";
import { loadDepartment, printProblems } from "./load";

export const read: Command = {
  name: "read",
  usage: `  pt read 工作簿.xlsx
      读回由模板生成（可能已被修改）的工作簿，以 JSON 输出部门模型。`,
  options: {},
  async run(args, io) {
    const [input] = args.positionals;
    if (!input) throw new CliError("请给出要读取的 .xlsx 文件", 2);
    if (extname(input).toLowerCase() !== ".xlsx")
      throw new CliError("pt read 只读取 .xlsx 文件", 2);
    const { department, diagnostics } = await loadDepartment(input);
    printProblems(diagnostics, io.err);
    io.out(`${JSON.stringify(department, null, 2)}\n`);
    return 0;
  },
};
