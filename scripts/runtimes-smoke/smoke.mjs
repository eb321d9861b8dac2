// The runtimes smoke program: plain ESM JavaScript using only what Node, Bun and Deno all have (web APIs and
// `process.exitCode`, plus node:fs/os/path for one file written in a temp folder), so each runs it as it is. scripts/runtimes-smoke.ts copies it into a project that
// installed the packed tarball and runs it against the standalone mock (LANGFLOW_SERVER_URL, LANGFLOW_API_KEY).
// One line per check; the last line, `smoke: N passed, N failed`, is what the runner reads; the exit code is 1
// when any check failed.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APIUserAbortError, LangflowClient, NotFoundError, ResponseValidationError } from "langflow-sdk";
import { normalizeFlow } from "langflow-sdk/flows-as-code";

const lf = new LangflowClient({ maxRetries: 0 }); // baseUrl and apiKey from the environment
const results = [];

async function check(name, fn) {
  try {
    const detail = await fn();
    results.push(true);
    console.log(`  ok    ${name}${detail ? `: ${detail}` : ""}`);
  } catch (error) {
    results.push(false);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.log(`  FAIL  ${name}: ${message}`);
  }
}

function expectEqual(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Resolves to what `promise` rejected with; throws when it resolved. */
async function rejection(promise, what) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error(`${what} resolved; expected it to reject`);
}

function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function modelChatId() {
  const flow = await lf.flows.findByEndpointName("model-chat");
  if (!flow) throw new Error('the mock has no flow with endpoint name "model-chat"');
  return flow.id;
}

await check("lf.version()", async () => {
  const { version } = await lf.version();
  if (typeof version !== "string" || !version) throw new Error(`version is ${JSON.stringify(version)}`);
  return `Langflow ${version}`;
});

await check('lf.run("echo-chat") (v1, sync)', async () => {
  const inputValue = "hello from the smoke test";
  const result = await lf.run("echo-chat", { inputValue });
  expectEqual(result.text, inputValue, "result.text");
  return JSON.stringify(result.text);
});

await check('workflows.stream("model-chat").textStream() (v2)', async () => {
  const inputValue = "stream me";
  const stream = lf.workflows.stream(await modelChatId(), { inputValue });
  const pieces = [];
  const reader = stream.textStream().getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) pieces.push(read.value);
  expectEqual(pieces.join(""), `You said: ${inputValue}`, "the joined pieces");
  if (pieces.length < 2) throw new Error(`expected the text in several pieces, got ${pieces.length}`);
  return `${pieces.length} pieces -> ${JSON.stringify(pieces.join(""))}`;
});

await check("workflows.submit() + job.wait() (v2 background job)", async () => {
  const inputValue = "take your time";
  const job = await lf.workflows.submit(await modelChatId(), { inputValue });
  const done = await job.wait({ interval: 20 });
  expectEqual(done.text, `You said: ${inputValue}`, "the job's text");
  return `job ${job.id} -> ${JSON.stringify(done.text)}`;
});

await check('lf.run("no-such-flow") rejects with NotFoundError', async () => {
  const error = await rejection(lf.run("no-such-flow", { inputValue: "?" }), "lf.run");
  if (!(error instanceof NotFoundError)) throw new Error(`not a NotFoundError: ${describe(error)}`);
  expectEqual(error.status, 404, "error.status");
  return `${error.status} ${error.name}`;
});

// validate: true loads zod (and the schemas) with a dynamic import on the first check: this runs that chunk.
await check("validate: true (zod through a dynamic import)", async () => {
  const checked = new LangflowClient({ validate: true, maxRetries: 0 });
  const inputValue = "validated";
  const result = await checked.run("echo-chat", { inputValue });
  expectEqual(result.text, inputValue, "result.text");
  // A body of the wrong shape must fail the check, or the run above proves nothing about the checks running.
  const wrongShape = async () => Response.json({ version: 42 });
  const broken = new LangflowClient({ validate: true, maxRetries: 0, fetch: wrongShape });
  const error = await rejection(broken.version(), "version() of a wrong-shaped body");
  if (!(error instanceof ResponseValidationError)) {
    throw new Error(`a wrong-shaped body gave no ResponseValidationError: ${describe(error)}`);
  }
  return `run ok; { version: 42 } -> ${error.name} (${error.issues.length} issue)`;
});

await check("an aborted signal rejects with APIUserAbortError", async () => {
  const controller = new AbortController();
  controller.abort();
  const call = lf.run("echo-chat", { inputValue: "never sent" }, { signal: controller.signal });
  const error = await rejection(call, "lf.run with an aborted signal");
  if (!(error instanceof APIUserAbortError)) throw new Error(`not an APIUserAbortError: ${describe(error)}`);
  return error.name;
});

// The Node-only module behind package.json "imports" (#langflow-environments) must be the one each runtime gets.
await check("LangflowClient.fromEnvironment (langflow-environments.toml)", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "smoke-")), "langflow-environments.toml");
  const url = process.env.LANGFLOW_SERVER_URL;
  writeFileSync(file, `[environments.smoke]\nurl = "${url}"\napi_key_env = "LANGFLOW_API_KEY"\n`);
  const fromFile = LangflowClient.fromEnvironment("smoke", { file, maxRetries: 0 });
  const { version } = await fromFile.version();
  return `${fromFile.baseUrl} -> Langflow ${version}`;
});

await check("normalizeFlow (Python's bytes: 1.0 stays 1.0, keys sorted, secrets cleared)", async () => {
  const text = normalizeFlow('{"z": 1.0, "a": 1e-05, "user_id": "u"}', { indent: 0 });
  expectEqual(text, '{\n"a": 1e-05,\n"data": {\n"nodes": []\n},\n"z": 1.0\n}\n', "the text");
  return JSON.stringify(text);
});

const failed = results.filter((ok) => !ok).length;
console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
