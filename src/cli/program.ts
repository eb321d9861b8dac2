// The `langflow-sdk` program: commander with every command of ./commands/index.ts, usage errors as exit code 2,
// and any error of a command printed in one line (the SDK's messages name the problem and the fix) with the exit
// code of its kind (./exit-codes.ts).
import { Command, CommanderError } from "commander";
import type { CliContext } from "./command";
import { COMMANDS } from "./commands/index";
import { EXIT, EXIT_CODES_HELP, exitCodeOf } from "./exit-codes";
import { line, type Output } from "./output";

const CONNECTION_HELP = `Server (every command but envs):
  --env NAME              a named environment of langflow-environments.toml
  --url URL --api-key KEY the server and key
  otherwise               $LANGFLOW_SERVER_URL and $LANGFLOW_API_KEY, else the file's [defaults] environment`;

export function buildProgram(context: CliContext): Command {
  const program = new Command("langflow-sdk")
    .description(
      "Langflow from the command line: flows in git (pull, push), runs, background jobs, named environments.",
    )
    .addHelpText("after", `\n${CONNECTION_HELP}\n\n${EXIT_CODES_HELP}`)
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.out.stdout.write(text),
      writeErr: (text) => context.out.stderr.write(text),
    });
  for (const register of COMMANDS) register(program, context);
  // Subcommands inherit the settings above only when created after them: apply them to every command.
  for (const command of allCommands(program)) {
    command
      .exitOverride()
      .configureOutput(program.configureOutput())
      .showHelpAfterError("(add --help for usage)");
  }
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** Runs the command line; resolves to the exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0; commander's own errors (code 1) are usage errors; a command's
      // `program.error(message, { exitCode })` keeps its code (e.g. 5 for a project name that names nothing).
      if (error.exitCode === 0) return EXIT.ok;
      return error.exitCode === 1 ? EXIT.usage : error.exitCode;
    }
    report(context.out, error);
    return exitCodeOf(error);
  }
}

function report(out: Output, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  line(out.stderr, `error: ${message}`);
}
