// The one Langflow client of this app. It lives in server code only: route handlers run on the server, so the API
// key (LANGFLOW_API_KEY) never reaches a browser. Configure with environment variables:
//   LANGFLOW_SERVER_URL  the Langflow server (default http://localhost:7860)
//   LANGFLOW_API_KEY     a Langflow API key
//   LANGFLOW_FLOW        the flow to run: an id or an endpoint name (default "model-chat", a flow of the mock)
import { LangflowClient, LangflowError, NotFoundError } from "langflow-sdk";

/** LANGFLOW_FLOW names no flow on the server. */
class FlowNotFoundError extends Error {}

export const langflow = new LangflowClient();

let flowId: Promise<string> | undefined;

/** The id of the flow to run (the v2 Workflow API takes ids; an endpoint name is looked up once). */
export function chatFlowId(): Promise<string> {
  if (flowId) return flowId;
  const lookup = (async () => {
    const wanted = process.env.LANGFLOW_FLOW ?? "model-chat";
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(wanted)) return wanted;
    const flow = await langflow.flows.findByEndpointName(wanted);
    if (!flow) throw new FlowNotFoundError(`No flow with endpoint name "${wanted}" (set LANGFLOW_FLOW).`);
    return flow.id;
  })();
  flowId = lookup;
  // A failed lookup is not kept: the next request tries again.
  lookup.catch(() => {
    if (flowId === lookup) flowId = undefined;
  });
  return lookup;
}

/** Reads `{ "message": "..." }` from the request; undefined when it is not there. */
export async function messageOf(request: Request): Promise<string | undefined> {
  const body: unknown = await request.json().catch(() => undefined);
  const message = (body as { message?: unknown } | undefined)?.message;
  return typeof message === "string" && message.trim() !== "" ? message : undefined;
}

/**
 * The error answer for the browser. The SDK's message names the cause and the fix (secrets already redacted): it
 * goes to the server log; the browser gets a short reason, not the server's internal URLs.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof FlowNotFoundError) return Response.json({ error: error.message }, { status: 404 });
  if (!(error instanceof LangflowError)) throw error;
  console.error(`langflow: ${error.message}`);
  if (error instanceof NotFoundError) return Response.json({ error: "Flow not found." }, { status: 404 });
  return Response.json({ error: "Langflow could not answer; see the server log." }, { status: 502 });
}
