// /logs-stream on a hand-driven clock: polls once a "second", keepalive after 5 idle polls, new lines as
// unframed `{"<ts>": "<line>"}` objects (src api/log_router.py).
import { describe, expect, it } from "vitest";
import { manualClock } from "../../support/manual-clock";
import { useMock } from "./support";

const clock = manualClock();
const { lf, call } = useMock({ logRetrieval: true, clock });

/** Reads one chunk, firing the poll timers one "second" at a time until it arrives; returns it and the ticks used. */
async function readTicking(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<[string, number]> {
  let result: ReadableStreamReadResult<Uint8Array> | undefined;
  const read = reader.read().then((r) => {
    result = r;
  });
  let ticks = 0;
  for (let i = 0; i < 100 && !result; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (result) break;
    if (clock.fire() > 0) ticks++;
  }
  await read;
  return [new TextDecoder().decode(result?.value), ticks];
}

describe("/logs-stream", () => {
  it("sends keepalive after 5 idle polls, then new lines", async () => {
    const res = await call("/logs-stream");
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body?.getReader();
    if (!reader) throw new Error("no body");
    const [first, ticks] = await readTicking(reader);
    expect(first).toBe("keepalive\n\n");
    expect(ticks).toBe(4); // the first poll is immediate, four more one second apart
    await call(`/api/v1/run/${lf.flow("echo-chat")?.id}`, { json: { input_value: "x" } });
    const [next] = await readTicking(reader);
    const frames = next.split("\n\n").filter(Boolean);
    for (const frame of frames) expect(Object.keys(JSON.parse(frame))[0]).toMatch(/^\d+$/);
    expect(next).toContain("DEBUG Building Chat Input");
    void reader.cancel().catch(() => {});
  });
});
