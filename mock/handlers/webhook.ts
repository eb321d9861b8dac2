// POST /api/v1/webhook/{flow_id_or_name}: 202 at once, the flow runs in the background with the payload as the
// `data` parameter of every Webhook component.
import { http } from "msw";
import type { ApiArea } from "../context";
import { apiKeyOf, authenticate } from "../http/auth";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { runFlow } from "../run-flow";
import { refuseHitlOnV1 } from "./shared/hitl";

export const webhookArea: ApiArea = (ctx) => [
  http.post(
    api("/api/v1/webhook/:flowIdOrName"),
    route<{ flowIdOrName: string }>(async ({ request, params }) => {
      const { state, options } = ctx;
      let userId: string | undefined;
      if (options.webhookAuthEnable) {
        if (!apiKeyOf(request))
          throw httpError(403, "API key required when webhook authentication is enabled");
        const user = state.users.useApiKey(apiKeyOf(request) as string);
        if (!user) throw httpError(403, "Invalid API key");
        userId = user.id; // a key of another user finds no flow → 404
      } else if (apiKeyOf(request)) {
        userId = authenticate(ctx, request, "apiKey").id;
      }
      const flow = state.flows.find(params.flowIdOrName, userId);
      if (!flow) throw httpError(404, `Flow identifier ${params.flowIdOrName} not found`);
      const payload = await request.text().catch(() => "");
      if (payload.trim() === "") {
        throw httpError(
          400,
          "Request body is empty. You should provide a JSON payload containing the flow ID.",
        );
      }
      refuseHitlOnV1(flow);
      const tweaks: Record<string, Record<string, unknown>> = {};
      for (const node of (flow.data?.nodes as { id?: string; data?: { type?: string } }[] | undefined) ??
        []) {
        if (node?.data?.type === "Webhook" && node.id) tweaks[node.id] = { data: payload };
      }
      void runFlow(ctx, { flow, inputValue: null, tweaks, source: "webhook" }).catch(() => {});
      return jsonResponse({ message: "Task started in the background", status: "in progress" }, 202);
    }),
  ),
];
