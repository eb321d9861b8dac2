// A push-style byte stream for streaming responses. The handler pushes text chunks; when the client goes away
// (cancel), `onCancel` runs so the producer (a flow run) can stop.

export interface PushStream {
  readonly stream: ReadableStream<Uint8Array>;
  push(text: string): void;
  close(): void;
  readonly closed: boolean;
}

export function createPushStream(onCancel?: () => void): PushStream {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      closed = true;
      onCancel?.();
    },
  });
  return {
    stream,
    push(text) {
      if (closed) return;
      try {
        controller?.enqueue(encoder.encode(text));
      } catch {
        closed = true;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        controller?.close();
      } catch {}
    },
    get closed() {
      return closed;
    },
  };
}

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache",
  "x-accel-buffering": "no",
};

/** One SSE frame as the v2 API writes it: `data:` line, then `id:`, then a blank line. */
export function sseFrame(data: string, id: number): string {
  return `data: ${data}\nid: ${id}\n\n`;
}
