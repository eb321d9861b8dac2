// langflow-sdk in a browser page (bundled by Vite): stream a flow's answer into the page token by token, run a
// background job, and upload a File. Talks to a Langflow (or `npx langflow-mock`, which answers pages served from
// localhost / 127.0.0.1) cross-origin.
//
// Configuration: `?url=http://127.0.0.1:7860&apiKey=...&flow=model-chat` (or VITE_LANGFLOW_URL /
// VITE_LANGFLOW_API_KEY at build time); `npx langflow-mock` prints its key (a new one at each start) in its
// `export ... LANGFLOW_API_KEY=...` line. `?auto=1` sends the form once on load (the CI check uses it).
import { LangflowClient, LangflowError } from "langflow-sdk";

const params = new URLSearchParams(location.search);
const baseUrl = params.get("url") ?? import.meta.env.VITE_LANGFLOW_URL ?? "http://127.0.0.1:7860";
const flowName = params.get("flow") ?? "model-chat";

// An API key in a page is readable by everyone who can open the page. That is fine for the local mock's
// throwaway key (the fallback below is the in-process mock's fixed test key); in production point baseUrl at your own backend route that adds the key server-side (or
// use a short-lived token). Without `dangerouslyAllowBrowser` the SDK logs one warning saying exactly that.
const lf = new LangflowClient({
  baseUrl,
  apiKey: params.get("apiKey") ?? import.meta.env.VITE_LANGFLOW_API_KEY ?? "sk-langflow-mock",
  dangerouslyAllowBrowser: true,
});

const $ = (id: string) => document.getElementById(id) as HTMLElement;
$("server").textContent = baseUrl;

async function flowId(): Promise<string> {
  const flow = await lf.flows.findByEndpointName(flowName);
  if (!flow) throw new Error(`no flow named "${flowName}" on ${baseUrl}`);
  return flow.id;
}

async function send(message: string): Promise<void> {
  document.body.dataset.status = "running";
  const id = await flowId();

  // 1. Streamed run: every token is appended as it arrives.
  const answer = $("answer");
  answer.textContent = "";
  let tokens = 0;
  for await (const event of lf.workflows.stream(id, { inputValue: message })) {
    if ("event" in event && event.event === "token") {
      tokens++;
      answer.textContent += event.data.chunk;
    }
  }
  answer.dataset.tokens = String(tokens);

  // 2. Background job: submit, then wait with a live status.
  const job = await lf.workflows.submit(id, { inputValue: `${message} (as a job)` });
  const result = await job.wait({ onStatus: (s) => ($("job").textContent = `${job.id}: ${s.status}`) });
  $("job").textContent = `${job.id}: ${result.status}: ${result.text}`;

  // 3. Upload a File (v2 user files), as from an <input type="file">.
  const file = new File([message], "message.txt", { type: "text/plain" });
  const uploaded = await lf.files.upload(file);
  $("upload").textContent = `${uploaded.name} (${uploaded.size} bytes) stored as ${uploaded.path}`;

  document.body.dataset.status = "done";
}

function fail(error: unknown): void {
  document.body.dataset.status = "error";
  const text = error instanceof LangflowError ? `${error.name}: ${error.message}` : String(error);
  $("answer").textContent = text;
  console.error(error);
}

$("ask").addEventListener("submit", (event) => {
  event.preventDefault();
  send(($("message") as HTMLInputElement).value).catch(fail);
});

if (params.get("auto") === "1") send(($("message") as HTMLInputElement).value).catch(fail);
