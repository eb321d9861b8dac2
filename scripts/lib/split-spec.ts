// Splits Langflow's single /openapi.json into the v1 part (everything but /api/v2) and the v2 part
// (the /api/v2 paths and the schemas they reach), each self-contained and deterministic.
import { clone, isObject, type Json, type JsonObject, reachableSchemas } from "./openapi";

export const V2_PREFIX = "/api/v2/";

export type Generation = "v1" | "v2";

export function belongsTo(path: string): Generation {
  return path.startsWith(V2_PREFIX) || path === "/api/v2" ? "v2" : "v1";
}

/**
 * Keeps the paths of one generation and only the component schemas those paths reach;
 * other component kinds (security schemes) are kept whole. `langflowVersion` is recorded in
 * `info.x-langflow-version`.
 */
export function pickGeneration(doc: JsonObject, generation: Generation, langflowVersion: string): JsonObject {
  const out = clone(doc);
  const paths = isObject(out.paths) ? out.paths : {};
  const kept: JsonObject = {};
  for (const [path, item] of Object.entries(paths)) {
    if (belongsTo(path) === generation) kept[path] = item as Json;
  }
  out.paths = kept;

  const components = isObject(out.components) ? out.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const reachable = reachableSchemas(kept, schemas);
  const keptSchemas: JsonObject = {};
  for (const name of Object.keys(schemas)) {
    if (reachable.has(name)) keptSchemas[name] = schemas[name] as Json;
  }
  out.components = { ...components, schemas: keptSchemas };

  const info = isObject(out.info) ? out.info : {};
  out.info = { ...info, "x-langflow-version": langflowVersion, "x-langflow-api": generation };
  return out;
}
