// Property: no request a client can send to the projects, files, monitor, logs, variables, API keys, login,
// responses and legacy areas crashes the mock (an unexpected exception surfaces as "Internal Server Error") or
// changes state when it is refused (status >= 400).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock({ logRetrieval: true, legacyProcessApi: true });

const ROUTES: [string, string][] = [
  ["GET", "/api/v1/projects/{id}"],
  ["POST", "/api/v1/projects/"],
  ["PATCH", "/api/v1/projects/{id}"],
  ["DELETE", "/api/v1/projects/{id}"],
  ["GET", "/api/v1/projects/download/{id}"],
  ["POST", "/api/v1/projects/upload/"],
  ["GET", "/api/v1/folders/{id}"],
  ["POST", "/api/v1/files/upload/{id}"],
  ["GET", "/api/v1/files/list/{id}"],
  ["GET", "/api/v1/files/download/{id}/{name}"],
  ["GET", "/api/v1/files/images/{id}/{name}"],
  ["DELETE", "/api/v1/files/delete/{id}/{name}"],
  ["POST", "/api/v2/files"],
  ["GET", "/api/v2/files/{id}"],
  ["PUT", "/api/v2/files/{id}"],
  ["DELETE", "/api/v2/files/{id}"],
  ["POST", "/api/v2/files/batch/"],
  ["DELETE", "/api/v2/files/batch/"],
  ["GET", "/api/v1/monitor/messages"],
  ["DELETE", "/api/v1/monitor/messages"],
  ["PUT", "/api/v1/monitor/messages/{id}"],
  ["PATCH", "/api/v1/monitor/messages/session/{name}"],
  ["DELETE", "/api/v1/monitor/messages/sessions"],
  ["GET", "/api/v1/monitor/builds"],
  ["GET", "/api/v1/monitor/transactions"],
  ["GET", "/api/v1/monitor/traces"],
  ["GET", "/api/v1/monitor/traces/{id}"],
  ["DELETE", "/api/v1/monitor/traces"],
  ["GET", "/logs"],
  ["POST", "/api/v1/variables/"],
  ["PATCH", "/api/v1/variables/{id}"],
  ["DELETE", "/api/v1/variables/{id}"],
  ["POST", "/api/v1/api_key/"],
  ["DELETE", "/api/v1/api_key/{id}"],
  ["POST", "/api/v1/login"],
  ["POST", "/api/v1/refresh"],
  ["POST", "/api/v1/responses"],
  ["POST", "/api/v1/process/{id}"],
  ["GET", "/api/v1/task/{id}"],
];

const segment = fc.oneof(
  fc.uuid(),
  fc.constant("00000000-0000-0000-0000-000000000000"),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => encodeURIComponent(s)),
  fc.constantFrom("echo-chat", "abc", "%00", "..", "1e3"),
);
const query = fc.array(
  fc.tuple(
    fc.constantFrom(
      "page",
      "size",
      "flow_id",
      "order",
      "order_by",
      "limit",
      "offset",
      "name",
      "lines_before",
      "timestamp",
      "status",
      "query",
      "start_time",
      "new_session_id",
    ),
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer().map(String), fc.uuid()),
  ),
  { maxLength: 4 },
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.json().map((text) => ({ text, type: "application/json" })),
  fc.string({ maxLength: 40 }).map((text) => ({ text, type: "application/json" })),
  fc.string({ maxLength: 40 }).map((text) => ({ text, type: "application/x-www-form-urlencoded" })),
  fc.string({ maxLength: 40 }).map((text) => ({ text, type: "multipart/form-data; boundary=xyz" })),
  fc
    .anything({ maxDepth: 2 })
    .map((value) => ({ text: JSON.stringify(value) ?? "null", type: "application/json" })),
);

/** The part of the state the routes above may write (usage counters of API keys excluded: every call bumps them). */
function fingerprint(): string {
  const s = lf.state;
  const { files, variables, monitor } = s;
  return JSON.stringify(
    {
      projects: [...s.projects.projects.values()],
      flows: [...s.flows.flows.values()].map((f) => [f.id, f.name, f.folder_id]),
      messages: [...s.messages.messages.values()].map((m) => [m.id, m.text, m.session_id]),
      keys: [...s.users.apiKeys.values()].map((k) => [k.id, k.api_key, k.name]),
      files: [files.flowFiles, files.userFiles],
      variables: variables.variables,
      monitor: [monitor.hiddenBuilds, monitor.hiddenTraces],
    },
    (_k, v) =>
      v instanceof Map
        ? [...v.entries()]
        : v instanceof Set
          ? [...v]
          : v instanceof Uint8Array
            ? v.length
            : v,
  );
}

describe("malformed requests (property)", () => {
  it("never crash the mock and never change state when refused", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        segment,
        segment,
        query,
        body,
        fc.boolean(),
        async ([method, template], id, name, q, b, auth) => {
          const path = template.replace("{id}", id).replace("{name}", name);
          const search = new URLSearchParams(q).toString();
          const before = fingerprint();
          const headers: Record<string, string> = b ? { "content-type": b.type } : {};
          const res = await call(`${path}${search ? `?${search}` : ""}`, {
            method,
            auth,
            headers,
            body: b && method !== "GET" ? b.text : undefined,
            redirect: "manual",
          });
          const text = await res.text();
          expect(text, `${method} ${path}`).not.toContain("Internal Server Error");
          if (res.status >= 400)
            expect(fingerprint(), `${method} ${path} → ${res.status} ${text}`).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
