// The SDK in Chromium against the standalone mock server (real HTTP, started by global-setup.ts on 127.0.0.1).
// The page is served from another origin, so each call with x-api-key needs the server's CORS answers: preflight,
// allowed headers, a readable error body and a stream read incrementally. No msw worker is started in this file,
// and the server's own key (unknown to the in-page mock) shows the calls reach it.
import { describe, expect, inject, it } from "vitest";
import { LangflowClient, NotFoundError } from "../../src/index";

const url = inject("mockServerUrl");
const lf = new LangflowClient({
  baseUrl: url,
  apiKey: inject("mockServerApiKey"),
  dangerouslyAllowBrowser: true,
});

async function flowId(name: string): Promise<string> {
  const flows = await lf.flows.listAll();
  const flow = flows.find((f) => f.endpoint_name === name);
  if (!flow) throw new Error(`the standalone mock has no flow ${name}`);
  return flow.id;
}

describe("in Chromium, cross-origin against the standalone mock server", () => {
  it("is really cross-origin", () => {
    // msw's service worker, registered by another file for this origin, passes through pages that did not start it.
    expect(new URL(url).origin).not.toBe(location.origin);
  });

  it("a sync run (JSON body and x-api-key: a preflighted request)", async () => {
    const result = await lf.workflows.run(await flowId("prompt-chat"), { inputValue: "across origins" });
    expect(result.text).toBe("You asked: across origins");
  });

  it("a streamed run", async () => {
    const tokens: string[] = [];
    for await (const event of lf.workflows.stream(await flowId("model-chat"), {
      inputValue: "cors stream",
    })) {
      if ("event" in event && event.event === "token") tokens.push(event.data.chunk);
    }
    expect(tokens.join("")).toBe("You said: cors stream");
  });

  it("an HTTP error keeps its status and Langflow's detail", async () => {
    const error = await lf.flows.get("0b1c2d3e-0000-4000-8000-000000000001").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect((error as NotFoundError).detail).toBeTruthy();
  });

  it("a wrong key is refused by the server (403), so the calls above did reach it", async () => {
    const wrong = new LangflowClient({
      baseUrl: url,
      apiKey: "sk-not-this-one",
      dangerouslyAllowBrowser: true,
    });
    await expect(wrong.flows.listAll()).rejects.toMatchObject({ status: 403 });
  });
});
