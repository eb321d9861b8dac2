// The logic of `langflow-sdk types`: read flows (JSON files, project folders written by `pull`, or a server's flows),
// generate one module, then write it, or with `check` only compare it with the file (CI: exit 1 when regenerating
// would change it). Files are reached through `TypesCommandIO`, so this module stays free of Node built-ins (it is
// part of `langflow-sdk/typed-flows`); the CLI hands it node:fs. generateFlowTypes masks credentials in the source.
import { LangflowConfigError } from "../core/errors";
import { checkKeys } from "../core/keys";
import type { TweakPolicy } from "./descriptor";
import type { FlowJson } from "./flow-json";
import { generateFlowTypes } from "./generate";

/** The file operations the command needs (the CLI passes node:fs/promises; tests may pass a memory map). */
export interface TypesCommandIO {
  /** The file's text, or undefined when there is no such file. */
  readText(path: string): Promise<string | undefined>;
  /** The `.json` files of a folder (paths), or undefined when `path` is not a folder. */
  jsonFilesIn(path: string): Promise<string[] | undefined>;
  writeText(path: string, text: string): Promise<void>;
}

/** Where flows come from on a server: a `LangflowClient` (from `--url` or `--env`). */
export interface TypesCommandServer {
  readonly baseUrl: string;
  readonly flows: { listAll(params?: { projectId?: string }): PromiseLike<readonly FlowJson[]> };
}

export interface TypesCommandOptions {
  /** The module to write (or to check). */
  out: string;
  /** Flow JSON files and folders of them (a project written by `pull`). */
  inputs?: string[];
  /** Read the flows from this server instead (`--url` / `--env`). */
  server?: TypesCommandServer;
  /** With `server`: only the flows of this project (id). */
  projectId?: string;
  /** Compare, do not write: exit code 1 when the file is missing or regenerating would change it. */
  check?: boolean;
  /** Passed to generateFlowTypes. */
  importFrom?: string;
  tweakPolicy?: TweakPolicy;
}

export interface TypesCommandResult {
  /** 0: written, or up to date; 1: `check` found the file missing or out of date. */
  exitCode: 0 | 1;
  /** One line for people. */
  message: string;
  /** The generated module. */
  text: string;
}

const OPTIONS = ["out", "inputs", "server", "projectId", "check", "importFrom", "tweakPolicy"];

async function readFlows(io: TypesCommandIO, inputs: readonly string[]): Promise<FlowJson[]> {
  const flows: FlowJson[] = [];
  for (const input of inputs) {
    const files = (await io.jsonFilesIn(input)) ?? [input];
    for (const file of [...files].sort()) {
      const text = await io.readText(file);
      if (text === undefined)
        throw new LangflowConfigError("inputs", `types: no such file or folder: ${file}`);
      try {
        flows.push(JSON.parse(text) as FlowJson);
      } catch (error) {
        throw new LangflowConfigError("inputs", `types: ${file} is not JSON (${(error as Error).message}).`);
      }
    }
  }
  return flows;
}

/** Runs `langflow-sdk types`: see {@link TypesCommandOptions}. Throws LangflowConfigError for bad options. */
export async function typesCommand(
  options: TypesCommandOptions,
  io: TypesCommandIO,
): Promise<TypesCommandResult> {
  checkKeys("option", options, OPTIONS);
  const { out, inputs = [], server } = options;
  if (typeof out !== "string" || out === "")
    throw new LangflowConfigError("out", "types: say which file to write (--out flows.generated.ts).");
  if (inputs.length > 0 === (server !== undefined))
    throw new LangflowConfigError(
      "inputs",
      "types: give flow files or folders, or a server (--url / --env), not both.",
    );
  const flows = server
    ? [...(await server.flows.listAll(options.projectId ? { projectId: options.projectId } : {}))]
    : await readFlows(io, inputs);
  const source = server
    ? `${server.baseUrl}${options.projectId ? ` (project ${options.projectId})` : ""}`
    : inputs.join(", ");
  const text = generateFlowTypes(flows, {
    source,
    ...(options.importFrom ? { importFrom: options.importFrom } : {}),
    ...(options.tweakPolicy ? { tweakPolicy: options.tweakPolicy } : {}),
  });
  const current = await io.readText(out);
  if (current === text)
    return {
      exitCode: 0,
      message: `${out} is up to date (${flows.length} flow${flows.length === 1 ? "" : "s"}).`,
      text,
    };
  if (options.check) {
    const why = current === undefined ? "is missing" : "is out of date";
    return {
      exitCode: 1,
      message: `${out} ${why}: run langflow-sdk types without --check to regenerate it.`,
      text,
    };
  }
  await io.writeText(out, text);
  return {
    exitCode: 0,
    message: `${out} written (${flows.length} flow${flows.length === 1 ? "" : "s"}).`,
    text,
  };
}
