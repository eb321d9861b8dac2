// `POST /api/v1/webhook/{flow}`: any non-empty JSON payload; the server answers 202 and runs the flow
// in the background (the payload reaches every Webhook component as `data`).
import type { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";

export interface WebhookAccepted {
  message: string;
  status: string;
}

export function webhook(
  t: Transport,
  flow: string,
  body: unknown,
  opts?: CallOptions,
): APIPromise<WebhookAccepted> {
  if (!flow) throw new TypeError("webhook: pass a flow id or endpoint name (got an empty string).");
  if (body === undefined || body === null)
    throw new TypeError("webhook: pass a payload; the server refuses an empty body (400).");
  return t.json<WebhookAccepted>(
    { method: "POST", path: `/api/v1/webhook/${encodeURIComponent(flow)}`, body, schema: "webhookAccepted" },
    opts,
  );
}
