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
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(method, response.url, max);
    }
    text += decoder.decode(value, { stream: true });
  }
}
