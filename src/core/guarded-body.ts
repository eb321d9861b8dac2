// A response whose body keeps the call's timeout/abort alive until it is read to the end or cancelled,
// restarts the idle timer on every chunk, turns an abort into the SDK's timeout/abort errors, and (for a download
// or `lf.raw`, not a stream) errors once more than `limit.max` bytes arrived (see body-limit.ts).
// The abort is applied here too, not only through fetch's signal: some fetch implementations (msw's
// interceptor, custom fetches) do not error a body that is already flowing when the request is aborted.
import { ResponseTooLargeError } from "./errors";
import type { CallSignal } from "./signals";

export function guardResponse(
  response: Response,
  call: CallSignal,
  toError: (cause: unknown) => unknown,
  limit?: { max: number; method: string },
): Response {
  if (!response.body) {
    call.dispose();
    return response;
  }
  const reader = response.body.getReader();
  let onAbort: (() => void) | undefined;
  let size = 0;
  const finish = () => {
    if (onAbort) call.signal.removeEventListener("abort", onAbort);
    call.dispose();
  };
  call.touch();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      onAbort = () => {
        finish();
        controller.error(toError(call.signal.reason));
        reader.cancel(call.signal.reason).catch(() => undefined);
      };
      if (call.signal.aborted) onAbort();
      else call.signal.addEventListener("abort", onAbort, { once: true });
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (call.signal.aborted) return; // already errored by onAbort
        if (done) {
          finish();
          controller.close();
          return;
        }
        call.touch();
        size += value.byteLength;
        if (limit && size > limit.max) {
          finish();
          controller.error(new ResponseTooLargeError(limit.method, response.url, limit.max));
          await reader.cancel().catch(() => undefined);
          return;
        }
        controller.enqueue(value);
      } catch (error) {
        if (call.signal.aborted) return;
        finish();
        controller.error(toError(error));
      }
    },
    async cancel(reason) {
      finish();
      await reader.cancel(reason).catch(() => undefined);
    },
  });
  // A new Response keeps status and headers; url is not copyable, so it is kept as a property.
  const guarded = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(guarded, "url", { value: response.url });
  return guarded;
}
