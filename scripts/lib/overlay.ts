// Applies spec/overlay/*.json: hand-written schemas for what the server leaves untyped.
//
// An overlay file is { "x-reason": "...", "components": { "schemas": {...} },
//                      "operations": { "post /api/v1/run/{flow_id_or_name}": <patch> } }.
// A patch replaces the operation's keys it names, except `responses`, which is merged per status code
// (and each code's `content` per media type, where null removes one), so an overlay can add a stream
// media type beside JSON or replace a wrong one.
// Patching an operation the server does not have is an error: the overlay must follow the server.
import { isObject, type Json, type JsonObject } from "./openapi";

export interface Overlay {
  file: string;
  body: JsonObject;
}

function mergeResponses(target: JsonObject, patch: JsonObject): void {
  for (const [code, response] of Object.entries(patch)) {
    const existing = target[code];
    if (!isObject(existing) || !isObject(response) || !isObject(response.content)) {
      target[code] = response;
      continue;
    }
    const content: JsonObject = { ...(isObject(existing.content) ? existing.content : {}) };
    for (const [media, value] of Object.entries(response.content)) {
      // null removes a media type the server declares but never sends.
      if (value === null) delete content[media];
      else content[media] = value;
    }
    existing.content = content;
    for (const [key, value] of Object.entries(response)) if (key !== "content") existing[key] = value;
  }
}

export function applyOverlay(doc: JsonObject, overlay: Overlay): string[] {
  const changes: string[] = [];
  const components = doc.components as JsonObject;
  const schemas = components.schemas as JsonObject;
  const overlaySchemas = isObject(overlay.body.components) ? overlay.body.components.schemas : undefined;
  for (const [name, schema] of Object.entries(isObject(overlaySchemas) ? overlaySchemas : {})) {
    if (name in schemas) throw new Error(`${overlay.file}: schema ${name} is already defined by the server`);
    schemas[name] = schema;
    changes.push(`#/components/schemas/${name}: added by ${overlay.file}`);
  }

  const ops = isObject(overlay.body.operations) ? overlay.body.operations : {};
  for (const [key, patch] of Object.entries(ops)) {
    const match = /^(get|put|post|delete|patch|head|options) (\/\S*)$/.exec(key);
    if (!match || !isObject(patch)) throw new Error(`${overlay.file}: bad operation key "${key}"`);
    const [, method, path] = match as unknown as [string, string, string];
    const item = (doc.paths as JsonObject)[path];
    const op = isObject(item) ? item[method] : undefined;
    if (!isObject(op)) throw new Error(`${overlay.file}: the server has no operation ${key}`);
    for (const [field, value] of Object.entries(patch)) {
      if (field === "responses" && isObject(value)) {
        if (!isObject(op.responses)) op.responses = {};
        mergeResponses(op.responses as JsonObject, value);
      } else {
        op[field] = value as Json;
      }
    }
    changes.push(
      `${method.toUpperCase()} ${path}: patched by ${overlay.file} (${Object.keys(patch).join(", ")})`,
    );
  }
  return changes;
}
