// The v2 Workflow API (`lf.workflows`): sync, streamed in both protocols, background jobs (wait, stop,
// re-attach to their events), and its errors.
import { expect } from "vitest";
import { JobCancelledError, NotFoundError } from "../../src/index";
import { collect, eventName } from "./support/events";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();
const MISSING = "00000000-0000-4000-8000-000000000000";

scenario("v2 run: sync run of the prompt flow", async ({ lf, createFlow, unique, components }) => {
  const flow = await createFlow("prompt-chat");
  const session = unique("session");
  const result = await lf.workflows.run(flow.id, { inputValue: "sync v2", sessionId: session });
  expect(result.status).toBe("completed");
  expect(result.text).toBe("You asked: sync v2");
  expect(result.sessionId).toBe(session);
  expect(Object.keys(result.outputs)).toEqual([components["prompt-chat"].output]);
  expect(result.errors).toEqual([]);
});

scenario(
  "v2 run: a flow with two outputs returns each by component id",
  async ({ lf, createFlow, components }) => {
    const flow = await createFlow("two-outputs");
    const result = await lf.workflows.run(flow.id, { inputValue: "pair" });
    const ids = components["two-outputs"];
    expect(Object.keys(result.outputs).sort()).toEqual([ids.chat, ids.text].sort());
    expect(result.outputs[ids.chat]?.content).toBe("pair");
    expect(result.outputs[ids.text]?.content).toBe("Length check: pair");
  },
);

const NO_STREAM_MODE =
  'Langflow 1.9/1.10 answer a v2 stream request (`stream: true`) with 501 NOT_IMPLEMENTED "Streaming execution not yet implemented"; the SDK refuses it before sending, naming 1.11';

scenario(
  "v2 stream, langflow protocol: build events then end",
  { na: { "<1.11": NO_STREAM_MODE } },
  async ({ lf, createFlow }) => {
    const flow = await createFlow("echo-chat");
    const events = await collect(lf.workflows.stream(flow.id, { inputValue: "stream v2" }));
    const names = events.map(eventName);
    expect(names[0]).toBe("vertices_sorted");
    expect(names).toContain("add_message");
    expect(names).toContain("end_vertex");
    expect(names[names.length - 1]).toBe("end");
    expect(await lf.workflows.stream(flow.id, { inputValue: "final v2" }).finalText()).toBe("final v2");
  },
);

scenario(
  "v2 stream, agui protocol: RUN_STARTED ... RUN_FINISHED with the text",
  { na: { "<1.11": NO_STREAM_MODE } },
  async ({ lf, createFlow }) => {
    const flow = await createFlow("prompt-chat");
    const events = await collect(lf.workflows.stream(flow.id, { inputValue: "agui", protocol: "agui" }));
    const names = events.map(eventName);
    expect(names[0]).toBe("RUN_STARTED");
    expect(names[names.length - 1]).toBe("RUN_FINISHED");
    const text = events
      .map((e) => ("type" in e && e.type === "TEXT_MESSAGE_CONTENT" ? e.delta : ""))
      .join("");
    expect(text).toBe("You asked: agui");
  },
);

scenario("v2 background: submit, wait, result", async ({ lf, createFlow }) => {
  const flow = await createFlow("prompt-chat");
  const job = await lf.workflows.submit(flow.id, { inputValue: "in the background" });
  expect(job.id).toMatch(/[0-9a-f-]{36}/);
  const statuses: string[] = [];
  const result = await job.wait({ interval: 100, onStatus: (s) => statuses.push(s.status) });
  expect(result.status).toBe("completed");
  expect(result.text).toBe("You asked: in the background");
  expect(statuses[statuses.length - 1]).toBe("completed");
  expect((await lf.workflows.job(job.id).status()).status).toBe("completed");
});

scenario("v2 background: stop a job", async ({ lf, createFlow }) => {
  const flow = await createFlow("prompt-chat");
  const job = await lf.workflows.submit(flow.id, { inputValue: "stop me" });
  const stopped = await job.stop();
  expect(stopped.jobId).toBe(job.id);
  expect(stopped.message).toBeTypeOf("string");
  // A flow without a model finishes within milliseconds: the stop either cancels it or finds it done.
  const outcome = await job.wait({ interval: 100 }).then(
    (r) => r.status,
    (e: unknown) => (e instanceof JobCancelledError ? "cancelled" : Promise.reject(e)),
  );
  expect(["cancelled", "completed"]).toContain(outcome);
  expect((await job.status()).status).toBe(outcome);
});

scenario(
  "v2 background: re-attach to a job's events, and resume after lastEventId",
  {
    na: {
      "<1.11":
        "GET /api/v2/workflows/{job_id}/events arrived in 1.11: 1.9/1.10 answer 404 Not Found (and their job links have no `events`); the SDK refuses before sending",
    },
  },
  async ({ lf, createFlow }) => {
    const flow = await createFlow("echo-chat");
    const job = await lf.workflows.submit(flow.id, { inputValue: "re-attach" });
    await job.wait({ interval: 100 });
    const stream = lf.workflows.job(job.id).events();
    const all = await collect(stream);
    const names = all.map(eventName);
    expect(names).toContain("add_message");
    expect(names[names.length - 1]).toBe("end");
    expect(all.length).toBeGreaterThan(2);
    // Resume after the second event: the rest, without duplicates.
    const first = lf.workflows.job(job.id).events();
    const seen: string[] = [];
    let resumeFrom: string | undefined;
    for await (const e of first) {
      seen.push(eventName(e));
      if (seen.length === 2) {
        resumeFrom = first.lastEventId;
        first.abort();
        break;
      }
    }
    expect(resumeFrom).toBeDefined();
    const rest = await collect(job.events({ lastEventId: resumeFrom }));
    expect([...seen, ...rest.map(eventName)]).toEqual(names);
  },
);

scenario("v2: an unknown job id is a NotFoundError (JOB_NOT_FOUND)", async ({ lf }) => {
  const job = lf.workflows.job(MISSING);
  const error = await job.status().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect((error as NotFoundError).code).toBe("JOB_NOT_FOUND");
  await expect(job.stop()).rejects.toBeInstanceOf(NotFoundError);
});

scenario("v2: an unknown flow id is a NotFoundError (FLOW_NOT_FOUND)", async ({ lf }) => {
  const error = await lf.workflows.run(MISSING, { inputValue: "x" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect((error as NotFoundError).code).toBe("FLOW_NOT_FOUND");
});

scenario(
  "v2: a flow id that is neither a UUID nor a flow's endpoint name or name is a NotFoundError that says so",
  {
    na: {
      "<1.11":
        "Langflow 1.9/1.10 take an endpoint name as v2 flow_id themselves (the SDK sends it as is): an unknown name is their own 404 FLOW_NOT_FOUND; the SDK's ChatInput lookup there (GET /api/v1/flows/{id}) needs the UUID",
    },
  },
  async ({ lf }) => {
    // 1.11+ answer a non-UUID flow_id with 422 "Invalid flow_id, must be a UUID": the SDK looks the name up first.
    const error = await lf.workflows.run("not-a-uuid", { inputValue: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe("FLOW_NOT_FOUND");
    expect(String(error)).toMatch(/No flow has the endpoint name or name "not-a-uuid"/);
  },
);
