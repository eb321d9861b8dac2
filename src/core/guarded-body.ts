// A response whose body keeps the call's timeout/abort alive until it is read to the end or cancelled,
// restarts the idle timer on every chunk, and turns an abort into the SDK's timeout/abort errors.
import type { CallSignal } from "./signals";

export function guardResponse(
  response: Response,
  call: CallSignal,
  toError: (cause: unknown) => unknown,
): Response {
  if (!response.body) {
    call.dispose();
    return response;
  }
  const reader = response.body.getReader();
  call.touch();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          call.dispose();
          controller.close();
          return;
        }
        call.touch();
        controller.enqueue(value);
      } catch (error) {
        call.dispose();
        controller.error(toError(error));
      }
    },
    async cancel(reason) {
      call.dispose();
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
