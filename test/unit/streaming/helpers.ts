import { readFileSync } from "node:fs";

export const recorded = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/recorded/${name}`, import.meta.url)));

/** A Response whose body arrives in the given byte pieces. */
export function responseOf(bytes: Uint8Array, cuts: number[] = []): Response {
  const points = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.slice(start, point));
    start = point;
  }
  let i = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i < pieces.length) controller.enqueue(pieces[i++] as Uint8Array);
        else controller.close();
      },
    }),
  );
}

export const text = (s: string) => new TextEncoder().encode(s);

export async function collect<E>(stream: AsyncIterable<E>): Promise<E[]> {
  const out: E[] = [];
  for await (const e of stream) out.push(e);
  return out;
}
