// A Node program using langflow-sdk the way a service would: find a flow, run it, stream it, run it as a
// background job, and handle an error. Works against any Langflow (or the mock: `npx langflow-mock`).
//
//   LANGFLOW_SERVER_URL=http://127.0.0.1:7860 LANGFLOW_API_KEY=sk-... npx tsx examples/node/run-flow.ts [flow]
//
// `flow` is a flow id or endpoint name; default "model-chat" (one of the mock's example flows, which answers
// "You said: <input>" token by token). On a real server, pass a flow that needs no model provider, or one you
// configured.
import { LangflowClient, NotFoundError } from "langflow-sdk";

const lf = new LangflowClient(); // baseUrl and apiKey from LANGFLOW_SERVER_URL and LANGFLOW_API_KEY
const wanted = process.argv[2] ?? "model-chat";

const { version } = await lf.version();
console.log(`Langflow ${version} at ${lf.baseUrl}`);

// The v2 Workflow API addresses flows by id: look the endpoint name up once.
const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(wanted);
const flow = isUuid ? await lf.flows.get(wanted) : await lf.flows.findByEndpointName(wanted);
if (!flow) throw new Error(`No flow with endpoint name "${wanted}" on ${lf.baseUrl}.`);
console.log(`flow: ${flow.name} (${flow.id})`);

// 1. One request, one answer (v1 run endpoint; `text` is found in whichever output carries it).
const result = await lf.run(flow.id, { inputValue: "Hello from Node", sessionId: "example-node" });
console.log(`run: ${JSON.stringify(result.text)} (session ${result.sessionId})`);

// 2. The same, streamed: tokens are printed as they arrive (v2 Workflow API).
const stream = lf.workflows.stream(flow.id, { inputValue: "Stream this" });
process.stdout.write("stream: ");
let tokens = 0;
for await (const event of stream) {
  if ("event" in event && event.event === "token") {
    tokens++;
    process.stdout.write(event.data.chunk);
  }
}
console.log(` (${tokens} tokens, ended: ${stream.endReason})`);

// 3. A background job: submit, then wait (polling with backoff) with a status callback.
const job = await lf.workflows.submit(flow.id, { inputValue: "Take your time" });
const statuses: string[] = [];
const done = await job.wait({ timeout: 60_000, onStatus: (s) => statuses.push(s.status) });
console.log(`job ${job.id}: ${[...new Set(statuses)].join(" -> ")}: ${JSON.stringify(done.text)}`);

// 4. Errors are typed: an unknown flow is a NotFoundError with the server's detail.
try {
  await lf.run("no-such-flow", { inputValue: "?" });
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`unknown flow: ${error.status} ${JSON.stringify(error.detail)}`);
}
