// Webhook — reproduces lfx 1.13.0 input_output/webhook.py (WebhookComponent.build_data): the request payload
// (put into its `data` field by the webhook endpoint or a tweak) parsed as JSON into a Data object; a payload that
// is not JSON becomes {"payload": ...}.

import { data } from "../../values";
import { textParam } from "../params";
import type { Component } from "../types";

export const webhook: Component = {
  kind: "faithful",
  reproduces: "Webhook (lfx 1.13.0, input_output/webhook.py)",
  run(ctx) {
    const payload = textParam(ctx, "data");
    if (!payload) return { output_data: data({}) };
    try {
      const body = JSON.parse(payload.replaceAll('"\n"', '"\\n"') || "{}") as unknown;
      return { output_data: data(isRecord(body) ? body : { payload: body }) };
    } catch {
      return { output_data: data({ payload }) };
    }
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
