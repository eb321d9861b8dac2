// lf.builds polling delivery (`event_delivery=polling`): poll() rounds, pollEvents() until `end` or `error`,
// against the in-process mock, compared with the streamed delivery of the same build.
import { describe, expect, it, vi } from "vitest";
import { chainFlow } from "../../../mock";
import { APIUserAbortError, type BuildEvent } from "../../../src/index";
import { useMockedClient } from "./support";

const { client, flowId } = useMockedClient();
const names = (events: BuildEvent[]) => events.map((e) => e.event);

describe("lf.builds polling", () => {
  it("poll() rounds deliver the same events as the stream; a drained, finished job answers a bare end", async () => {
    const lf = client();
    const streamed = await lf.builds.start(flowId("prompt-chat"), { inputValue: "same" });
    const expected: BuildEvent[] = [];
    for await (const e of lf.builds.events(streamed.jobId)) expected.push(e);

    const polled = await lf.builds.start(flowId("prompt-chat"), { inputValue: "same" });
    const got: BuildEvent[] = [];
    for (let round = 0; round < 20 && got.at(-1)?.event !== "end"; round++)
      got.push(...(await lf.builds.poll(polled.jobId)));
    expect(names(got)).toEqual(names(expected));
    expect(names(got)).toEqual([
      "vertices_sorted",
      "build_start",
      "add_message", // the user's message (ChatInput)
      "end_vertex",
      "end_vertex",
      "add_message", // the answer (ChatOutput)
      "end_vertex",
      "end",
    ]);
    const answer = got.find((e) => e.event === "add_message" && e.data.sender === "Machine");
    expect(answer?.data).toMatchObject({ text: "You asked: same" });
    // 1.13.0 answers a drained, finished job with `{"event": "end", "data": {}}` (docs/server-quirks.md).
    expect(await lf.builds.poll(polled.jobId)).toEqual([{ event: "end", data: {} }]);
  });

  it("pollEvents() stops at the error event of a failing build", async () => {
    const lf = client();
    const failing = chainFlow("Fails", [
      "ChatInput",
      { type: "MockFailure", params: { error_message: "boom" } },
      "ChatOutput",
    ]);
    const { jobId } = await lf.builds.start(flowId("echo-chat"), {
      inputValue: "x",
      data: failing.data as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] },
    });
    const events: BuildEvent[] = [];
    for await (const e of lf.builds.pollEvents(jobId, { interval: 1 })) events.push(e);
    // 1.13.0 sends the failing component's error Message (its reason in `text`), its failed end_vertex, then end;
    // pollEvents() stops at the error.
    const last = events.at(-1);
    expect(last?.event).toBe("error");
    expect(last?.event === "error" ? last.data.text : undefined).toContain("boom");
    expect(names(events)).not.toContain("end");
  });

  it("pollEvents() of an unknown job rejects with 404", async () => {
    const it = client().builds.pollEvents("no-such-job", { interval: 1 });
    await expect(it.next()).rejects.toMatchObject({ status: 404 });
  });

  it("pollEvents(): aborting the signal during the wait between polls rejects at once, without another poll", async () => {
    // A job that has nothing to say yet: every poll answers no events.
    let polls = 0;
    const fetch = async () => {
      polls++;
      return new Response("", { status: 200 });
    };
    const controller = new AbortController();
    const events = client({ fetch }).builds.pollEvents(
      "quiet-job",
      { interval: 600_000 },
      { signal: controller.signal },
    );
    const timers = vi.spyOn(globalThis, "setTimeout");
    const next = events.next();
    // The first (empty) poll is answered, then the generator sleeps 10 minutes before the next one.
    await vi.waitFor(() => expect(timers.mock.calls.some(([, ms]) => ms === 600_000)).toBe(true));
    timers.mockRestore();
    expect(polls).toBe(1);
    controller.abort();
    await expect(next).rejects.toBeInstanceOf(APIUserAbortError);
    expect(polls).toBe(1);
  });
});
