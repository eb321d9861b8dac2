// API keys (`/api/v1/api_key/`): list (masked), create (the full key, once), delete. Keys work for auth at once.
import { http } from "msw";
import { secondsTimestamp } from "../clock";
import type { ApiArea } from "../context";
import { authenticate } from "../http/auth";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { validateBody } from "../http/schema";
import { readJsonBody, uuidParam } from "../http/validation";
import type { ApiKeyRecord } from "../state/users";

/** "sk-_M2fh" + one "*" per remaining character, as 1.13.0 masks keys in the list. */
function mask(key: string): string {
  return key.slice(0, 8) + "*".repeat(Math.max(0, key.length - 8));
}

/** "sk-" + 43 url-safe base64 characters (32 random bytes), the server's key format. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const b64 = btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
  return `sk-${b64}`;
}

function keyFields(k: ApiKeyRecord) {
  return {
    name: k.name,
    last_used_at: k.last_used_at === null ? null : secondsTimestamp(k.last_used_at),
    total_uses: k.total_uses,
    is_active: k.is_active,
    expires_at: null,
    id: k.id,
  };
}

export const apiKeysArea: ApiArea = (ctx) => [
  http.get(
    api("/api/v1/api_key/"),
    route(({ request }) => {
      const user = authenticate(ctx, request);
      const keys = [...ctx.state.users.apiKeys.values()].filter((k) => k.user_id === user.id);
      return jsonResponse({
        total_count: keys.length,
        user_id: user.id,
        api_keys: keys.map((k) => ({
          ...keyFields(k),
          api_key: mask(k.api_key),
          user_id: k.user_id,
          created_at: secondsTimestamp(k.created_at),
        })),
      });
    }),
  ),
  http.post(
    api("/api/v1/api_key/"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const body = validateBody<{ name?: string | null }>(await readJsonBody(request), {
        fields: { name: { kind: "string", nullable: true } },
      });
      const record = ctx.state.users.addApiKey(user.id, body.name ?? null, newKey());
      // 200 (not 201) and the only response that carries the full key (checked on 1.13.0).
      return jsonResponse({ ...keyFields(record), api_key: record.api_key, user_id: record.user_id });
    }),
  ),
  http.delete(
    api("/api/v1/api_key/:api_key_id"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.api_key_id as string, ["path", "api_key_id"]);
      const entry = [...ctx.state.users.apiKeys.entries()].find(
        ([, k]) => k.id === id && k.user_id === user.id,
      );
      // 1.13.0 answers an unknown key with 400, not 404.
      if (!entry) throw httpError(400, "API Key not found");
      ctx.state.users.apiKeys.delete(entry[0]);
      return jsonResponse({ detail: "API Key deleted" });
    }),
  ),
];
