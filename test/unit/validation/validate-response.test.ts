// `validate: true`: JSON answers are checked against the shapes the SDK relies on (src/validation/schemas/).
import { getResponse, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createLangflowMock } from "../../../mock/index";
import { LangflowError, ResponseValidationError, WorkflowsClient } from "../../../src/index";
import { BASE, useMockedClient } from "../resources/support";

const { mock, client, flowId } = useMockedClient();

/** Makes GET /api/v1/flows/{id} answer `body` (200). */
function flowAnswers(body: Record<string, unknown>) {
  mock.server.use(http.get(`${BASE}/api/v1/flows/:id`, () => HttpResponse.json(body)));
}

describe("validate: true", () => {
  it("a body that lacks what the SDK relies on throws ResponseValidationError naming the fields", async () => {
    flowAnswers({ id: 42, description: "no name" });
    const error = await client({ validate: true })
      .flows.get(flowId("echo-chat"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(LangflowError);
    const e = error as ResponseValidationError;
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["id", "name"]);
    expect(e.status).toBe(200);
    expect(e.method).toBe("GET");
    expect(e.body).toEqual({ id: 42, description: "no name" });
    expect(e.message).toMatch(/^GET http:\/\/langflow\.test\/api\/v1\/flows\/\S+ answered 200 /);
    expect(e.message).toMatch(/\(id: expected string, got number; name: expected string, got nothing\)/);
    expect(e.message).toMatch(/with validate: false the body is returned as it is/);
  });

  it("without validate (the default) the same body is returned as it is", async () => {
    flowAnswers({ id: 42, description: "no name" });
    expect(await client().flows.get(flowId("echo-chat"))).toEqual({ id: 42, description: "no name" });
    flowAnswers({ id: 42 });
    expect(await client({ validate: false }).flows.get(flowId("echo-chat"))).toEqual({ id: 42 });
  });

  it("fields the SDK does not know pass, and the body is returned untouched (not stripped)", async () => {
    const flow = { id: "f1", name: "a flow", data: null, brand_new_field: { x: 1 } };
    flowAnswers(flow);
    expect(await client({ validate: true }).flows.get("f1")).toEqual(flow);
  });

  it("past three issues the message counts the rest; all are in error.issues", async () => {
    mock.server.use(http.get(`${BASE}/api/v1/flows/`, () => HttpResponse.json([{}, {}])));
    const error = (await client({ validate: true })
      .flows.listAll()
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error.issues).toHaveLength(4);
    expect(error.issues[3]?.path).toEqual([1, "name"]);
    expect(error.message).toMatch(/0\.id: .*; 0\.name: .*; 1\.id: .*; and 1 more \(error\.issues\)\)\. /);
  });

  it("a top-level mismatch says 'the body'", async () => {
    mock.server.use(http.get(`${BASE}/api/v1/version`, () => HttpResponse.json(["1.13.0"])));
    await expect(client({ validate: true }).version()).rejects.toThrow(
      /\(\(the body\): expected object, got an array\)/,
    );
  });

  it("holds no credential: the key is neither in the message nor in JSON.stringify(error)", async () => {
    flowAnswers({ id: 1 });
    const error = await client({ validate: true, apiKey: mock.apiKey })
      .flows.get("f1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(JSON.stringify(error)).not.toContain(mock.apiKey);
    expect(String(error)).not.toContain(mock.apiKey);
    expect(JSON.stringify(error)).not.toContain('"body"'); // like APIError: toJSON leaves the raw body out
  });
});

describe("validate: true against the mock's real answers", () => {
  it("v1: run, flows, projects, files, monitor, variables, api keys", async () => {
    const lf = client({ validate: true });
    const run = await lf.run("echo-chat", { inputValue: "checked", sessionId: "v1" });
    expect(run.text).toBe("checked");
    expect((await lf.flows.listAll()).length).toBeGreaterThan(0);
    expect((await lf.flows.list({ size: 2 })).items).toHaveLength(2);
    const project = await lf.projects.create({ name: "validated" });
    expect((await lf.projects.get(project.id)).name).toBe("validated");
    const file = await lf.files.upload(new Blob(["hi"]), { filename: "a.txt" });
    expect((await lf.files.list()).map((f) => f.id)).toContain(file.id);
    expect((await lf.monitor.messages({ sessionId: "v1" })).length).toBeGreaterThan(0);
    const variable = await lf.variables.create({ name: "V", value: "1" });
    expect((await lf.variables.list()).map((v) => v.id)).toContain(variable.id);
    const key = await lf.apiKeys.create({ name: "k" });
    expect((await lf.apiKeys.list()).api_keys.map((k) => k.id)).toContain(key.id);
  });

  for (const profile of ["current", "1.10"] as const) {
    it(`v2 (${profile} server): run, submit + wait, stop`, async () => {
      // Each profile is its own mock, reached through the client's fetch option (beside this file's msw server).
      const server = createLangflowMock({ profile });
      const fetch = async (request: Request) =>
        (await getResponse(server.handlers, request)) ?? new Response(null, { status: 599 });
      const wf = new WorkflowsClient({ baseUrl: BASE, apiKey: server.apiKey, validate: true, fetch });
      const id = server.flow("prompt-chat")?.id as string;
      expect((await wf.run(id, { inputValue: "sync" })).text).toBe("You asked: sync");
      const job = await wf.submit(id, { inputValue: "later" });
      expect((await job.wait({ interval: 5 })).text).toBe("You asked: later");
      expect((await job.stop()).jobId).toBe(job.id);
    });
  }
});
