// Merges the v1 and v2 documents into one. Paths never overlap (v1 is everything but /api/v2);
// a component schema that both define identically is kept once, and a v2 schema whose name is
// taken by a different v1 schema is renamed `<Name>V2` (and the v2 refs to it rewritten).
import { isDeepStrictEqual } from "node:util";
import { walkObjects } from "./normalize/walk-schemas";
import { clone, isObject, type Json, type JsonObject, SCHEMA_REF_PREFIX } from "./openapi";

function section(doc: JsonObject, key: string): JsonObject {
  const components = isObject(doc.components) ? doc.components : {};
  const value = components[key];
  return isObject(value) ? value : {};
}

export function mergeSpecs(v1In: JsonObject, v2In: JsonObject): JsonObject {
  const v1 = clone(v1In);
  const v2 = clone(v2In);
  const v1Schemas = section(v1, "schemas");
  const v2Schemas = section(v2, "schemas");

  const renames = new Map<string, string>();
  for (const [name, schema] of Object.entries(v2Schemas)) {
    if (name in v1Schemas && !isDeepStrictEqual(v1Schemas[name], schema)) renames.set(name, `${name}V2`);
  }
  if (renames.size > 0) {
    walkObjects(v2, (node) => {
      if (typeof node.$ref !== "string" || !node.$ref.startsWith(SCHEMA_REF_PREFIX)) return;
      const renamed = renames.get(node.$ref.slice(SCHEMA_REF_PREFIX.length));
      if (renamed) node.$ref = `${SCHEMA_REF_PREFIX}${renamed}`;
    });
  }

  const schemas: JsonObject = { ...v1Schemas };
  for (const [name, schema] of Object.entries(v2Schemas)) schemas[renames.get(name) ?? name] = schema;

  const paths: JsonObject = { ...(isObject(v1.paths) ? v1.paths : {}) };
  for (const [path, item] of Object.entries(isObject(v2.paths) ? v2.paths : {})) {
    if (path in paths) throw new Error(`path ${path} is in both the v1 and the v2 spec`);
    paths[path] = item;
  }

  const v1Info = isObject(v1.info) ? v1.info : {};
  const v2Info = isObject(v2.info) ? v2.info : {};
  const v1Version = (v1Info["x-langflow-version"] ?? v1Info.version ?? "unknown") as Json;
  const v2Version = (v2Info["x-langflow-version"] ?? v2Info.version ?? "unknown") as Json;
  const info: JsonObject = {
    title: "Langflow",
    version: v1Version,
    description:
      "Langflow REST API (v1 and the v2 Workflow API) as served by the Langflow version in x-langflow-version, normalized and overlaid by langflow-sdk's scripts/build-spec. Generated file: do not edit.",
    "x-langflow-version": v1Version,
  };
  if (v2Version !== v1Version) info["x-langflow-v2-version"] = v2Version;

  return {
    openapi: (v1.openapi ?? "3.1.0") as Json,
    info,
    paths,
    components: {
      schemas,
      securitySchemes: { ...section(v2, "securitySchemes"), ...section(v1, "securitySchemes") },
    },
  };
}
