// POST /api/run  {"message": "..."}  ->  {"text": "...", "sessionId": "..."} once the flow has answered.
import { chatFlowId, errorResponse, langflow, messageOf } from "../../../lib/langflow";

export async function POST(request: Request): Promise<Response> {
  const message = await messageOf(request);
  if (!message) return Response.json({ error: 'Send JSON like {"message": "Hi"}.' }, { status: 400 });
  try {
    const result = await langflow.run(
      await chatFlowId(),
      { inputValue: message },
      { signal: request.signal },
    );
    return Response.json({ text: result.text, sessionId: result.sessionId });
  } catch (error) {
    return errorResponse(error);
  }
}
