import { describe, expectTypeOf, it } from "vitest";
import {
  type AguiEvent,
  type APIError,
  APIPromise,
  type LangflowClient,
  type LangflowError,
  type LangflowStream,
  type NotFoundError,
  type ResponseValidationError,
  type RunEvent,
  type TextStream,
  type UnprocessableEntityError,
  type WorkflowEvent,
} from "../../src/index";

describe("error tree", () => {
  it("subclasses narrow to their base", () => {
    expectTypeOf<NotFoundError>().toMatchTypeOf<APIError>();
    expectTypeOf<APIError>().toMatchTypeOf<LangflowError>();
    expectTypeOf<APIError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<UnprocessableEntityError["issues"]>().toEqualTypeOf<
      { loc: (string | number)[]; msg: string; type: string }[]
    >();
  });
});

describe("validate", () => {
  it("is a boolean client option; ResponseValidationError carries the issues", () => {
    expectTypeOf<ConstructorParameters<typeof LangflowClient>[0]>().toMatchTypeOf<
      { validate?: boolean } | undefined
    >();
    // @ts-expect-error validate takes a boolean, not a schema name
    const wrong: ConstructorParameters<typeof LangflowClient>[0] = { validate: "flow" };
    void wrong;
    expectTypeOf<ResponseValidationError>().toMatchTypeOf<LangflowError>();
    expectTypeOf<ResponseValidationError["issues"]>().toEqualTypeOf<
      { path: (string | number)[]; message: string }[]
    >();
    expectTypeOf<ResponseValidationError["status"]>().toEqualTypeOf<number>();
  });
});

describe("stream events", () => {
  it("RunEvent narrows on event", () => {
    const handle = (e: RunEvent) => {
      if (e.event === "token") expectTypeOf(e.data.chunk).toEqualTypeOf<string>();
      if (e.event === "unknown") expectTypeOf(e.name).toEqualTypeOf<string>();
    };
    expectTypeOf(handle).toBeFunction();
  });

  it("WorkflowEvent narrows on event for Langflow events and on type for AG-UI", () => {
    const handle = (e: WorkflowEvent) => {
      if ("type" in e) {
        expectTypeOf(e).toEqualTypeOf<AguiEvent>();
        if (e.type === "TEXT_MESSAGE_CONTENT") expectTypeOf(e.delta).toEqualTypeOf<string>();
      } else if (e.event === "output") {
        expectTypeOf(e.data.component_id).toEqualTypeOf<string>();
      }
    };
    expectTypeOf(handle).toBeFunction();
  });

  it("LangflowStream is async-iterable and has the accumulators", () => {
    expectTypeOf<LangflowStream<RunEvent>>().toMatchTypeOf<AsyncIterable<RunEvent>>();
    expectTypeOf<LangflowStream<RunEvent>["finalText"]>().returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf<LangflowStream<RunEvent>["lastEventId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LangflowStream<RunEvent>["toReadableStream"]>().returns.toEqualTypeOf<
      ReadableStream<RunEvent>
    >();
    // A ReadableStream that `for await` reads without the DOM.AsyncIterable lib.
    expectTypeOf<LangflowStream<WorkflowEvent>["textStream"]>().returns.toEqualTypeOf<TextStream>();
    expectTypeOf<TextStream>().toMatchTypeOf<ReadableStream<string>>();
    expectTypeOf<TextStream>().toMatchTypeOf<AsyncIterable<string>>();
  });
});

describe("APIPromise", () => {
  it("awaits to the data and withResponse() adds the Response", async () => {
    const p = new APIPromise(Promise.resolve({ data: { id: "x" }, response: new Response() }));
    expectTypeOf(await p).toEqualTypeOf<{ id: string }>();
    expectTypeOf(await p.withResponse()).toEqualTypeOf<{ data: { id: string }; response: Response }>();
  });
});
