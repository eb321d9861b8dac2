// How much of an answer the SDK holds in memory. A buffered body (a JSON answer, an error answer, a download) is
// counted as its bytes arrive, after decompression, so an endless body or a gzip bomb ends at `maxResponseBytes`
// instead of filling memory. A stream has no total size; the cap of one of its events travels with its Response
// to the reader (src/streaming), which cannot see the call's options.
import { ResponseTooLargeError } from "./errors";

/** The `maxEventBytes` of each stream Response the transport hands out. */
export const eventLimits: WeakMap<Response, number> = new WeakMap();

/** The text of `response`, read up to `max` bytes; a longer body is cancelled and rejects with ResponseTooLargeError. */
export async function readText(response: Response, max: number, method: string): Promise<string> {
  const length = response.headers.get("content-length");
  // Without a content-encoding, fetch delivers exactly Content-Length bytes: nothing to count.
  if (length !== null && +length <= max && !response.headers.has("content-encoding")) return response.text();
  if (!response.body) return "";
  const reader = response.body.getReader();
  // Bytes are kept, not decoded as they come: an endless body then holds no more than `max` bytes at any time.
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(method, response.url, max);
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder();
  let text = "";
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
