// `npm run demo`: the SDK's headline, end to end, through the public API only.
//   - starts the standalone mock Langflow on a free port (or uses --url/--api-key/--flow for any Langflow)
//   - a sync run, a streamed run printing tokens as they arrive, a background job with a live status line
//     while wait() polls, then a second job that is stopped.
// Exits 0 and leaves no process behind.
//
//   npm run demo
//   npm run demo -- --url http://127.0.0.1:7860 --api-key KEY --flow FLOW_ID
import { parseArgs } from "node:util";
import { chainFlow } from "../mock/engine/chain-flow";
import { startLangflowMockServer } from "../mock/server";
import { LangflowClient, type LangflowError } from "../src/index";

const { values } = parseArgs({
  options: { url: { type: "string" }, "api-key": { type: "string" }, flow: { type: "string" } },
});

const tty = process.stdout.isTTY;
const line = (text: string) =>
  tty ? process.stdout.write(`\r\x1b[K${text}`) : process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  let close = async () => {};
  let baseUrl = values.url;
  let apiKey = values["api-key"];
  let chatFlow = values.flow;
  let slowFlow = values.flow;
  if (!baseUrl) {
    const server = await startLangflowMockServer({
      port: 0,
      flows: [
        chainFlow(
          "Slow model",
          ["ChatInput", { type: "MockDelay", params: { delay_ms: 3000 } }, "MockModel", "ChatOutput"],
          {
            endpoint_name: "slow-model",
          },
        ),
      ],
    });
    close = () => server.close();
    baseUrl = server.url;
    apiKey = server.apiKey;
    chatFlow = server.flow("model-chat")?.id;
    slowFlow = server.flow("slow-model")?.id;
    console.log(`mock Langflow on ${baseUrl}`);
  }
  if (!chatFlow || !slowFlow) throw new Error("give --flow FLOW_ID with --url");

  const lf = new LangflowClient({ baseUrl, apiKey });
  try {
    const { version } = await lf.version();
    console.log(`Langflow ${version}\n`);

    console.log("1. sync run");
    const result = await lf.workflows.run(chatFlow, { inputValue: "Hello from the SDK", sessionId: "demo" });
    console.log(`   status ${result.status}, text: ${JSON.stringify(result.text)}\n`);

    console.log("2. streamed run (tokens as they arrive)");
    process.stdout.write("   ");
    const stream = lf.workflows.stream(chatFlow, { inputValue: "Stream this answer please" });
    let sawTokens = false;
    for await (const event of stream) {
      if ("event" in event && event.event === "token") {
        sawTokens = true;
        process.stdout.write(event.data.chunk);
      }
    }
    if (!sawTokens) process.stdout.write(await stream.finalText());
    console.log(`\n   stream ended: ${stream.endReason}, last event id ${stream.lastEventId}\n`);

    console.log("3. background job, wait() polling with a live status line");
    const job = await lf.workflows.submit(slowFlow, { inputValue: "Take your time" });
    const started = Date.now();
    const done = await job.wait({
      onStatus: (s) =>
        line(
          `   job ${job.id.slice(0, 8)}…  ${s.status.padEnd(12)} ${((Date.now() - started) / 1000).toFixed(1)} s`,
        ),
    });
    line(
      `   job ${job.id.slice(0, 8)}…  completed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(done.text)}`,
    );
    console.log("\n");

    console.log("4. a second job, stopped");
    const second = await lf.workflows.submit(slowFlow, { inputValue: "Never mind" });
    const stopped = await second.stop();
    console.log(`   ${stopped.message}`);
    const outcome = await second.wait().then(
      (result) => `finished anyway: ${result.status}`,
      (error: LangflowError) => `wait() -> ${error.name}`,
    );
    console.log(`   ${outcome}`);
  } finally {
    await close();
  }
}

main().then(
  () => process.exit(0),
  (error: LangflowError) => {
    console.error(`\ndemo failed: ${error.name}: ${error.message}`);
    process.exit(1);
  },
);
