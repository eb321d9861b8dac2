// Global variables CRUD (`/api/v1/variables/`). Not in 1.13.0's OpenAPI document, but served; shapes from curl.
import { http } from "msw";
import type { ApiArea } from "../context";
import { authenticate } from "../http/auth";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { validateBody } from "../http/schema";
import { readJsonBody, uuidParam } from "../http/validation";
import { variableRead } from "../state/variables";

export const variablesArea: ApiArea = (ctx) => [
  http.get(
    api("/api/v1/variables/"),
    route(({ request }) => {
      const user = authenticate(ctx, request);
      return jsonResponse(ctx.state.variables.ofUser(user.id).map(variableRead));
    }),
  ),
  http.post(
    api("/api/v1/variables/"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const body = validateBody<{
        name: string;
        value: string;
        default_fields: string[];
        type?: string | null;
      }>(await readJsonBody(request), {
        fields: {
          name: { kind: "string", required: true },
          value: { kind: "string", required: true },
          // Required by 1.13.0 even though the docs' examples omit it.
          default_fields: { kind: "array", items: { kind: "string" }, required: true },
          type: { kind: "string", nullable: true },
        },
      });
      if (!body.name && !body.value) throw httpError(400, "Variable name and value cannot be empty");
      if (!body.name) throw httpError(400, "Variable name cannot be empty");
      if (!body.value) throw httpError(400, "Variable value cannot be empty");
      if (ctx.state.variables.byName(user.id, body.name))
        throw httpError(400, "Variable name already exists");
      const record = {
        id: crypto.randomUUID(),
        user_id: user.id,
        name: body.name,
        value: body.value,
        // No type → Credential (1.13.0), any other string is kept as sent.
        type: body.type ?? "Credential",
        default_fields: body.default_fields,
        created_at: ctx.options.clock.now(),
      };
      ctx.state.variables.variables.set(record.id, record);
      return jsonResponse(variableRead(record), 201);
    }),
  ),
  http.patch(
    api("/api/v1/variables/:variable_id"),
    route(async ({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.variable_id as string, ["path", "variable_id"]);
      const body = validateBody<{
        id: string;
        name?: string | null;
        value?: string | null;
        default_fields?: string[] | null;
      }>(await readJsonBody(request), {
        fields: {
          id: { kind: "uuid", required: true },
          name: { kind: "string", nullable: true },
          value: { kind: "string", nullable: true },
          default_fields: { kind: "array", items: { kind: "string" }, nullable: true },
        },
      });
      const variable = ctx.state.variables.variables.get(id);
      if (!variable || variable.user_id !== user.id) throw httpError(404, "Variable not found");
      if (body.name && body.name !== variable.name && ctx.state.variables.byName(user.id, body.name)) {
        throw httpError(400, "Variable name already exists");
      }
      if (body.name) variable.name = body.name;
      if (body.value) variable.value = body.value;
      if (body.default_fields) variable.default_fields = body.default_fields;
      return jsonResponse(variableRead(variable));
    }),
  ),
  http.delete(
    api("/api/v1/variables/:variable_id"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.variable_id as string, ["path", "variable_id"]);
      const variable = ctx.state.variables.variables.get(id);
      if (!variable || variable.user_id !== user.id) throw httpError(404, "Variable not found");
      ctx.state.variables.variables.delete(id);
      return new Response(null, { status: 204 });
    }),
  ),
];
