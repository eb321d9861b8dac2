// Builds (`lf.builds`): the playground's build jobs, with their events by polling and as a stream.
import { expect } from "vitest";
import { collect } from "./support/events";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

// Before 1.12 the server writes an API key's use (total_uses, last_used_at) in the request's own database session,
// which stays open until the answer ends (api/v1 `check_key`; 1.12 moved it into a transaction of its own). A build's
// events request that waits for the next event holds SQLite's one write lock meanwhile, and the build cannot write
// its first event: the streamed events stop after build_start until the client gives up, and a poll that arrives
// before the first event waits the same way (1.10: past the SDK's timeout; 1.11: about 40 s). A login token writes
// nothing, and the same builds complete in under a second.
const HOLDS_WRITE_LOCK =
  "Langflow 1.9-1.11 keep the API key's use-count write open while a build's events request waits, so the build cannot write to SQLite and the events stall (streamed: after build_start, until the client gives up; polled: when the first poll comes before the first event). With a login token they complete; fixed in 1.12";

scenario(
  "build: start a build and poll its events to the end",
  { na: { "<1.12": HOLDS_WRITE_LOCK } },
  async ({ lf, createFlow, components }) => {
    const flow = await createFlow("echo-chat");
    const { jobId } = await lf.builds.start(flow.id, { inputValue: "build me" });
    const events = [];
    for await (const e of lf.builds.pollEvents(jobId, { interval: 100 })) events.push(e);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe("vertices_sorted");
    expect(names[names.length - 1]).toBe("end");
    const built = events.flatMap((e) => (e.event === "end_vertex" ? [e.data.build_data?.id] : []));
    expect(built.sort()).toEqual([components["echo-chat"].input, components["echo-chat"].output].sort());
  },
);

scenario(
  "build: stream the events of a build up to one component",
  { na: { "<1.12": HOLDS_WRITE_LOCK } },
  async ({ lf, createFlow, components }) => {
    const flow = await createFlow("prompt-chat");
    const ids = components["prompt-chat"];
    const { jobId } = await lf.builds.start(flow.id, { inputValue: "partial", stopComponentId: ids.prompt });
    const events = await collect(lf.builds.events(jobId));
    const names = events.map((e) => e.event);
    expect(names[names.length - 1]).toBe("end");
    const built = events.flatMap((e) => (e.event === "end_vertex" ? [e.data.build_data?.id] : []));
    expect(built).toEqual([ids.input, ids.prompt]);
  },
);
