import { forEachRef, isObject, type JsonObject, SCHEMA_REF_PREFIX } from "../openapi";
import type { Normalization } from "./normalization";

export const defineMissingSchemas: Normalization = {
  name: "define-missing-schemas",
  reason:
    "A $ref to a schema the spec never defines is fatal for openapi-typescript and Prism; an untyped placeholder keeps the operation usable.",
  apply(doc: JsonObject): string[] {
    if (!isObject(doc.components)) doc.components = {};
    const components = doc.components as JsonObject;
    if (!isObject(components.schemas)) components.schemas = {};
    const schemas = components.schemas as JsonObject;
    const missing = new Set<string>();
    forEachRef(doc, (ref) => {
      if (!ref.startsWith(SCHEMA_REF_PREFIX)) return;
      const name = decodeURIComponent(ref.slice(SCHEMA_REF_PREFIX.length));
      if (!(name in schemas)) missing.add(name);
    });
    for (const name of missing) {
      schemas[name] = {
        description:
          "Referenced by the server's spec but never defined there; placeholder added by build-spec.",
      };
    }
    return [...missing]
      .sort()
      .map((name) => `#/components/schemas/${name}: placeholder for an undefined schema`);
  },
};
