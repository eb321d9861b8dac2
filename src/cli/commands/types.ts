// `langflow-sdk types`: one TypeScript module with the types of flows (tweaks, inputs, outputs) from flow JSON files,
// project folders written by `pull`, or a server's flows; `--check` for CI (exit 1 when regenerating would change the
// module). The logic is typesCommand (langflow-sdk/typed-flows); this file gives it node:fs and the server.
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { LangflowError } from "../../index";
import { type TypesCommandIO, typesCommand } from "../../typed-flows/index";
import type { RegisterCommand } from "../command";
import { type ConnectionOptions, clientOf, withConnection } from "../connection";
import { line } from "../output";

interface TypesOptions extends ConnectionOptions {
  out: string;
  check?: boolean;
  project?: string;
}

const nodeIO: TypesCommandIO = {
  readText: (path) => readFile(path, "utf8").catch(() => undefined),
  jsonFilesIn: async (path) => {
    if (!(await stat(path).catch(() => undefined))?.isDirectory()) return undefined;
    return (await readdir(path)).filter((f) => f.endsWith(".json")).map((f) => join(path, f));
  },
  writeText: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
};

export const types: RegisterCommand = (program, { out }) => {
  withConnection(
    program
      .command("types")
      .description(
        "write the TypeScript types of flows (typed tweaks, inputs, outputs) from files or a server",
      )
      .argument(
        "[inputs...]",
        "flow JSON files or folders of them (a project written by pull); none: the server's",
      )
      .requiredOption("-o, --out <file>", "the module to write (or to check)")
      .option("--check", "write nothing; exit 1 when the module is missing or regenerating would change it")
      .option("--project <id>", "from a server: only this project's flows"),
  ).action(async (inputs: string[], options: TypesOptions) => {
    const fromServer = inputs.length === 0;
    if (
      !fromServer &&
      (options.env !== undefined || options.url !== undefined || options.project !== undefined)
    ) {
      program.error("error: types reads flow files or a server (--env/--url/--project), not both", {
        exitCode: 2,
      });
    }
    const result = await typesCommand(
      {
        out: options.out,
        ...(fromServer ? { server: clientOf(options) } : { inputs }),
        ...(options.project === undefined ? {} : { projectId: options.project }),
        ...(options.check ? { check: true } : {}),
      },
      nodeIO,
    );
    if (result.exitCode !== 0) throw new LangflowError(result.message);
    line(out.stdout, result.message);
  });
};
