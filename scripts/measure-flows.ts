// Runs every flow JSON file of a directory five ways through the public SDK — v1 run, v1 stream, v2 sync run,
// v2 stream, v2 background + wait() — on the in-process mock (default) or on a real Langflow (`--real`), and
// prints one line per flow and path (ok, or the error) and a summary. It measures how the mock does on flows
// nobody on this project wrote (e.g. Langflow's own backend test flows), and compares with the real server.
//
//   npx tsx scripts/measure-flows.ts DIR                  the in-process mock (createLangflowMock)
//   npx tsx scripts/measure-flows.ts DIR --real           LANGFLOW_SERVER_URL / LANGFLOW_API_KEY: each flow is
//                                                         created under a unique name and deleted afterwards
//   --json FILE  writes the results as JSON too; --timeout MS bounds each path (default 30000)
//
// With --real the server runs each node's own saved code: leave out flows whose components reach outside services
// (a database URL, an API base, a web page), the server would try to connect to them.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { getResponse } from "msw";
import { createLangflowMock } from "../mock/index";
import { LangflowClient } from "../src/index";

type Path = "v1 run" | "v1 stream" | "v2 sync" | "v2 stream" | "v2 background";
const PATHS: Path[] = ["v1 run", "v1 stream", "v2 sync", "v2 stream", "v2 background"];
interface Outcome {
  ok: boolean;
  detail: string;
}
type Row = { flow: string } & Record<Path, Outcome>;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { real: { type: "boolean" }, json: { type: "string" }, timeout: { type: "string" } },
});
const dir = positionals[0];
const real = values.real === true;
const jsonOut = values.json;
const TIMEOUT = values.timeout ? Number(values.timeout) : 30_000;
if (!dir) {
  console.error("usage: tsx scripts/measure-flows.ts DIR [--real] [--json FILE] [--timeout MS]");
  process.exit(2);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const flows = files.map((f) => ({
  name: basename(f, ".json"),
  json: JSON.parse(readFileSync(join(dir, f), "utf8")),
}));

/** One line of text for an error or a failed result, without the stack. */
function short(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
}
function describe(error: unknown): string {
  return short(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

async function attempt(run: (signal: AbortSignal) => Promise<string>): Promise<Outcome> {
  const signal = AbortSignal.timeout(TIMEOUT);
  try {
    return { ok: true, detail: short(await run(signal)) };
  } catch (error) {
    return { ok: false, detail: signal.aborted ? `timed out after ${TIMEOUT} ms` : describe(error) };
  }
}

/** The five paths for one flow id. A stream counts as failed when it carries an `error` event. */
async function runFive(lf: LangflowClient, id: string): Promise<Record<Path, Outcome>> {
  const input = { inputValue: "hello" };
  const streamed = async (events: AsyncIterable<unknown>) => {
    const names: string[] = [];
    for await (const e of events as AsyncIterable<{ event?: string; type?: string; data?: unknown }>) {
      const name = String(e.event ?? e.type);
      names.push(name);
      if (name === "error") throw new Error(`error event: ${JSON.stringify(e.data ?? e)}`);
    }
    return names.join(",");
  };
  const workflow = (r: { status: string; text?: string; errors: { error: string }[] }) => {
    if (r.status !== "completed") throw new Error(`${r.status}: ${r.errors.map((e) => e.error).join("; ")}`);
    return `completed ${JSON.stringify(r.text ?? null)}`;
  };
  return {
    "v1 run": await attempt(async (signal) => (await lf.run(id, input, { signal })).text ?? "(no text)"),
    "v1 stream": await attempt((signal) => streamed(lf.stream(id, input, { signal }))),
    "v2 sync": await attempt(async (signal) => workflow(await lf.workflows.run(id, input, { signal }))),
    "v2 stream": await attempt((signal) => streamed(lf.workflows.stream(id, input, { signal }))),
    "v2 background": await attempt(async (signal) => {
      const job = await lf.workflows.submit(id, input, { signal });
      return workflow(await job.wait({ interval: 200, timeout: TIMEOUT - 1000, signal }));
    }),
  };
}

async function onMock(): Promise<Row[]> {
  const withIds = flows.map((f) => ({ ...f, json: { ...f.json, id: randomUUID(), name: f.name } }));
  const mock = createLangflowMock({ exampleFlows: false, flows: withIds.map((f) => f.json) });
  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit) =>
    (await getResponse(mock.handlers, new Request(input, init))) ??
    new Response("Not Found", { status: 404 });
  const lf = new LangflowClient({
    baseUrl: "http://mock.test",
    apiKey: mock.apiKey,
    maxRetries: 0,
    fetch: fetchMock,
  });
  const rows: Row[] = [];
  for (const f of withIds) rows.push(report({ flow: f.name, ...(await runFive(lf, f.json.id)) }));
  return rows;
}

async function onReal(): Promise<Row[]> {
  const lf = new LangflowClient({ maxRetries: 0, timeout: TIMEOUT });
  const rows: Row[] = [];
  const tag = randomUUID().slice(0, 8);
  for (const f of flows) {
    let id: string | undefined;
    try {
      const created = await lf.flows.create({
        name: `measure-${f.name}-${tag}`,
        data: f.json.data,
        description: f.json.description ?? "",
      } as never);
      id = created.id;
      rows.push(report({ flow: f.name, ...(await runFive(lf, id)) }));
    } catch (error) {
      const failed = { ok: false, detail: `create: ${describe(error)}` };
      rows.push(report({ flow: f.name, ...Object.fromEntries(PATHS.map((p) => [p, failed])) } as Row));
    } finally {
      // A loaded server can be slow to delete: a longer timeout and two retries, so no test flow is left behind.
      if (id)
        await lf.flows
          .delete(id, { timeout: 120_000, maxRetries: 2 })
          .catch((e: unknown) => console.error(`delete ${f.name} (${id}): ${describe(e)}`));
    }
  }
  return rows;
}

/** Prints a flow's five lines as soon as it has run (a real server takes a while). */
function report(row: Row): Row {
  for (const p of PATHS)
    console.log(`${row.flow.padEnd(34)} ${p.padEnd(14)} ${row[p].ok ? "ok   " : "error"} ${row[p].detail}`);
  return row;
}

const rows = real ? await onReal() : await onMock();
const allFive = rows.filter((r) => PATHS.every((p) => r[p].ok)).map((r) => r.flow);
console.log(`\n${real ? "real server" : "mock"}: ${allFive.length}/${rows.length} flows run all five ways`);
if (allFive.length) console.log(`  ${allFive.join(", ")}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
