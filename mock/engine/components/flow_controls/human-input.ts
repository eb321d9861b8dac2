// Human Input (type "HumanInput") — reproduces lfx 1.13.0 flow_controls/human_input.py: each "User Choices" label is a
// branch output `branch_<action_id>` (plus `branch_fallback` with Enable Fallback). Without an injected decision a
// pausable run (a background job) pauses with a `node_input` request and every branch carries an empty Message; a
// run that cannot pause (sync, stream, v1) goes on with every branch empty, as the server does. With a decision
// (the resumed run) the branches not chosen are stopped and the chosen one carries the prompt. A node without
// outgoing edges never pauses: it passes its prompt on.
import { message } from "../../values";
import { boolParam, textParam } from "../params";
import type { Component, ComponentContext } from "../types";

const SECONDS: Record<string, number> = { Minutes: 60, Hours: 3600, Days: 86400 };
const FALLBACK = "fallback";

/** As HumanInput._action_id: "Request Changes" → "request_changes". */
export function actionId(label: string): string {
  return label.trim().toLowerCase().replaceAll(" ", "_");
}

/** The selected actions as [action_id, label], de-duplicated by id (HumanInput._actions). */
function actions(ctx: ComponentContext): [string, string][] {
  const raw = ctx.params.decisions;
  const labels = Array.isArray(raw) ? raw.map(String) : ["Approve", "Reject"];
  const seen = new Map<string, string>();
  for (const label of labels) {
    const id = actionId(label);
    if (id && !seen.has(id)) seen.set(id, label.trim());
  }
  return [...seen];
}

function timeoutSeconds(ctx: ComponentContext): number {
  const t = ctx.params.timeout;
  if (typeof t !== "object" || t === null || Array.isArray(t)) return 0;
  const { value, unit } = t as { value?: unknown; unit?: unknown };
  const n = Math.trunc(Number(value) || 0);
  return n * (SECONDS[typeof unit === "string" ? unit : "Days"] ?? 86400);
}

export const humanInput: Component = {
  kind: "faithful",
  reproduces: "Human Input / HumanInput (lfx 1.13.0, flow_controls/human_input.py)",
  run(ctx) {
    const prompt = textParam(ctx, "prompt");
    const fallback = boolParam(ctx, "enable_fallback", false);
    const ids = actions(ctx).map(([id]) => id);
    const allowed = fallback ? [...ids, FALLBACK] : ids;
    const outputs = (text: string) => Object.fromEntries(ctx.wanted.map((name) => [name, message(text)]));
    const requestId = `${ctx.vertex.id}:${ctx.env.runId}`;
    const decision = ctx.env.humanInput.decision(requestId);
    if (decision === undefined) {
      if (!ctx.graph.edges.some((e) => e.source === ctx.vertex.id)) return outputs(prompt);
      ctx.env.humanInput.pause({
        request_id: requestId,
        kind: "node_input",
        prompt,
        options: actions(ctx).map(([action_id, label]) => ({ action_id, label })),
        allowed_decisions: allowed,
        timeout_seconds: timeoutSeconds(ctx),
        fallback_action: fallback ? FALLBACK : null,
        paused_at: new Date(ctx.env.clock.now()).toISOString().replace("Z", "+00:00"),
      });
      return outputs("");
    }
    for (const id of allowed) if (id !== decision.action_id) ctx.stop(`branch_${id}`);
    return outputs(prompt);
  },
};
