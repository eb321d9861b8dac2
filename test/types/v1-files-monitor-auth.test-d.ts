import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiKeyInfo,
  type AuthTokens,
  type Download,
  LangflowClient,
  type LangflowStream,
  type LegacyTask,
  type LogEvent,
  type LogLines,
  type MonitorMessage,
  type Page,
  type ResponsesResponse,
  type ResponsesStreamEvent,
  type Transaction,
  type UploadedFlowFile,
  type UploadedUserFile,
  type UserFile,
  type Variable,
} from "../../src/index";

const lf = new LangflowClient();

describe("part B resource groups", () => {
  it("types results", async () => {
    expectTypeOf(
      await lf.files.upload(new Blob(["x"]), { filename: "a.txt" }),
    ).toEqualTypeOf<UploadedUserFile>();
    expectTypeOf(await lf.files.list()).toEqualTypeOf<UserFile[]>();
    expectTypeOf(await lf.files.download("id")).toEqualTypeOf<Download>();
    expectTypeOf(await lf.flowFiles.upload("f", new Uint8Array([1]))).toEqualTypeOf<UploadedFlowFile>();
    expectTypeOf(await lf.flowFiles.list("f")).toEqualTypeOf<string[]>();
    expectTypeOf(await lf.monitor.messages({ order: "DESC" })).toEqualTypeOf<MonitorMessage[]>();
    expectTypeOf(await lf.monitor.transactions("f")).toEqualTypeOf<Page<Transaction>>();
    for await (const tx of lf.monitor.transactions("f", { size: 10 }))
      expectTypeOf(tx).toEqualTypeOf<Transaction>();
    expectTypeOf(await lf.apiKeys.create({ name: "k" })).toEqualTypeOf<ApiKeyInfo>();
    expectTypeOf(await lf.auth.login("u", "p")).toEqualTypeOf<AuthTokens>();
    expectTypeOf(lf.withOptions({ apiKey: undefined, token: "t" })).toEqualTypeOf<LangflowClient>();
    expectTypeOf(await lf.variables.list()).toEqualTypeOf<Variable[]>();
    expectTypeOf(await lf.logs.get({ linesBefore: 3 })).toEqualTypeOf<LogLines>();
    expectTypeOf(await lf.responses.create({ model: "f", input: "hi" })).toEqualTypeOf<ResponsesResponse>();
    expectTypeOf(await lf.tasks.get("t")).toEqualTypeOf<LegacyTask>();
    expectTypeOf(lf.tasks.wait("t", { onStatus: (t) => t.status })).toEqualTypeOf<Promise<unknown>>();
    expectTypeOf(lf.files.list().withResponse).toBeFunction();
    // Run streams are returned at once (the request is sent on first read); the log stream connects first.
    expectTypeOf(lf.logs.stream()).toEqualTypeOf<Promise<LangflowStream<LogEvent, undefined>>>();
    expectTypeOf(lf.responses.stream({ model: "f", input: "hi" })).toEqualTypeOf<
      LangflowStream<ResponsesStreamEvent, ResponsesStreamEvent>
    >();
  });

  it("rejects wrong options", () => {
    // @ts-expect-error tasks.wait takes poll options, not a key function
    lf.tasks.wait("t", { key: () => 1 });
    // @ts-expect-error unknown option name
    lf.files.upload(new Blob([]), { fileName: "a" });
    // @ts-expect-error order is ASC | DESC
    lf.monitor.messages({ order: "down" });
    // @ts-expect-error linesBefore is a number
    lf.logs.get({ linesBefore: "3" });
    // @ts-expect-error a string is not an upload source
    lf.files.upload("just text");
    // @ts-expect-error a path is not an upload source: pass await fs.openAsBlob(path)
    lf.files.upload({ path: "/tmp/a" });
    // @ts-expect-error model is required
    lf.responses.create({ input: "x" });
    // @ts-expect-error value is required
    lf.variables.create({ name: "n" });
  });
});
