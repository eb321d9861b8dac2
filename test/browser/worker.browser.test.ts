// The SDK in Chromium against the mock Langflow running in the page through msw's service worker: what a browser app
// does — a sync run, a streamed run whose tokens reach the page one by one, a background job, an upload of a File.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupLangflowMockWorker } from "../../mock/browser";
import { LangflowClient } from "../../src/index";
import { PromptChat } from "../fixtures/typed-flows/mock-flows";
import { StepClock } from "./step-clock";

const TOKEN_DELAY_MS = 17; // only timers of this length are held by the step clock
const clock = new StepClock(TOKEN_DELAY_MS);
const mock = setupLangflowMockWorker({ clock, tokenDelayMs: TOKEN_DELAY_MS });

beforeAll(() => mock.start());
afterAll(() => {
  clock.release();
  mock.stop();
});

// Langflow's default address: the worker answers it, nothing listens there.
const client = () =>
  new LangflowClient({
    baseUrl: "http://localhost:7860",
    apiKey: mock.apiKey,
    dangerouslyAllowBrowser: true,
  });

function flowId(name: string): string {
  const flow = mock.flow(name);
  if (!flow) throw new Error(`the mock has no flow ${name}`);
  return flow.id;
}

describe("in Chromium, against the msw browser worker", () => {
  it("runs this in a real browser page, not Node", () => {
    expect(typeof window).toBe("object");
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(navigator.serviceWorker.controller?.scriptURL).toMatch(/\/mockServiceWorker\.js$/);
  });

  it("sync run: v2 workflows.run and v1 run", async () => {
    const lf = client();
    const result = await lf.workflows.run(flowId("prompt-chat"), {
      inputValue: "what?",
      sessionId: "browser-1",
    });
    expect(result.status).toBe("completed");
    expect(result.text).toBe("You asked: what?");
    expect(result.sessionId).toBe("browser-1");
    const v1 = await lf.run("echo-chat", { inputValue: "hi from v1" });
    expect(v1.text).toBe("hi from v1");
  });

  it("a flow handle: presets by display name, per-call tweaks, and verify() (drift detection loaded on demand)", async () => {
    const chat = client()
      .flow(PromptChat)
      .withTweaks({ "Prompt Template": { template: "Browser: {question}" } });
    expect((await chat.run({ inputValue: "q" })).text).toBe("Browser: q");
    const perCall = { "Prompt-prmt1": { template: "Per call: {question}" } };
    expect((await chat.run({ inputValue: "q", tweaks: perCall })).text).toBe("Per call: q");
    expect(await chat.verify()).toEqual([]);
  });

  it("streamed run: each token reaches the page before the model produces the next one", async () => {
    const stream = client().workflows.stream(flowId("model-chat"), { inputValue: "hello from the browser" });
    const chunks: string[] = [];
    clock.step(); // lets the first token be produced
    for await (const event of stream) {
      if (!("event" in event) || event.event !== "token") continue;
      chunks.push(event.data.chunk);
      // Had the worker buffered the body, token k would only arrive after token k+1 was granted — never, so the
      // step clock's watchdog would have forced the rest through.
      expect(clock.forced, "tokens arrived only after the stream was forced to finish").toBe(false);
      expect(clock.granted).toBe(chunks.length);
      clock.step();
    }
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join("")).toBe("You said: hello from the browser");
  });

  it("textStream(): the text pieces as they arrive, as a ReadableStream piped into the page", async () => {
    const stream = client().workflows.stream(flowId("model-chat"), { inputValue: "text only" });
    const reader = stream.textStream().getReader();
    const answer = document.createElement("p");
    clock.step();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      answer.textContent += r.value;
      expect(clock.forced, "text arrived only after the stream was forced to finish").toBe(false);
      clock.step();
    }
    expect(answer.textContent).toBe("You said: text only");
    expect(clock.granted).toBeGreaterThan(3);
  });

  it("background job: submit, then wait polls until it completes", async () => {
    const lf = client();
    const job = await lf.workflows.submit(flowId("prompt-chat"), { inputValue: "in the background" });
    expect(job.id).toMatch(/^[0-9a-f-]{36}$/);
    const seen: string[] = [];
    const result = await job.wait({ interval: 10, onStatus: (s) => seen.push(s.status) });
    expect(result.text).toBe("You asked: in the background");
    expect(seen.at(-1)).toBe("completed");
  });

  it("file upload from a File, then download of the same bytes", async () => {
    const lf = client();
    const text = "naïve café ✓ — uploaded from Chromium";
    const file = new File([text], "notes.txt", { type: "text/plain" });
    const uploaded = await lf.files.upload(file);
    expect(uploaded.name).toBe("notes");
    expect(uploaded.size).toBe(new TextEncoder().encode(text).byteLength);
    const listed = await lf.files.list();
    expect(listed.map((f) => f.id)).toContain(uploaded.id);
    const download = await lf.files.download(uploaded.id);
    expect(new TextDecoder().decode(download.bytes)).toBe(text);
  });
});
