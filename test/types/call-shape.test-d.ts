// The call shape every method shares: ids, then params (or a body), then RequestOptions; paged lists; error guards.
import { describe, expectTypeOf, it } from "vitest";
import {
  type APIPromise,
  type Flow,
  isLangflowError,
  LangflowClient,
  type NotFoundError,
  type Page,
  type PagePromise,
  type RedirectError,
  type RequestOptions,
  type ResponseTooLargeError,
  type RunResult,
  type TraceSummary,
  WorkflowsClient,
} from "../../src/index";

const lf = new LangflowClient();
const options: RequestOptions = {
  signal: new AbortController().signal,
  timeout: 1000,
  idleTimeout: 500,
  headers: { "x-a": "b" },
  maxRetries: 0,
  retryNonIdempotent: false,
  maxResponseBytes: 1024,
  maxEventBytes: 1024,
};

describe("RequestOptions", () => {
  it("is the last argument of every method", () => {
    expectTypeOf(lf.run("f", { inputValue: "hi" }, options)).toEqualTypeOf<APIPromise<RunResult>>();
    expectTypeOf(lf.flows.get("id", options)).toEqualTypeOf<APIPromise<Flow>>();
    expectTypeOf(lf.flows.update("id", { name: "n" }, options)).toEqualTypeOf<APIPromise<Flow>>();
    expectTypeOf(lf.version(options)).not.toBeAny();
    expectTypeOf(lf.workflows.submit("f", { inputValue: "x" }, options)).not.toBeAny();
  });

  it("refuses unknown keys in an object literal, in either argument", () => {
    // @ts-expect-error: a misspelled request option
    lf.flows.get("id", { timout: 5 });
    // @ts-expect-error: a request option is not a parameter
    lf.flows.listAll({ projectId: "p", signal: options.signal });
    // @ts-expect-error: a parameter is not a request option
    lf.flows.listAll({}, { projectId: "p" });
    // @ts-expect-error: snake_case is the server's field name, not the SDK's parameter
    lf.monitor.messages({ session_id: "s" });
    // @ts-expect-error: a misspelled wait parameter
    lf.workflows.job("j").wait({ intervall: 5 });
  });
});

describe("paged lists", () => {
  it("await for one page, for await for every item", async () => {
    const list = lf.flows.list({ size: 10 });
    expectTypeOf(list).toEqualTypeOf<PagePromise<Flow>>();
    expectTypeOf(await list).toEqualTypeOf<Page<Flow>>();
    for await (const flow of lf.flows.list()) expectTypeOf(flow).toEqualTypeOf<Flow>();
    expectTypeOf(await lf.projects.listFlows("p", { search: "x" })).toEqualTypeOf<Page<Flow>>();
    for await (const trace of lf.monitor.traces({ flowId: "f" }))
      expectTypeOf(trace).toEqualTypeOf<TraceSummary>();
    expectTypeOf((await lf.flows.list().withResponse()).response).toEqualTypeOf<Response>();
  });
});

describe("clients", () => {
  it("WorkflowsClient takes client options only; withOptions makes a client", () => {
    expectTypeOf(
      new WorkflowsClient({ baseUrl: "http://x", apiVersion: "1.10" }),
    ).toEqualTypeOf<WorkflowsClient>();
    expectTypeOf(lf.withOptions({ token: "t" })).toEqualTypeOf<LangflowClient>();
    // @ts-expect-error: the client option is baseUrl
    new WorkflowsClient({ baseURL: "http://x" });
  });

  it("takes the size caps as client options", () => {
    new LangflowClient({ maxResponseBytes: 2 ** 20, maxEventBytes: 2 ** 16 });
    new WorkflowsClient({ maxResponseBytes: 2 ** 20 });
  });

  it("isLangflowError narrows to the named class", () => {
    const error: unknown = new Error("x");
    if (isLangflowError(error, "NotFoundError")) expectTypeOf(error).toEqualTypeOf<NotFoundError>();
    if (isLangflowError(error, "RedirectError"))
      expectTypeOf(error.location).toEqualTypeOf<string | undefined>();
    if (isLangflowError(error, "ResponseTooLargeError"))
      expectTypeOf(error).toEqualTypeOf<ResponseTooLargeError>();
    expectTypeOf<RedirectError["status"]>().toEqualTypeOf<number>();
    // @ts-expect-error: not an error class of the SDK
    isLangflowError(error, "TypeError");
  });
});
