// The shape of one `langflow-sdk` command: a file in ./commands/ exports a RegisterCommand, and
// ./commands/index.ts lists it. The program (./program.ts) calls each with itself and the context.
import type { Command } from "commander";
import type { Output } from "./output";

export interface CliContext {
  out: Output;
  /** Aborted on Ctrl-C: pass it to long calls (`{ signal }`) so they stop and the CLI exits 130. */
  signal: AbortSignal;
}

/** Adds one command (with its subcommands) to the program. */
export type RegisterCommand = (program: Command, context: CliContext) => void;
