/** What each verb's module gets to register itself on the parser: the IO, the message language, and the exit code. */
import type { Command } from "commander";
import type { Lang } from "../../shared/model/codes";
import type { Io } from "../io/console";

export interface CommandContext {
  readonly io: Io;
  /** The language for help texts and messages, settled before parsing. */
  readonly lang: Lang;
  /** Records the command's exit code (0 success, 1 found problems, 2 bad input). */
  readonly exit: (code: number) => void;
}

export type RegisterCommands = (program: Command, ctx: CommandContext) => void;
