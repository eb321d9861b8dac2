// `langflow-sdk push`: flow files (or folders of them) to the server, upserted by the id in each file, as lfx push
// does; an unchanged flow is not sent.
import { stat } from "node:fs/promises";
import type { FlowPushResult } from "../../index";
import type { RegisterCommand } from "../command";
import { type ConnectionOptions, clientOf, withConnection } from "../connection";
import { line } from "../output";

interface PushOptions extends ConnectionOptions {
  project?: string;
  dryRun?: boolean;
}

/** `updated  Name  id  url`; a dry run says what would happen. */
export function describePush(result: FlowPushResult): string {
  const status = result.dryRun && result.status !== "unchanged" ? `would be ${result.status}` : result.status;
  return `${status}\t${result.path}\t${result.name}\t${result.id}\t${result.url}`;
}

export const push: RegisterCommand = (program, { out, signal }) => {
  withConnection(
    program
      .command("push")
      .description("push flow files (upsert by the id inside each file), as lfx push does")
      .argument("[paths...]", "flow files or folders of *.json files", ["flows"])
      .option("--project <id>", "put the flows in this project")
      .option("--dry-run", "only say what would be created, updated or left unchanged"),
  ).action(async (paths: string[], options: PushOptions) => {
    const lf = clientOf(options);
    const params = {
      dryRun: options.dryRun === true,
      ...(options.project ? { projectId: options.project } : {}),
    };
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const path of paths) {
      const isDir = (await stat(path).catch(() => undefined))?.isDirectory() === true;
      const results = isDir
        ? await lf.projects.push(path, params, { signal })
        : [await lf.flows.push(path, params, { signal })];
      for (const result of results) {
        counts[result.status]++;
        line(out.stdout, describePush(result));
      }
    }
    const summary = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`);
    line(
      out.stderr,
      `${summary.join(", ") || "nothing pushed"}${params.dryRun ? " (dry run: nothing sent)" : ""}`,
    );
  });
};
