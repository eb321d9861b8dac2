// A v2 call by flow name first looks the name up (GET /api/v1/flows/); that request runs with the call's own
// options, so a call's timeout and signal also bound the lookup against a server that never answers.
import { afterEach, describe, expect, it } from "vitest";
import { APITimeoutError, APIUserAbortError, WorkflowsClient } from "../../../src/index";
import { type Loopback, loopback } from "../core/loopback";

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Accepts every request and never answers. */
const silent = () => loopback(() => undefined);
const client = (url: string) =>
  new WorkflowsClient({ baseUrl: url, apiKey: "k", apiVersion: "current", maxRetries: 0 });

describe("v2 by flow name: the lookup takes the call's options", () => {
  it("wf.run(name, …, { timeout }) times out on the lookup, naming the option", async () => {
    server = await silent();
    const error = await client(server.url)
      .run("my-flow", { inputValue: "x" }, { timeout: 200 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toContain("timeout");
    expect(server.requests.map((r) => r.url)).toEqual(["/api/v1/flows/?get_all=true&header_flows=true"]);
  });

  it("wf.submit(name, …, { signal }) ends when the caller aborts during the lookup", async () => {
    server = await silent();
    const controller = new AbortController();
    const submitted = client(server.url).submit("my-flow", {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(submitted).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("wf.stream(name, …, { timeout }) ends with a timeout instead of the client's 60 s", async () => {
    server = await silent();
    const stream = client(server.url).stream("my-flow", { inputValue: "x" }, { timeout: 200 });
    await expect(stream.finalText()).rejects.toBeInstanceOf(APITimeoutError);
  });
});
