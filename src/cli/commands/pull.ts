// `langflow-sdk pull`: a flow, every flow of a project (by id or name), or every flow of the environment
// (`lf.flows.pullAll`), as the JSON files lfx writes (same names, same bytes): lfx pull's three forms.
import { type Command, InvalidArgumentError } from "commander";
import type { FlowFileFormat, FlowPullResult, LangflowClient } from "../../index";
import type { RegisterCommand } from "../command";
import { type ConnectionOptions, clientOf, withConnection } from "../connection";
import { EXIT } from "../exit-codes";
import { line } from "../output";

interface PullOptions extends ConnectionOptions {
  project?: string;
  output?: string;
  outputDir: string;
  dryRun?: boolean;
  keepSecrets?: boolean;
  codeAsLines?: boolean;
  indent?: number;
}

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError("expected a whole number");
  return n;
}

/** `created  flows/Name.json  (Name, id)`; a dry run says what would happen. */
export function describePull(result: FlowPullResult, dryRun: boolean): string {
  const status = dryRun && result.status !== "unchanged" ? `would be ${result.status}` : result.status;
  return `${status}\t${result.path}\t${result.name}\t${result.id}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `--project` takes an id, or a project's exact name as `lfx pull --project` does. */
async function projectId(program: Command, lf: LangflowClient, value: string, signal: AbortSignal) {
  if (UUID.test(value)) return value;
  const projects = await lf.projects.list({ signal });
  const match = projects.find((p) => p.name === value);
  if (match) return match.id;
  const names = projects.map((p) => JSON.stringify(p.name)).join(", ") || "(none)";
  return program.error(`error: no project named ${JSON.stringify(value)}. Projects: ${names}`, {
    exitCode: EXIT.notFound,
  });
}

export const pull: RegisterCommand = (program, { out, signal }) => {
  withConnection(
    program
      .command("pull")
      .description(
        "write a flow, every flow of a project, or (with neither) every flow of the environment as normalized JSON for git, as lfx pull does",
      )
      .argument("[flow-id]", "the flow to pull (or --project, or neither for every flow)")
      .option("--project <id-or-name>", "pull every flow of this project into --output-dir")
      .option("-o, --output <file>", "the file for one flow (default: print it)")
      .option("--output-dir <dir>", "the folder for a project's or every flow", "flows")
      .option("--dry-run", "only say which files would change")
      .option("--keep-secrets", "keep the values of password and global-variable fields (default: cleared)")
      .option("--code-as-lines", "write code fields as lists of lines")
      .option("--indent <n>", "spaces per level", wholeNumber),
  ).action(async (flowId: string | undefined, options: PullOptions) => {
    if (flowId !== undefined && options.project !== undefined) {
      program.error("error: pull takes a flow id or --project, not both", { exitCode: EXIT.usage });
    }
    const lf = clientOf(options);
    const format: FlowFileFormat = {
      stripSecrets: options.keepSecrets !== true,
      codeAsLines: options.codeAsLines === true,
      ...(options.indent === undefined ? {} : { indent: options.indent }),
    };
    const dryRun = options.dryRun === true;
    if (flowId === undefined && options.project === undefined) {
      line(out.stderr, `every flow of ${lf.baseUrl} -> ${options.outputDir}`);
      const results = await lf.flows.pullAll({ outputDir: options.outputDir, dryRun, ...format }, { signal });
      for (const flow of results) line(out.stdout, describePull(flow, dryRun));
      if (results.length === 0) line(out.stderr, "no flows on the server (starter examples left out)");
      return;
    }
    if (options.project !== undefined) {
      const result = await lf.projects.pull(
        await projectId(program, lf, options.project, signal),
        { outputDir: options.outputDir, dryRun, ...format },
        { signal },
      );
      line(out.stderr, `project ${result.name} (${result.id}) -> ${result.outputDir}`);
      for (const flow of result.flows) line(out.stdout, describePull(flow, dryRun));
      return;
    }
    const id = flowId as string;
    const result = await lf.flows.pull(
      id,
      { ...format, dryRun, ...(options.output ? { output: options.output } : {}) },
      { signal },
    );
    if (options.output === undefined) out.stdout.write(result.text);
    else line(out.stdout, describePull(result, dryRun));
  });
};
