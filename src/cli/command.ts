/**
 * What every `pt` command is: a name, its usage text, its options as data (node's parseArgs
 * config) and a run function over the parsed arguments. The dispatcher in pt.ts knows nothing else.
 */
import type { ParseArgsConfig } from "util";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A line that rewrites itself (`\r审核 37/200 …`); given only when standard error is a terminal. */
  progress?: (text: string) => void;
}

/** An error the user caused: its message is printed as it is, and the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message);
  }
}

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed arguments: positionals and option values (strings or booleans, lists when `multiple`). */
export interface Args {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

export interface Command {
  name: string;
  /** Usage lines, in Chinese, shown by `pt help` and on misuse. */
  usage: string;
  options: Options;
  run(args: Args, io: Io): Promise<number>;
}

/** A string option's value, or undefined. */
export function stringOption(args: Args, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(args: Args, name: string): boolean {
  return args.values[name] === true;
}
