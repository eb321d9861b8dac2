// POST /api/chat  {"message": "..."}  ->  the flow's answer as plain text, streamed token by token.
// The browser reads it with `fetch("/api/chat", ...)` and `response.body`; it never sees the Langflow API key.
import { chatFlowId, errorResponse, langflow, messageOf } from "../../../lib/langflow";

export async function POST(request: Request): Promise<Response> {
  const message = await messageOf(request);
  if (!message) return Response.json({ error: 'Send JSON like {"message": "Hi"}.' }, { status: 400 });
  try {
    const stream = langflow.workflows.stream(
      await chatFlowId(),
      { inputValue: message },
      { signal: request.signal }, // the browser going away stops the stream
    );
    const text = stream.textStream().getReader();
    // The request goes out on the first read: awaiting it here turns an unknown flow or a refused key into an
    // HTTP error status, instead of a 200 whose body breaks off.
    const first = await text.read();
    const body = new ReadableStream<string>({
      start(controller) {
        if (first.done) controller.close();
        else controller.enqueue(first.value);
      },
      async pull(controller) {
        const { done, value } = await text.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => text.cancel(reason),
    });
    return new Response(body.pipeThrough(new TextEncoderStream()), {
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
