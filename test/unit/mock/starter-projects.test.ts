// Every starter project of the pinned Langflow, as a user exports it (a model chosen, a file, a knowledge base),
// loaded into the mock and run through the public SDK five ways: v1 run, v1 stream, v2 sync, v2 stream, v2
// background + wait(). Each answers with the real server's shape for that flow: v1 results of the flow's own
// output components, v2 outputs keyed by its terminal components. Unconfigured, they fail as 1.13.0 fails them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";
import { configured, starterProjects, terminalIds } from "../../../scripts/lib/starter-projects";
import { InternalServerError, LangflowClient } from "../../../src/index";

const projects = starterProjects();
const BASE = "http://starter.test";
const mock = setupLangflowMock({ exampleFlows: false, flows: projects.map((p) => configured(p)) });
const lf = new LangflowClient({ baseUrl: BASE, apiKey: mock.apiKey, maxRetries: 0 });

beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterAll(() => mock.close());

const OUTPUT_TYPES = new Set(["ChatOutput", "TextOutput"]);

async function names(stream: AsyncIterable<{ event?: string; type?: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const e of stream) out.push(String(e.event ?? e.type));
  return out;
}

describe("the starter projects of Langflow 1.13.0, configured", () => {
  it("are all 27 there", () => {
    expect(projects).toHaveLength(27);
  });

  it.each(projects.map((p) => [p.name, p] as const))("%s runs five ways", async (_name, project) => {
    const outputs = project.data.nodes.filter((n) => OUTPUT_TYPES.has(String(n.data.type))).map((n) => n.id);
    const terminals = terminalIds(project);
    const id = String(project.id);

    const v1 = await lf.run(id, { inputValue: "hello" });
    expect(v1.outputs.map((o) => o.component_id)).toEqual(outputs);
    expect(typeof v1.text).toBe("string");

    const v1Events = await names(lf.stream(id, { inputValue: "hello" }));
    expect(v1Events.at(-1)).toBe("end");
    expect(v1Events).not.toContain("error");

    const sync = await lf.workflows.run(id, { inputValue: "hello" });
    expect(sync.status).toBe("completed");
    expect(Object.keys(sync.outputs)).toEqual(terminals);

    const v2Events = await names(lf.workflows.stream(id, { inputValue: "hello" }));
    expect(v2Events.at(-1)).toBe("end");
    expect(v2Events).toContain("output");
    expect(v2Events).not.toContain("error");

    const job = await lf.workflows.submit(id, { inputValue: "hello" });
    const done = await job.wait({ interval: 5 });
    expect(done.status).toBe("completed");
    expect(Object.keys(done.outputs)).toEqual(terminals);
  });
});

describe("the starter projects as shipped (nothing selected)", () => {
  const raw = setupLangflowMock({ exampleFlows: false, flows: projects });

  it.each([
    ["Basic Prompting", "Error building Component Language Model: \n\nA model selection is required"],
    [
      "Simple Agent",
      "Error building Component Agent: \n\nNo model selected. Please select a language model from the available options.",
    ],
    [
      "Vector Store RAG",
      "Error building Component Knowledge: \n\nMetadata not found for knowledge base: . Ensure it has been indexed.",
    ],
    ["Financial Report Parser", "Error building Component Read File: \n\nNo files to process."],
  ])("%s fails on v1 run as 1.13.0 does", async (name, message) => {
    const flow = raw.flow(projects.find((p) => p.name === name)?.id as string);
    const rawClient = new LangflowClient({
      baseUrl: BASE,
      apiKey: raw.apiKey,
      maxRetries: 0,
      fetch: (request: Request) => mockFetch(raw, request),
    });
    const error = await rawClient.run(flow?.id as string, { inputValue: "hello" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toContain(`Error running graph: ${message}`);
  });

  it("Price Deal Finder answers its agent's structured error, as 1.13.0 does", async () => {
    const id = projects.find((p) => p.name === "Price Deal Finder")?.id as string;
    const rawClient = new LangflowClient({
      baseUrl: BASE,
      apiKey: raw.apiKey,
      fetch: (request: Request) => mockFetch(raw, request),
    });
    const result = await rawClient.run(id, { inputValue: "a toaster" });
    expect(result.text).toBe(
      '```json\n{\n  "content": "",\n  "error": "No model selected. Please select a language model from the available options."\n}\n```',
    );
  });
});

/** A request to a second mock of the same file, answered by its handlers directly (msw's getResponse). */
async function mockFetch(
  target: ReturnType<typeof setupLangflowMock>,
  input: RequestInfo | URL,
  init?: RequestInit,
) {
  const { getResponse } = await import("msw");
  const request = new Request(input, init);
  return (await getResponse(target.handlers, request)) ?? new Response("Not Found", { status: 404 });
}
