import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildEventStream, runEventStream, workflowEventStream } from "../../../src/streaming/readers";
import { collect, recorded, responseOf, text } from "./helpers";

// Any split of the bytes into chunks must give the same events: inside multi-byte characters,
// between \r and \n, inside "data:" and inside JSON.
const cuts = (length: number) =>
  fc.array(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 40 });

function withUnicodeAndCrlf(bytes: Uint8Array): Uint8Array {
  const source = new TextDecoder().decode(bytes).replaceAll("what?", "what? — é 日本 🎉");
  return text(source.replaceAll("\n", "\r\n"));
}

type Reader = (response: Response) => AsyncIterable<unknown>;

describe.each<[string, string, Reader]>([
  ["v1 run (blank-line JSON)", "v1-run-stream.txt", runEventStream],
  ["v2 langflow protocol (SSE)", "v2-stream-langflow.txt", workflowEventStream],
  ["v2 AG-UI protocol (SSE)", "v2-stream-agui.txt", workflowEventStream],
  ["v2 re-attach replay (SSE)", "v2-events-replay.txt", workflowEventStream],
])("%s", (_name, file, read) => {
  const variants = {
    "as recorded": recorded(file),
    "with CRLF and multi-byte characters": withUnicodeAndCrlf(recorded(file)),
  };
  for (const [variant, bytes] of Object.entries(variants)) {
    it(`every byte split gives the same events (${variant})`, async () => {
      const expected = await collect(read(responseOf(bytes)));
      expect(expected.length).toBeGreaterThan(2);
      await fc.assert(
        fc.asyncProperty(cuts(bytes.length), async (points) => {
          expect(await collect(read(responseOf(bytes, points)))).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe("build events (NDJSON)", () => {
  const body = text(
    `${[
      '{"event": "vertices_sorted", "data": {"ids": ["ChatInput-1"], "to_run": ["ChatInput-1", "ChatOutput-1"]}}',
      '{"event": "end_vertex", "data": {"build_data": {"id": "ChatInput-1", "valid": true}}}',
      '{"event": "end", "data": {"build_duration": 0.1}}',
    ].join("\n\n")}\n\n`,
  );
  it("every split gives the same events, newline- or blank-line-delimited", async () => {
    const expected = await collect(buildEventStream(responseOf(body)));
    expect(expected.map((e) => e.event)).toEqual(["vertices_sorted", "end_vertex", "end"]);
    const ndjson = text(new TextDecoder().decode(body).replaceAll("\n\n", "\n"));
    await fc.assert(
      fc.asyncProperty(cuts(ndjson.length), async (points) => {
        expect(await collect(buildEventStream(responseOf(ndjson, points)))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
