/**
 * The command line `pt`: a table of commands, each in its own module with its options as data;
 * this file only parses the arguments, dispatches and turns errors into exit codes
 * (0 done, 1 failed on the input, 2 misuse or a file that cannot be read).
 */
import { parseArgs } from "util";
import { build } from "./build";
import { CliError, Command, Io } from "./command";
import { exportCommand } from "./export";
import { library } from "./library";
import { read } from "./read";
import { wpsInstall } from "./wps-install";
import { review } from "./review";

export { CliError } from "./command";
export type { Io } from "./command";
export { loadDepartment, SAMPLE } from "./load";

export const COMMANDS: readonly Command[] = [
  build,
  read,
  review,
  library,
  exportCommand,
  wpsInstall,
];

/** `pt <command> --help` (or -h): every command takes it, so it is not in their options. */
const HELP = { help: { type: "boolean", short: "h" } } as const;

export function usage(): string {
  return `用法：\n${COMMANDS.map((c) => c.usage).join("\n")}\n  pt <命令> --help：该命令的说明`;
}

/** parseArgs's English errors, said in Chinese with the option they concern. */
function misuse(error: unknown): CliError {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^',\s]*)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return new CliError(`${option} 之后应为输出文件名或取值\n${usage()}`, 2);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return new CliError(`未知选项：${option}\n${usage()}`, 2);
  return new CliError(`参数有误：${message}\n${usage()}`, 2);
}

export async function main(
  argv: string[],
  io: Io = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    ...(process.stderr.isTTY && { progress: (t: string) => process.stderr.write(t) }),
  }
): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === "--help" || name === "-h" || name === "help") {
      io.out(`${usage()}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new CliError(name ? `未知命令：${name}\n${usage()}` : usage(), 2);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, ...HELP },
        allowPositionals: true,
      });
    } catch (error) {
      throw misuse(error);
    }
    if (parsed.values.help === true) {
      io.out(`用法：\n${command.usage}\n`);
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    io.err(`出错了：${(error as Error).message}\n`);
    return 1;
  }
}
