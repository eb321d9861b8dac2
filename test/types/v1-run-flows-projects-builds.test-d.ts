import { describe, expectTypeOf, it } from "vitest";
import {
  type BuildEvent,
  type BuildJob,
  type CancelBuildResult,
  type Download,
  type Flow,
  type FlowHeader,
  type HealthStatus,
  LangflowClient,
  type LangflowStream,
  type Page,
  type Project,
  type ProjectListItem,
  type ProjectWithFlows,
  type RunEvent,
  type RunResponse,
  type RunResult,
  type VersionInfo,
  type WebhookAccepted,
} from "../../src/index";

const lf = new LangflowClient();

describe("lf.run / lf.stream", () => {
  it("run resolves to a RunResult and has withResponse()", async () => {
    const r = await lf.run(
      "flow",
      {
        inputValue: "hi",
        inputType: "chat",
        outputType: "any",
        outputComponent: "ChatOutput-1",
        tweaks: { "File-1": { path: ["a", "b"] } },
        sessionId: "s",
        globals: { USER: "ann" },
      },
      { signal: new AbortController().signal, timeout: 1000, headers: { "x-a": "b" } },
    );
    expectTypeOf(r).toEqualTypeOf<RunResult>();
    expectTypeOf(r.text).toEqualTypeOf<string | undefined>();
    expectTypeOf(r.raw).toEqualTypeOf<RunResponse>();
    expectTypeOf((await lf.run("f").withResponse()).response).toEqualTypeOf<Response>();
  });

  it("wrong option names and types do not compile", () => {
    // @ts-expect-error: the option is inputValue
    lf.run("f", { input_value: "x" });
    // @ts-expect-error: outputType is a fixed set
    lf.run("f", { outputType: "html" });
    // @ts-expect-error: globals are strings
    lf.run("f", { globals: { N: 1 } });
    // @ts-expect-error: timeout is a number of ms
    lf.stream("f", {}, { timeout: "1s" });
    // @ts-expect-error: request options go in the last argument, not among the parameters
    lf.run("f", { inputValue: "x", timeout: 1000 });
    // @ts-expect-error: a misspelled request option
    lf.run("f", {}, { timeOut: 1000 });
    // @ts-expect-error: the flow is a string
    lf.run(42);
  });

  it("stream returns a LangflowStream of RunEvent (not a promise)", async () => {
    const s = lf.stream("f", { inputValue: "x" });
    expectTypeOf(s).toEqualTypeOf<LangflowStream<RunEvent, RunResponse>>();
    expectTypeOf(await s.finalResult()).toEqualTypeOf<RunResponse | undefined>();
  });
});

describe("server basics", () => {
  it("version, health, webhook, components", async () => {
    expectTypeOf(await lf.version()).toEqualTypeOf<VersionInfo>();
    expectTypeOf(await lf.health()).toEqualTypeOf<HealthStatus>();
    expectTypeOf(await lf.webhook("f", { a: 1 })).toEqualTypeOf<WebhookAccepted>();
    expectTypeOf(await lf.components()).toEqualTypeOf<Record<string, Record<string, unknown>>>();
  });
});

describe("lf.flows", () => {
  it("types every method", async () => {
    expectTypeOf(await lf.flows.listAll({ projectId: "p", componentsOnly: true })).toEqualTypeOf<Flow[]>();
    expectTypeOf(await lf.flows.listHeaders()).toEqualTypeOf<FlowHeader[]>();
    expectTypeOf(await lf.flows.list({ page: 2, size: 10 })).toEqualTypeOf<Page<Flow>>();
    for await (const flow of lf.flows.list({ size: 10 })) expectTypeOf(flow).toEqualTypeOf<Flow>();
    expectTypeOf(await lf.flows.get("id")).toEqualTypeOf<Flow>();
    expectTypeOf(await lf.flows.findByEndpointName("ep")).toEqualTypeOf<Flow | undefined>();
    expectTypeOf(await lf.flows.create({ name: "n" })).toEqualTypeOf<Flow>();
    expectTypeOf(await lf.flows.createMany([{ name: "n" }])).toEqualTypeOf<Flow[]>();
    expectTypeOf(await lf.flows.update("id", { name: "m" })).toEqualTypeOf<Flow>();
    expectTypeOf(await lf.flows.deleteMany(["id"])).toEqualTypeOf<{ deleted: number }>();
    expectTypeOf(await lf.flows.upload(new Blob([]), { projectId: "p" })).toEqualTypeOf<Flow[]>();
    expectTypeOf(await lf.flows.upload({ name: "n", data: { nodes: [], edges: [] } })).toEqualTypeOf<
      Flow[]
    >();
    expectTypeOf(await lf.flows.upload({ flows: [{ name: "n" }] }, {}, { timeout: 5 })).toEqualTypeOf<
      Flow[]
    >();
    expectTypeOf(await lf.flows.download(["a", "b"])).toEqualTypeOf<Download>();
    expectTypeOf(await lf.flows.basicExamples()).toEqualTypeOf<Flow[]>();
  });

  it("wrong option names and types do not compile", () => {
    // @ts-expect-error: the filter is projectId
    lf.flows.listAll({ folder: "p" });
    // @ts-expect-error: page is a number
    lf.flows.list({ page: "2" });
    // @ts-expect-error: a flow needs a name
    lf.flows.create({ description: "no name" });
    // @ts-expect-error: an upload is the flow JSON (bytes or a flow object), not a path (the server answers 422)
    lf.flows.upload({ path: "flow.json" });
    // @ts-expect-error: the project filter goes with the params, the signal with the request options
    lf.flows.list({ signal: new AbortController().signal });
  });
});

describe("lf.projects", () => {
  it("types every method", async () => {
    expectTypeOf(await lf.projects.list()).toEqualTypeOf<ProjectListItem[]>();
    expectTypeOf(await lf.projects.get("id")).toEqualTypeOf<ProjectWithFlows>();
    expectTypeOf(await lf.projects.listFlows("id", { size: 5, search: "x" })).toEqualTypeOf<Page<Flow>>();
    for await (const f of lf.projects.listFlows("id")) expectTypeOf(f).toEqualTypeOf<Flow>();
    expectTypeOf(await lf.projects.create({ name: "p" })).toEqualTypeOf<Project>();
    expectTypeOf(await lf.projects.update("id", { name: "q" })).toEqualTypeOf<Project>();
    expectTypeOf(await lf.projects.delete("id")).toEqualTypeOf<void>();
    expectTypeOf(await lf.projects.download("id")).toEqualTypeOf<Download>();
    expectTypeOf(await lf.projects.upload(new Uint8Array(), { filename: "p.zip" })).toEqualTypeOf<Flow[]>();
  });

  it("wrong option names and types do not compile", () => {
    // @ts-expect-error: the option is size
    lf.projects.listFlows("id", { pageSize: 5 });
    // @ts-expect-error: a zip is bytes, not a path string
    lf.projects.upload("p.zip");
  });
});

describe("lf.builds", () => {
  it("types every method", async () => {
    const job = await lf.builds.start("flow", {
      inputValue: "x",
      inputs: { session: "s" },
      data: { nodes: [], edges: [] },
      startComponentId: "a",
      stopComponentId: "b",
    });
    expectTypeOf(job).toEqualTypeOf<BuildJob>();
    expectTypeOf(lf.builds.events(job.jobId)).toEqualTypeOf<
      LangflowStream<BuildEvent, Record<string, unknown>>
    >();
    expectTypeOf(await lf.builds.poll(job.jobId)).toEqualTypeOf<BuildEvent[]>();
    for await (const e of lf.builds.pollEvents(job.jobId, { interval: 100 }))
      expectTypeOf(e).toEqualTypeOf<BuildEvent>();
    expectTypeOf(await lf.builds.cancel(job.jobId)).toEqualTypeOf<CancelBuildResult>();
  });

  it("wrong option names and types do not compile", () => {
    // @ts-expect-error: the option is stopComponentId
    lf.builds.start("f", { stop_component_id: "x" });
    // @ts-expect-error: data needs nodes and edges
    lf.builds.start("f", { data: { nodes: [] } });
  });
});
