#!/usr/bin/env node
// langflow-mock: start the mock Langflow server from the command line.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkFlow, describeCheck } from "./engine/check";
import { ScriptBook, type ScriptRule } from "./engine/script/book";
import { scriptFromJson } from "./engine/script/from-json";
import { MOCK_PROFILES, type MockProfile } from "./options";
import { startLangflowMockServer } from "./server";
import type { FlowInput } from "./state/flows";
import { invalidOrigins, isLoopbackHost } from "./transports/access";

const HELP = `Usage: langflow-mock [options]

A mock Langflow server (in-memory, with a small flow engine) for tests and local development.

Options:
  --port <n>          Port to listen on (default 7860; 0 = any free port)
  --host <addr>       Address to bind (default 127.0.0.1; any other than loopback requires --api-key)
  --api-key <key>     Accepted API key (repeatable; default: a random key, new at each start, printed once)
  --cors-origin <url> Also answer browsers on this origin (repeatable; default: loopback origins only)
  --allowed-host <name>  Also accept this Host header name (repeatable; default: the bound address and
                      loopback names, against DNS rebinding)
  --profile <name>    v2 Workflow API generation: "current" (Langflow 1.12/1.13), "1.11", "1.10" or "1.9"
  --flows <dir>       Also load every *.json flow in <dir> (Langflow flow exports)
  --no-examples       Do not load the bundled example flows (echo-chat, prompt-chat, two-outputs, model-chat)
  --auto-login        LANGFLOW_AUTO_LOGIN=true
  --developer-api-disabled  LANGFLOW_DEVELOPER_API_ENABLED=false (v2 routes answer 404)
  --no-webhook-auth   LANGFLOW_WEBHOOK_AUTH_ENABLE=false
  --log-retrieval     LANGFLOW_ENABLE_LOG_RETRIEVAL=true
  --max-file-size <mb>  LANGFLOW_MAX_FILE_SIZE_UPLOAD: the largest request body (default 1024)
  --keep-jobs <n>     Finished jobs kept (with their event logs; default 5000)
  --keep-runs <n>     Run records kept (monitor builds, transactions, traces; default 1000)
  --keep-messages <n> Chat messages kept (default 10000)
  --keep-seconds <s>  Finished jobs and runs older than this are dropped (default 3600)
  --token-delay <ms>  Delay between streamed tokens of the model stand-in (default 0)
  --script <file>     Scripted answers of stand-ins (models, agents, tools) and unknown components: a JSON array
                      of rules, e.g. [{"component": "Agent", "input": {"regex": "weather"}, "text": "Sunny"}]
  --strict            Unknown components fail (naming the component and how to script it) instead of passing
                      their input through
  -h, --help          Show this help
`;

/** A wrong command line: the problem, then the usage. */
function fail(message: string): never {
  process.stderr.write(`langflow-mock: ${message}\n\n${HELP}`);
  process.exit(2);
}

/** A right command line that cannot run (e.g. the port is taken): one line, no usage. */
function failToStart(message: string): never {
  process.stderr.write(`langflow-mock: ${message}\n`);
  process.exit(1);
}

function loadFlows(dir: string): FlowInput[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  } catch (error) {
    fail(`cannot read --flows ${dir}: ${(error as Error).message}`);
  }
  const flows: FlowInput[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    try {
      const parsed = JSON.parse(readFileSync(path, "utf8")) as FlowInput | { flows: FlowInput[] };
      const list = "flows" in parsed && Array.isArray(parsed.flows) ? parsed.flows : [parsed as FlowInput];
      for (const flow of list) flows.push({ name: name.replace(/\.json$/, ""), ...flow });
    } catch (error) {
      fail(`${path}: not a flow JSON file (${(error as Error).message})`);
    }
  }
  return flows;
}

function loadScript(file: string): ScriptRule[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(`cannot read --script ${file}: ${(error as Error).message}`);
  }
  try {
    const rules = scriptFromJson(text, file);
    new ScriptBook(rules); // checks every rule now, naming the file
    return rules;
  } catch (error) {
    const message = (error as Error).message;
    fail(message.startsWith(file) ? message : `${file}: ${message}`);
  }
}

function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    fail(`--${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    fail((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const profile = (values.profile ?? "current") as MockProfile;
  if (!MOCK_PROFILES.includes(profile))
    fail(`--profile must be one of ${MOCK_PROFILES.join(", ")}, got ${JSON.stringify(profile)}`);
  const host = values.host ?? "127.0.0.1";
  const chosenKeys = values["api-key"] ?? [];
  if (!isLoopbackHost(host) && chosenKeys.length === 0)
    fail(
      `--host ${host} makes the mock reachable from other machines: give it a key of your own with --api-key`,
    );
  for (const origin of invalidOrigins(values["cors-origin"] ?? []))
    fail(
      `--cors-origin must be an origin (scheme://host[:port], no path), e.g. https://app.example:3000; got ${origin}`,
    );
  // A random key unless one is given: a web page cannot guess it (the library's fixed test key is public).
  const apiKeys = chosenKeys.length > 0 ? chosenKeys : [`sk-${randomBytes(32).toString("base64url")}`];
  let ready = false;
  const server = await startLangflowMockServer({
    port: intOption(values.port, "port", 7860),
    host,
    corsOrigins: values["cors-origin"] ?? [],
    allowedHosts: values["allowed-host"] ?? [],
    profile,
    apiKeys,
    flows: values.flows ? loadFlows(values.flows) : [],
    exampleFlows: !values["no-examples"],
    autoLogin: Boolean(values["auto-login"]),
    developerApiEnabled: !values["developer-api-disabled"],
    webhookAuthEnable: !values["no-webhook-auth"],
    logRetrieval: Boolean(values["log-retrieval"]),
    maxFileSizeMb: intOption(values["max-file-size"], "max-file-size", 1024),
    tokenDelayMs: intOption(values["token-delay"], "token-delay", 0),
    retention: {
      jobs: intOption(values["keep-jobs"], "keep-jobs", 5000),
      runs: intOption(values["keep-runs"], "keep-runs", 1000),
      messages: intOption(values["keep-messages"], "keep-messages", 10_000),
      maxAgeSeconds: intOption(values["keep-seconds"], "keep-seconds", 3600),
    },
    script: values.script ? loadScript(values.script) : [],
    strict: Boolean(values.strict),
    // A flow created or uploaded while the server runs: say at once what the mock makes of it.
    onFlowCheck: (check) => {
      if (ready)
        process.stdout.write(`flow saved: ${describeCheck(check, { strict: Boolean(values.strict) })}\n`);
    },
  }).catch((error: Error & { code?: string }) =>
    failToStart(
      error.code === "EADDRINUSE"
        ? `cannot listen: ${error.message} (another server has this port; choose another with --port, or --port 0 for a free one)`
        : `cannot listen: ${error.message}`,
    ),
  );
  const flows = server.state.flows.list(server.state.users.superuser.id);
  // The only place the key is printed: once, at start, ready to copy.
  const keyNote = chosenKeys.length > 0 ? "" : " (random, new at each start; choose one with --api-key)";
  process.stdout.write(
    `Langflow mock (profile ${profile}, Langflow ${server.options.version}) listening on ${server.url}\n` +
      `Flows: ${flows.map((f) => `${f.endpoint_name ?? f.name} (${f.id})`).join(", ") || "none"}\n` +
      `API key${keyNote}:\n` +
      `  export LANGFLOW_SERVER_URL=${server.url} LANGFLOW_API_KEY=${server.apiKey}\n`,
  );
  if (values.flows) {
    // What the mock makes of each loaded export: one line per flow.
    const loaded = new Set(server.options.flows.map((f) => f.name));
    for (const flow of flows.filter((f) => loaded.has(f.name)))
      process.stdout.write(
        `  ${describeCheck(checkFlow(flow, server.script), { strict: Boolean(values.strict) })}\n`,
      );
  }
  ready = true;
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  stopWithLauncher(stop);
}

/**
 * Started by npm (`npx langflow-mock`, `npm exec`, `npm run`), the CLI runs under `npm exec` -> `sh -c` -> node, and
 * `kill <npx pid>` ends npm (and the shell) but not this process, which would keep the port. So when npm started
 * it and its parent goes away (the orphan is handed to another process), it stops as on SIGTERM.
 */
function stopWithLauncher(stop: () => void): void {
  if (!process.env.npm_command) return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 250).unref();
}

function parse() {
  return parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "api-key": { type: "string", multiple: true },
      "cors-origin": { type: "string", multiple: true },
      "allowed-host": { type: "string", multiple: true },
      profile: { type: "string" },
      flows: { type: "string" },
      "no-examples": { type: "boolean" },
      "auto-login": { type: "boolean" },
      "developer-api-disabled": { type: "boolean" },
      "no-webhook-auth": { type: "boolean" },
      "log-retrieval": { type: "boolean" },
      "max-file-size": { type: "string" },
      "token-delay": { type: "string" },
      "keep-jobs": { type: "string" },
      "keep-runs": { type: "string" },
      "keep-messages": { type: "string" },
      "keep-seconds": { type: "string" },
      script: { type: "string" },
      strict: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
}

void main();
