// An agent whose tool needs approval, through WorkflowsClient against the in-process mock: the Simple Agent starter
// project with approval asked on its URL tool (the `tools_metadata` row's `approval_actions`, as the 1.13.0 UI's
// Actions row sets it) and an agent scripted to call that tool. Shapes derived from the 1.13.0 source
// (agent_helpers/tool_approval.py, langchain's HumanInTheLoopMiddleware): the shared server has no model.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ScriptToolCall, ScriptTurn } from "../../../mock";
import { setupLangflowMock } from "../../../mock/node";
import { configured, starterProjects } from "../../../scripts/lib/starter-projects";
import {
  BadRequestError,
  ConflictError,
  HUMAN_INPUT_SKIPPED,
  JobSuspendedError,
  LangflowClient,
  WorkflowsClient,
} from "../../../src/index";

const BASE = "http://langflow.test";
const simpleAgent = starterProjects().find((p) => p.name === "Simple Agent");
if (!simpleAgent) throw new Error("Simple Agent starter project missing");

/** The starter project with approval asked for its URL tool's action (fetch_content). */
function gated(actions: string[]) {
  const flow = structuredClone(configured(simpleAgent as NonNullable<typeof simpleAgent>));
  const nodes = (
    flow.data as { nodes: { data: { type: string; node: { template: Record<string, unknown> } } }[] }
  ).nodes;
  const url = nodes.find((n) => n.data.type === "URLComponent");
  if (!url) throw new Error("Simple Agent has no URL tool");
  const rows = (url.data.node.template.tools_metadata as { value: Record<string, unknown>[] }).value;
  for (const row of rows) row.approval_actions = actions;
  return { ...flow, id: undefined, name: `Simple Agent (${actions.join("/")})`, endpoint_name: undefined };
}

const mock = setupLangflowMock({ queueDelayMs: 5, exampleFlows: false });
const approveReject = mock.addFlow(gated(["approve", "reject"]));
const allFour = mock.addFlow(gated(["approve", "edit", "reject", "respond"]));
const agentId = String(
  (approveReject.data as { nodes: { id: string; data: { type: string } }[] }).nodes.find(
    (n) => n.data.type === "Agent",
  )?.id,
);
const wf = new WorkflowsClient({ baseUrl: BASE, apiKey: mock.apiKey, maxRetries: 0 });
const lf = new LangflowClient({ baseUrl: BASE, apiKey: mock.apiKey, maxRetries: 0 });
const fast = { interval: 5, maxInterval: 20, timeout: 5_000 };

/** The agent fetches the order page, then answers with what its tool call came to. */
function scriptAgent(
  calls: ScriptToolCall[] = [
    { name: "URL", input: { urls: ["https://shop.example/42"] }, output: "shipped" },
  ],
) {
  const turns: ScriptTurn[] = [];
  mock.script.add({
    component: "Agent",
    toolCalls: calls,
    text: (input, turn) => {
      turns.push(turn);
      return turn.toolCalls.map((c) => `${c.decision}: ${String(c.output)}`).join(" | ") || input;
    },
  });
  return turns;
}

beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.script.clear());
afterAll(() => mock.close());

describe("a background job whose agent calls a tool that needs approval", () => {
  it("suspends with a tool_approval request: the tool has not run, the agent has not answered", async () => {
    scriptAgent();
    const job = await wf.submit(approveReject.id, { inputValue: "where is order 42?" });
    const error = (await job.wait(fast).catch((e: unknown) => e)) as JobSuspendedError;
    expect(error).toBeInstanceOf(JobSuspendedError);
    const { request } = error;
    expect(request.requestId).toMatch(new RegExp(`^${agentId}:${job.id}:[0-9a-f]{32}$`));
    expect(request).toMatchObject({
      kind: "tool_approval",
      prompt:
        "Tool execution requires approval\n\nTool: fetch_content\nArgs: {'urls': ['https://shop.example/42']}",
      options: [
        { actionId: "approve", label: "Approve" },
        { actionId: "reject", label: "Reject" },
      ],
      allowedDecisions: ["approve", "reject"],
    });
    // The event carries the whole request (the pending row and the status only its common fields).
    const events = [];
    for await (const e of job.events()) if ("event" in e) events.push(e);
    const pause = events.at(-1);
    expect(pause?.event).toBe("human_input_required");
    const data = pause?.data as Record<string, unknown>;
    expect(data.action_requests).toEqual([
      {
        name: "fetch_content",
        args: { urls: ["https://shop.example/42"] },
        description: request.prompt,
      },
    ]);
    expect(Object.keys(data).sort()).toEqual([
      "action_requests",
      "allowed_decisions",
      "kind",
      "options",
      "prompt",
      "request_id",
    ]);
    // The agent's end_vertex before the pause: no tool step, no answer.
    const agentEnd = events.find((e) => e.event === "end_vertex" && JSON.stringify(e.data).includes(agentId));
    expect(agentEnd).toBeDefined();
    expect(JSON.stringify(agentEnd?.data)).not.toContain("tool_use");
    const snapshot = await job.status();
    expect(snapshot.status).toBe("suspended");
    expect(snapshot.humanInput?.requestId).toBe(request.requestId);
    const pending = await wf.pending(approveReject.id);
    expect(pending.find((p) => p.jobId === job.id)).toMatchObject({ requestId: request.requestId });
  });

  it("approve: the tool runs and the agent answers with its output", async () => {
    const turns = scriptAgent();
    const job = await wf.submit(approveReject.id, { inputValue: "where is order 42?" });
    const asked: string[] = [];
    const result = await job.wait({
      ...fast,
      onHumanInput: (request) => {
        asked.push(request.kind ?? "");
        return "approve";
      },
    });
    expect(asked).toEqual(["tool_approval"]);
    expect(result.text).toBe("approve: shipped");
    expect(turns).toEqual([
      {
        toolCalls: [
          {
            name: "fetch_content",
            input: { urls: ["https://shop.example/42"] },
            output: "shipped",
            decision: "approve",
          },
        ],
      },
    ]);
  });

  it("reject: the tool does not run and the agent is told so, as the middleware tells the model", async () => {
    scriptAgent();
    const job = await wf.submit(approveReject.id, { inputValue: "where is order 42?" });
    const result = await job.wait({ ...fast, onHumanInput: () => "reject" });
    expect(result.text).toMatch(
      /^reject: User rejected the tool call for `fetch_content` with id call_[0-9a-f]{24}\. The tool was not executed\. Do not retry this tool call unless the user explicitly requests it\.$/,
    );
    const withReason = await wf.submit(approveReject.id, { inputValue: "again" });
    const error = (await withReason.wait(fast).catch((e: unknown) => e)) as JobSuspendedError;
    await withReason.resume({
      requestId: error.request.requestId,
      decision: { action_id: "reject", values: { message: "not now" } },
    });
    expect((await withReason.wait(fast)).text).toBe(
      "reject: User rejected the tool call for `fetch_content` with reason: not now",
    );
  });

  it("edit runs the tool with the edited arguments; respond answers for the tool", async () => {
    scriptAgent([{ name: "URL", input: { urls: ["https://a.example"] } }]);
    const edited = await wf.submit(allFour.id, { inputValue: "fetch" });
    const editResult = await edited.wait({
      ...fast,
      onHumanInput: (request) => {
        expect(request.allowedDecisions).toEqual(["approve", "edit", "reject", "respond"]);
        return { action_id: "edit", values: { args: { urls: ["https://b.example"] } } };
      },
    });
    expect(editResult.text).toBe('edit: [mock tool URL] {"urls":["https://b.example"]}');
    const responded = await wf.submit(allFour.id, { inputValue: "fetch" });
    const respondResult = await responded.wait({
      ...fast,
      onHumanInput: () => ({ action_id: "respond", values: { message: "It is down today." } }),
    });
    expect(respondResult.text).toBe("respond: It is down today.");
  });

  it("pauses once per gated call, in order; a tool without approval runs at once; a second resume is a ConflictError", async () => {
    scriptAgent([
      { name: "URL", input: { urls: ["https://1.example"] }, output: "one" },
      { name: "Web Search", input: { query: "q" }, output: "found" },
      { name: "fetch_content", input: { urls: ["https://2.example"] }, output: "two" },
    ]);
    const job = await wf.submit(approveReject.id, { inputValue: "twice" });
    const first = (await job.wait(fast).catch((e: unknown) => e)) as JobSuspendedError;
    await job.resume({ requestId: first.request.requestId, decision: "approve" });
    const again = await job
      .resume({ requestId: first.request.requestId, decision: "approve" })
      .catch((e) => e);
    expect(again).toBeInstanceOf(ConflictError);
    const prompts: string[] = [];
    const result = await job.wait({
      ...fast,
      onHumanInput: (request) => {
        prompts.push(request.prompt ?? "");
        expect(request.requestId).not.toBe(first.request.requestId);
        return "reject";
      },
    });
    expect(prompts).toEqual([
      "Tool execution requires approval\n\nTool: fetch_content\nArgs: {'urls': ['https://2.example']}",
    ]);
    expect(result.text).toMatch(/^approve: one \| none: found \| reject: User rejected the tool call/);
  });

  it("AG-UI: the pause is a CUSTOM langflow.human_input_required frame with the same request", async () => {
    scriptAgent();
    const job = await wf.submit(approveReject.id, { inputValue: "x", protocol: "agui" });
    const error = (await job.wait(fast).catch((e: unknown) => e)) as JobSuspendedError;
    expect(error.request.kind).toBe("tool_approval");
    await expect(job.events().finalResult()).rejects.toBeInstanceOf(JobSuspendedError);
    const result = await job.wait({ ...fast, onHumanInput: () => "approve" });
    expect(result.text).toBe("approve: shipped");
  });
});

describe("runs that cannot pause", () => {
  it("wf.run and wf.stream complete without asking (a sync run with the SDK's warning): the gated tool never runs and the agent answers empty", async () => {
    const turns = scriptAgent();
    const sync = await wf.run(approveReject.id, { inputValue: "sync" });
    expect([sync.text, sync.warnings]).toEqual(["", [HUMAN_INPUT_SKIPPED]]);
    // A stream's warning comes from its events (a Human Input's end_vertex); a gated tool leaves no trace there.
    expect(await wf.stream(approveReject.id, { inputValue: "streamed" }).finalText()).toBe("");
    expect(turns).toEqual([]);
  });

  it("the v1 run API refuses the flow (400, a stream's one error event), as 1.13.0's run_validation does", async () => {
    scriptAgent();
    const error = await lf.run(approveReject.id, { inputValue: "v1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).detail).toMatch(
      /^This flow uses Human-in-the-Loop \(a Human Input node or a tool that requires approval\), which the v1 run API cannot execute/,
    );
    const streamed = await lf
      .stream(approveReject.id, { inputValue: "v1" })
      .finalText()
      .catch((e: unknown) => e);
    expect(String(streamed)).toMatch(/400: This flow uses Human-in-the-Loop/);
  });
});
