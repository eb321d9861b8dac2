// `langflow-sdk pull`: a flow, or every flow of a project, as the JSON files lfx writes (same names, same bytes).
import { InvalidArgumentError } from "commander";
import type { FlowFileFormat, FlowPullResult } from "../../index";
import type { RegisterCommand } from "../command";
import { type ConnectionOptions, clientOf, withConnection } from "../connection";
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

export const pull: RegisterCommand = (program, { out, signal }) => {
  withConnection(
    program
      .command("pull")
      .description("write a flow (or every flow of a project) as normalized JSON for git, as lfx pull does")
      .argument("[flow-id]", "the flow to pull (or --project)")
      .option("--project <id>", "pull every flow of this project into --output-dir")
      .option("-o, --output <file>", "the file for one flow (default: print it)")
      .option("--output-dir <dir>", "the folder for a project's flows", "flows")
      .option("--dry-run", "only say which files would change")
      .option("--keep-secrets", "keep the values of password and global-variable fields (default: cleared)")
      .option("--code-as-lines", "write code fields as lists of lines")
      .option("--indent <n>", "spaces per level", wholeNumber),
  ).action(async (flowId: string | undefined, options: PullOptions) => {
    if ((flowId === undefined) === (options.project === undefined)) {
      program.error("error: pull needs a flow id or --project <id> (one of them)", { exitCode: 2 });
    }
    const lf = clientOf(options);
    const format: FlowFileFormat = {
      stripSecrets: options.keepSecrets !== true,
      codeAsLines: options.codeAsLines === true,
      ...(options.indent === undefined ? {} : { indent: options.indent }),
    };
    const dryRun = options.dryRun === true;
    if (options.project !== undefined) {
      const result = await lf.projects.pull(
        options.project,
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
