// `langflow-sdk run FLOW "input"`: the answer's text as it arrives (token events), or the final text for a flow
// that streams none; `--json` prints the run's result as the server sent it.
import type { RegisterCommand } from "../command";
import { type ConnectionOptions, clientOf, withConnection } from "../connection";
import { printJson } from "../output";

interface RunOptions extends ConnectionOptions {
  json?: boolean;
  sessionId?: string;
}

export const run: RegisterCommand = (program, { out, signal }) => {
  withConnection(
    program
      .command("run")
      .description("run a flow (id or endpoint name) and print its answer as it streams")
      .argument("<flow>", "the flow's id or endpoint name")
      .argument("[input]", "the chat input", "")
      .option("--session-id <id>", "the chat session (keeps the conversation's memory)")
      .option("--json", "print the run's result (JSON) instead of its text"),
  ).action(async (flow: string, input: string, options: RunOptions) => {
    const lf = clientOf(options);
    const params = { inputValue: input, ...(options.sessionId ? { sessionId: options.sessionId } : {}) };
    if (options.json) return printJson(out, (await lf.run(flow, params, { signal })).raw);
    let last = "";
    const reader = lf.stream(flow, params, { signal }).textStream().getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      out.stdout.write(next.value);
      last = next.value;
    }
    if (!last.endsWith("\n")) out.stdout.write("\n");
  });
};
