// `langflow-sdk jobs submit|status|wait|stop`: background runs of the v2 Workflow API.
import type { RegisterCommand } from "../command";
import { type ConnectionOptions, withConnection, workflowsOf } from "../connection";
import { line, printJson, statusLine } from "../output";

interface JsonOption extends ConnectionOptions {
  json?: boolean;
}

interface WaitOptions extends JsonOption {
  timeout?: string;
}

export const jobs: RegisterCommand = (program, { out, signal }) => {
  const group = program
    .command("jobs")
    .description("background runs (v2 Workflow API): submit, status, wait, stop");

  withConnection(
    group
      .command("submit")
      .description("start a background run; prints the job id")
      .argument("<flow-id>", "the flow to run")
      .argument("[input]", "the chat input", "")
      .option("--json", "print the job as JSON"),
  ).action(async (flowId: string, input: string, options: JsonOption) => {
    const job = await workflowsOf(options).submit(flowId, { inputValue: input }, { signal });
    if (options.json) printJson(out, { jobId: job.id, flowId: job.flowId });
    else line(out.stdout, job.id);
  });

  withConnection(
    group
      .command("status")
      .description("print a job's status")
      .argument("<job-id>")
      .option("--json", "print the server's answer"),
  ).action(async (jobId: string, options: JsonOption) => {
    const snapshot = await workflowsOf(options).job(jobId).status({ signal });
    if (options.json) printJson(out, snapshot.raw);
    else line(out.stdout, snapshot.status);
  });

  withConnection(
    group
      .command("wait")
      .description("wait for a job to end (a live status line on a terminal); prints its answer")
      .argument("<job-id>")
      .option("--timeout <seconds>", "give up waiting after this long (the job goes on)")
      .option("--json", "print the result as JSON"),
  ).action(async (jobId: string, options: WaitOptions) => {
    const started = Date.now();
    const status = statusLine(out);
    let current = "waiting";
    const draw = () =>
      status.update(`job ${jobId}: ${current} (${Math.round((Date.now() - started) / 1000)} s)`);
    // On a terminal the line counts the seconds; piped, a line is written only when the status changes.
    const ticker = out.interactive ? setInterval(draw, 1000) : undefined;
    const timeout = options.timeout === undefined ? undefined : Number(options.timeout) * 1000;
    try {
      const result = await workflowsOf(options)
        .job(jobId)
        .wait({
          signal,
          ...(timeout === undefined || Number.isNaN(timeout) ? {} : { timeout }),
          onStatus: (snapshot) => {
            current = snapshot.status;
            draw();
          },
        });
      clearInterval(ticker);
      status.done();
      if (options.json) printJson(out, result.raw);
      else line(out.stdout, result.text ?? JSON.stringify(result.outputs));
    } finally {
      clearInterval(ticker);
      status.done();
    }
  });

  withConnection(group.command("stop").description("stop a job").argument("<job-id>")).action(
    async (jobId: string, options: ConnectionOptions) => {
      const answer = await workflowsOf(options).job(jobId).stop({ signal });
      line(out.stdout, answer.message);
    },
  );
};
