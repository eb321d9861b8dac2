// Monitor: chat messages and sessions (`/api/v1/monitor/messages...`). Messages are the ones flow runs stored.
import { http } from "msw";
import type { components } from "../../src/generated/openapi";
import { isoTimestamp } from "../clock";
import type { ApiArea, MockContext } from "../context";
import { messageData } from "../engine/message";
import { authenticate } from "../http/auth";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { checkField, queryInts, validateBody } from "../http/schema";
import { type FieldIssue, readJsonBody, uuidParam, validationError } from "../http/validation";
import { chatFields, type MessageRecord, sessionMetadata } from "../state/messages";
import type { UserRecord } from "../state/users";

type MessageResponse = components["schemas"]["MessageResponse"];

/** A row of GET /monitor/messages. */
function messageRow(m: MessageRecord): MessageResponse {
  return {
    id: m.id,
    flow_id: m.flow_id,
    // 1.13.0 prints "2026-11-22 09:38:50.274092 UTC", which is not the spec's `date-time`; RFC 3339 here so the
    // Prism contract check passes (docs/server-quirks.md). Same instant, microsecond precision.
    timestamp: isoTimestamp(m.created),
    // 1.13.0 sends `files` here as a JSON *string* ("[]"); the spec says array — the mock follows the spec so the
    // Prism contract check passes (docs/server-quirks.md), and the SDK accepts both.
    ...chatFields(m),
    edit: m.edit,
    duration: null,
    properties: m.properties as MessageResponse["properties"],
    category: m.category,
    content_blocks: m.content_blocks as MessageResponse["content_blocks"],
    session_metadata: sessionMetadata(m),
  };
}

/** The messages of flows the user owns. */
function userMessages(ctx: MockContext, user: UserRecord): MessageRecord[] {
  return ctx.state.messages.list((m) => ctx.state.flows.get(m.flow_id)?.user_id === user.id);
}

const ORDER_FIELDS = new Set([
  "timestamp",
  "sender",
  "sender_name",
  "session_id",
  "text",
  "id",
  "flow_id",
  "category",
]);

function sortMessages(list: MessageRecord[], orderBy: string, order: string): MessageRecord[] {
  const key = (m: MessageRecord): string | number =>
    orderBy === "timestamp" ? m.created : String(m[orderBy as keyof MessageRecord]);
  // Stable ascending sort (ties keep insertion order, e.g. a User and a Machine message of the same millisecond),
  // then reversed for DESC, so DESC is exactly the reverse of ASC.
  const asc = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return order === "DESC" ? asc.reverse() : asc;
}

async function readList(request: Request, items: "uuid" | "string"): Promise<string[]> {
  const issues: FieldIssue[] = [];
  const value = checkField(
    await readJsonBody(request),
    { kind: "array", items: { kind: items } },
    ["body"],
    issues,
  );
  if (issues.length > 0) throw validationError(issues);
  return value as string[];
}

export const monitorMessagesArea: ApiArea = (ctx) => [
  http.get(
    api("/api/v1/monitor/messages"),
    route(({ request, url }) => {
      const user = authenticate(ctx, request);
      const q = url.searchParams;
      const flowId = q.has("flow_id") ? uuidParam(q.get("flow_id"), ["query", "flow_id"]) : null;
      const paging = queryInts(url, { limit: { min: 0 }, offset: { min: 0 } });
      const limit = paging.limit ?? null;
      const offset = paging.offset ?? null;
      const orderBy = q.get("order_by") ?? "timestamp";
      const order = (q.get("order") ?? "ASC").toUpperCase();
      if (!ORDER_FIELDS.has(orderBy)) throw httpError(400, `Invalid order_by field: ${orderBy}`);
      if (order !== "ASC" && order !== "DESC")
        throw httpError(400, `Invalid order direction: ${q.get("order")}`);
      let list = userMessages(ctx, user).filter(
        (m) =>
          (!flowId || m.flow_id === flowId) &&
          (!q.has("session_id") || m.session_id === q.get("session_id")) &&
          (!q.has("sender") || m.sender === q.get("sender")) &&
          (!q.has("sender_name") || m.sender_name === q.get("sender_name")),
      );
      list = sortMessages(list, orderBy, order).slice(
        offset ?? 0,
        limit === null ? undefined : (offset ?? 0) + limit,
      );
      return jsonResponse(list.map(messageRow));
    }),
  ),
  http.get(
    api("/api/v1/monitor/messages/sessions"),
    route(({ request, url }) => {
      const user = authenticate(ctx, request);
      const flowId = url.searchParams.has("flow_id")
        ? uuidParam(url.searchParams.get("flow_id"), ["query", "flow_id"])
        : null;
      const paging = queryInts(url, { limit: { min: 0 }, offset: { min: 0 } });
      const limit = paging.limit ?? null;
      const offset = paging.offset ?? 0;
      // Most recently active session first (observed on 1.13.0).
      // Position of each session's last message in time order (ties: later insertion = more recent).
      const latest = new Map<string, number>();
      userMessages(ctx, user).forEach((m, index) => {
        if (!flowId || m.flow_id === flowId) latest.set(m.session_id, index);
      });
      const ids = [...latest.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
      return jsonResponse(ids.slice(offset, limit === null ? undefined : offset + limit));
    }),
  ),
  http.delete(
    api("/api/v1/monitor/messages/sessions"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const sessions = new Set(await readList(request, "string"));
      const doomed = userMessages(ctx, user).filter((m) => sessions.has(m.session_id));
      const hit = new Set(doomed.map((m) => m.session_id)).size;
      for (const m of doomed) ctx.state.messages.messages.delete(m.id);
      if (hit === 0) return jsonResponse({ message: "No sessions to delete", deleted_count: 0 });
      return jsonResponse({
        message: `Messages deleted successfully for ${hit} session${hit === 1 ? "" : "s"}`,
        deleted_count: hit,
      });
    }),
  ),
  http.delete(
    api("/api/v1/monitor/messages"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const ids = new Set(await readList(request, "uuid"));
      for (const m of userMessages(ctx, user)) if (ids.has(m.id)) ctx.state.messages.messages.delete(m.id);
      return new Response(null, { status: 204 });
    }),
  ),
  http.put(
    api("/api/v1/monitor/messages/:message_id"),
    route(async ({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.message_id as string, ["path", "message_id"]);
      const nullableString = { kind: "string", nullable: true } as const;
      const patch = validateBody<Partial<MessageRecord>>(await readJsonBody(request), {
        fields: {
          text: nullableString,
          sender: nullableString,
          sender_name: nullableString,
          session_id: nullableString,
          context_id: nullableString,
          category: nullableString,
          files: { kind: "array", items: { kind: "string" }, nullable: true },
          edit: { kind: "boolean", nullable: true },
          error: { kind: "boolean", nullable: true },
          properties: { kind: "object", nullable: true },
          content_blocks: { kind: "array", items: { kind: "object" }, nullable: true },
          session_metadata: { kind: "object", nullable: true },
        },
      });
      const message = ctx.state.messages.messages.get(id);
      if (!message || ctx.state.flows.get(message.flow_id)?.user_id !== user.id)
        throw httpError(404, "Message not found");
      for (const [key, value] of Object.entries(patch)) {
        // Unknown fields are ignored and null means "leave as is", as MessageUpdate(exclude_none) does.
        if (value === null || value === undefined || key === "session_metadata") continue;
        if (key in message) (message as unknown as Record<string, unknown>)[key] = value;
      }
      // Editing marks the message as edited (1.13.0 answers edit:true after a text-only PUT).
      message.edit = true;
      const { duration: _duration, ...read } = messageData(message);
      return jsonResponse({ ...read, timestamp: isoTimestamp(message.created) });
    }),
  ),
  http.patch(
    api("/api/v1/monitor/messages/session/:old_session_id"),
    route(({ request, params, url }) => {
      const user = authenticate(ctx, request);
      const next = url.searchParams.get("new_session_id");
      if (next === null)
        throw validationError([{ type: "missing", loc: ["query", "new_session_id"], msg: "Field required" }]);
      const old = String(params.old_session_id);
      const hit = userMessages(ctx, user).filter((m) => m.session_id === old);
      if (hit.length === 0) throw httpError(404, "No messages found with the given session ID");
      for (const m of hit) m.session_id = next;
      return jsonResponse(hit.map(messageRow));
    }),
  ),
  http.delete(
    api("/api/v1/monitor/messages/session/:session_id"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const session = String(params.session_id);
      // 204 whether or not the session had messages (1.13.0).
      for (const m of userMessages(ctx, user))
        if (m.session_id === session) ctx.state.messages.messages.delete(m.id);
      return new Response(null, { status: 204 });
    }),
  ),
];
