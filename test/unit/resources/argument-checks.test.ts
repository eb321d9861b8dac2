// What every method refuses before it sends anything: unknown keys in its params or its request options (with the
// closest known key in the message), and ids that would change the route ("", ".", "..", "%2e%2e", and any id with
// a "/", which the server decodes before routing); any other id is encoded into one segment. Through the public client, with a fetch that records what would have been sent.
import { describe, expect, it } from "vitest";
import { LangflowClient, LangflowConfigError, WorkflowsClient } from "../../../src/index";

const BASE = "http://langflow.test";

/** A client whose fetch records each request and answers 404 (so every call ends quickly). */
function recording() {
  const sent: Request[] = [];
  const fetch = async (request: Request) => {
    sent.push(request);
    return Response.json({ detail: "nothing here" }, { status: 404 });
  };
  const lf = new LangflowClient({ baseUrl: BASE, apiKey: "k", fetch, maxRetries: 0 });
  const wf = new WorkflowsClient({ baseUrl: BASE, apiKey: "k", fetch, maxRetries: 0, apiVersion: "current" });
  return { lf, wf, sent };
}

/** Runs a call to its end (a promise, a stream or a generator), ignoring how it ends. */
async function settle(result: unknown): Promise<void> {
  try {
    const value = await result;
    if (value && typeof value === "object" && Symbol.asyncIterator in value) {
      for await (const _ of value as AsyncIterable<unknown>) break;
    }
  } catch {
    // the 404, or anything else: only what was sent matters here
  }
}

/** The call throws (or rejects with) a LangflowConfigError whose message matches, and nothing was sent. */
async function refused(call: (c: ReturnType<typeof recording>) => unknown, message: RegExp): Promise<void> {
  const c = recording();
  let error: unknown;
  try {
    const value = await call(c); // a synchronous throw or a rejection
    if (value && typeof value === "object" && Symbol.asyncIterator in value) {
      for await (const _ of value as AsyncIterable<unknown>) break;
    }
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(LangflowConfigError);
  expect((error as Error).message).toMatch(message);
  expect(c.sent).toEqual([]);
}

type Lf = LangflowClient;
type Wf = WorkflowsClient;
const png = new Uint8Array([1]);

// Every method that puts an id in a URL path, with `id` in each path position it has.
const ID_METHODS: [string, (lf: Lf, wf: Wf, id: string) => unknown][] = [
  ["lf.run", (lf, _, id) => lf.run(id)],
  ["lf.stream", (lf, _, id) => lf.stream(id)],
  ["lf.webhook", (lf, _, id) => lf.webhook(id, { a: 1 })],
  ["lf.process", (lf, _, id) => lf.process(id)],
  ["flows.get", (lf, _, id) => lf.flows.get(id)],
  ["flows.update", (lf, _, id) => lf.flows.update(id, { name: "n" })],
  ["flows.delete", (lf, _, id) => lf.flows.delete(id)],
  ["projects.get", (lf, _, id) => lf.projects.get(id)],
  ["projects.listFlows", (lf, _, id) => lf.projects.listFlows(id)],
  ["projects.update", (lf, _, id) => lf.projects.update(id, { name: "n" })],
  ["projects.delete", (lf, _, id) => lf.projects.delete(id)],
  ["projects.download", (lf, _, id) => lf.projects.download(id)],
  ["builds.start", (lf, _, id) => lf.builds.start(id)],
  ["builds.events", (lf, _, id) => lf.builds.events(id)],
  ["builds.poll", (lf, _, id) => lf.builds.poll(id)],
  ["builds.pollEvents", (lf, _, id) => lf.builds.pollEvents(id)],
  ["builds.cancel", (lf, _, id) => lf.builds.cancel(id)],
  ["files.download", (lf, _, id) => lf.files.download(id)],
  ["files.get", (lf, _, id) => lf.files.get(id)],
  ["files.stream", (lf, _, id) => lf.files.stream(id)],
  ["files.rename", (lf, _, id) => lf.files.rename(id, "new name")],
  ["files.delete", (lf, _, id) => lf.files.delete(id)],
  ["flowFiles.upload", (lf, _, id) => lf.flowFiles.upload(id, png)],
  ["flowFiles.list", (lf, _, id) => lf.flowFiles.list(id)],
  ["flowFiles.download (flow id)", (lf, _, id) => lf.flowFiles.download(id, "a.txt")],
  ["flowFiles.download (file name)", (lf, _, id) => lf.flowFiles.download("flow", id)],
  ["flowFiles.image (flow id)", (lf, _, id) => lf.flowFiles.image(id, "a.png")],
  ["flowFiles.image (file name)", (lf, _, id) => lf.flowFiles.image("flow", id)],
  ["flowFiles.delete (flow id)", (lf, _, id) => lf.flowFiles.delete(id, "a.txt")],
  ["flowFiles.delete (file name)", (lf, _, id) => lf.flowFiles.delete("flow", id)],
  ["monitor.updateMessage", (lf, _, id) => lf.monitor.updateMessage(id, { text: "t" })],
  ["monitor.renameSession", (lf, _, id) => lf.monitor.renameSession(id, "new")],
  ["monitor.deleteSession", (lf, _, id) => lf.monitor.deleteSession(id)],
  ["monitor.trace", (lf, _, id) => lf.monitor.trace(id)],
  ["monitor.deleteTrace", (lf, _, id) => lf.monitor.deleteTrace(id)],
  ["apiKeys.delete", (lf, _, id) => lf.apiKeys.delete(id)],
  ["variables.update", (lf, _, id) => lf.variables.update(id, { value: "v" })],
  ["variables.delete", (lf, _, id) => lf.variables.delete(id)],
  ["tasks.get", (lf, _, id) => lf.tasks.get(id)],
  ["tasks.wait", (lf, _, id) => lf.tasks.wait(id)],
  ["flows.pull", (lf, _, id) => lf.flows.pull(id)],
  ["projects.pull", (lf, _, id) => lf.projects.pull(id, { outputDir: "unused-dir", dryRun: true })],
  ["workflows.job(id).events", (_, wf, id) => wf.job(id).events()],
  [
    "lf.raw path parameter",
    (lf, _, id) => lf.raw.GET("/api/v1/flows/{flow_id}", { params: { path: { flow_id: id } } }),
  ],
];

describe("ids in paths", () => {
  describe.each(ID_METHODS)("%s", (_name, call) => {
    it.each(["", ".", "..", "%2e%2e", "%2E.", ".%2e", "a/b", "batch/", "../x"])(
      "refuses %j before sending",
      async (id) => {
        await refused(({ lf, wf }) => call(lf, wf, id), /Invalid id/);
      },
    );

    it("encodes any other id into one segment of the same route", async () => {
      const c = recording();
      await settle(call(c.lf, c.wf, "a b?c#d%2Fe..."));
      expect(c.sent.length).toBeGreaterThan(0);
      for (const request of c.sent) expect(request.url).toContain("a%20b%3Fc%23d%252Fe...");
    });
  });

  it("refuses a langflowId that would leave the /lf/{id} prefix, at construction", () => {
    for (const langflowId of [".", "..", "%2e%2e"]) {
      expect(() => new LangflowClient({ baseUrl: BASE, langflowId })).toThrow(LangflowConfigError);
    }
    expect(() => new LangflowClient({ baseUrl: BASE, langflowId: "a/b" })).toThrow(LangflowConfigError);
    expect(new LangflowClient({ baseUrl: BASE, langflowId: "a b" }).baseUrl).toBe(`${BASE}/lf/a%20b`);
  });
});

// One call per resource group with a misspelled parameter (the suggestion is the key it meant).
const PARAM_TYPOS: [string, string, (lf: Lf, wf: Wf) => unknown][] = [
  ["lf.run", "inputValue", (lf) => lf.run("f", { inputvalue: "hi" } as never)],
  ["lf.run (snake_case)", "inputValue", (lf) => lf.run("f", { input_value: "hi" } as never)],
  ["lf.run (a shorter name)", "inputValue", (lf) => lf.run("f", { input: "hi" } as never)],
  ["lf.stream", "sessionId", (lf) => lf.stream("f", { sessionID: "s" } as never)],
  ["lf.process", "sessionId", (lf) => lf.process("f", { session_id: "s" } as never)],
  ["flows.list", "projectId", (lf) => lf.flows.list({ projectID: "p" } as never)],
  ["flows.listAll", "removeExampleFlows", (lf) => lf.flows.listAll({ remove_example_flows: true } as never)],
  ["flows.upload", "filename", (lf) => lf.flows.upload(png, { fileName: "f.json" } as never)],
  ["projects.listFlows", "search", (lf) => lf.projects.listFlows("p", { serach: "x" } as never)],
  ["projects.upload", "filename", (lf) => lf.projects.upload(png, { file_name: "p.zip" } as never)],
  ["monitor.messages", "sessionId", (lf) => lf.monitor.messages({ session_id: "s" } as never)],
  ["monitor.transactions", "size", (lf) => lf.monitor.transactions("f", { sise: 5 } as never)],
  ["monitor.traces", "flowId", (lf) => lf.monitor.traces({ flowID: "f" } as never)],
  ["builds.start", "stopComponentId", (lf) => lf.builds.start("f", { stop_component_id: "x" } as never)],
  ["builds.pollEvents", "interval", (lf) => lf.builds.pollEvents("j", { intervall: 5 } as never)],
  ["files.upload", "filename", (lf) => lf.files.upload(png, { fileName: "a" } as never)],
  ["flowFiles.upload", "contentType", (lf) => lf.flowFiles.upload("f", png, { content_type: "x" } as never)],
  ["apiKeys.create", "name", (lf) => lf.apiKeys.create({ nmae: "k" } as never)],
  [
    "variables.create",
    "default_fields",
    (lf) => lf.variables.create({ name: "n", value: "v", defaultFields: [] } as never),
  ],
  ["variables.update", "value", (lf) => lf.variables.update("v", { vlaue: "v" } as never)],
  ["logs.get", "linesBefore", (lf) => lf.logs.get({ lines_before: 3 } as never)],
  ["tasks.wait", "maxInterval", (lf) => lf.tasks.wait("t", { maxinterval: 5 } as never)],
  ["workflows.run", "inputValue", (_, wf) => wf.run("f", { input_value: "hi" } as never)],
  ["workflows.stream", "protocol", (_, wf) => wf.stream("f", { protocoll: "agui" } as never)],
  ["workflows.submit", "tweaks", (_, wf) => wf.submit("f", { tweak: {} } as never)],
  ["job.wait", "maxInterval", (_, wf) => wf.job("j").wait({ maxinterval: 5 } as never)],
  ["job.events", "lastEventId", (_, wf) => wf.job("j").events({ lastEventID: "3" } as never)],
  ["flows.push", "dryRun", (lf) => lf.flows.push("f.json", { dry_run: true } as never)],
  ["flows.pull", "output", (lf) => lf.flows.pull("f", { outputs: "f.json" } as never)],
  ["flows.pullAll", "outputDir", (lf) => lf.flows.pullAll({ output_dir: "flows" } as never)],
  ["projects.push", "projectId", (lf) => lf.projects.push("flows", { projectid: "p" } as never)],
  ["projects.pull", "outputDir", (lf) => lf.projects.pull("p", { output_dir: "flows" } as never)],
];

describe("unknown parameter keys", () => {
  it.each(PARAM_TYPOS)("%s refuses the key before sending, naming %s", async (_name, meant, call) => {
    await refused(
      ({ lf, wf }) => call(lf, wf),
      new RegExp(`Unknown parameter ".+"\\. Did you mean "${meant}"\\?`),
    );
  });

  it("a request option among the parameters says where it goes", async () => {
    await refused(
      ({ lf }) => lf.run("f", { inputValue: "hi", timeout: 5 } as never),
      /It is a request option: pass it in the last argument/,
    );
    await refused(({ wf }) => wf.submit("f", { maxRetries: 1 } as never), /It is a request option/);
  });

  it("params that are not an object are refused", async () => {
    await refused(({ lf }) => lf.run("f", "hello" as never), /Expected an object of parameters/);
  });

  it("a pull into a folder without outputDir names the method and the missing folder", async () => {
    await refused(({ lf }) => lf.flows.pullAll({} as never), /^flows\.pullAll needs \{ outputDir \}/);
    await refused(
      ({ lf }) => lf.projects.pull("p", { dryRun: true } as never),
      /^projects\.pull needs \{ outputDir \}/,
    );
  });
});

// Every group, with a misspelled request option.
const OPTION_TYPOS: [string, (lf: Lf, wf: Wf, options: never) => unknown][] = [
  ["lf.run", (lf, _, o) => lf.run("f", {}, o)],
  ["lf.stream", (lf, _, o) => lf.stream("f", {}, o)],
  ["lf.webhook", (lf, _, o) => lf.webhook("f", {}, o)],
  ["lf.version", (lf, _, o) => lf.version(o)],
  ["lf.components", (lf, _, o) => lf.components(o)],
  ["flows.list", (lf, _, o) => lf.flows.list({}, o)],
  ["flows.get", (lf, _, o) => lf.flows.get("f", o)],
  ["projects.list", (lf, _, o) => lf.projects.list(o)],
  ["projects.listFlows", (lf, _, o) => lf.projects.listFlows("p", {}, o)],
  ["builds.events", (lf, _, o) => lf.builds.events("j", o)],
  ["builds.pollEvents", (lf, _, o) => lf.builds.pollEvents("j", {}, o)],
  ["files.upload", (lf, _, o) => lf.files.upload(png, {}, o)],
  ["files.list", (lf, _, o) => lf.files.list(o)],
  ["flowFiles.list", (lf, _, o) => lf.flowFiles.list("f", o)],
  ["monitor.messages", (lf, _, o) => lf.monitor.messages({}, o)],
  ["monitor.traces", (lf, _, o) => lf.monitor.traces({}, o)],
  ["apiKeys.list", (lf, _, o) => lf.apiKeys.list(o)],
  ["auth.login", (lf, _, o) => lf.auth.login("u", "p", o)],
  ["variables.list", (lf, _, o) => lf.variables.list(o)],
  ["logs.get", (lf, _, o) => lf.logs.get({}, o)],
  ["logs.stream", (lf, _, o) => lf.logs.stream(o)],
  ["responses.create", (lf, _, o) => lf.responses.create({ model: "f", input: "hi" }, o)],
  ["responses.stream", (lf, _, o) => lf.responses.stream({ model: "f", input: "hi" }, o)],
  ["tasks.wait", (lf, _, o) => lf.tasks.wait("t", {}, o)],
  ["workflows.run", (_, wf, o) => wf.run("f", {}, o)],
  ["workflows.stream", (_, wf, o) => wf.stream("f", {}, o)],
  ["workflows.submit", (_, wf, o) => wf.submit("f", {}, o)],
  ["job.status", (_, wf, o) => wf.job("j").status(o)],
  ["job.wait", (_, wf, o) => wf.job("j").wait({}, o)],
  ["job.stop", (_, wf, o) => wf.job("j").stop(o)],
  ["job.events", (_, wf, o) => wf.job("j").events({}, o)],
];

describe("unknown request options", () => {
  it.each(OPTION_TYPOS)("%s refuses a misspelled option before sending", async (_name, call) => {
    await refused(
      ({ lf, wf }) => call(lf, wf, { timeOut: 5 } as never),
      /Unknown request option "timeOut"\. Did you mean "timeout"\?/,
    );
    await refused(({ lf, wf }) => call(lf, wf, { max_retries: 0 } as never), /Did you mean "maxRetries"\?/);
  });
});
