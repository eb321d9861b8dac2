import { readJsonEvents } from "../src/streaming/json-events";

const enc = new TextEncoder();
const oneValue = (size: number) =>
  `{"event": "end", "data": {"result": {"numbers": [0${"\n,1".repeat(Math.ceil(size / 3))}\n]}}}\n\n`;
function body(text: string) {
  const b = enc.encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= b.length) return c.close();
      c.enqueue(b.subarray(at, at + 65536));
      at += 65536;
    },
  });
}
for (const kb of [256, 512, 1024, 2048, 4096, 256, 1024, 4096]) {
  const text = oneValue(kb * 1024);
  const t = performance.now();
  for await (const _ of readJsonEvents(body(text))) {
  }
  console.log(kb, (performance.now() - t).toFixed(1));
}
