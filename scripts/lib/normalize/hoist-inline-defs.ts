import { isDeepStrictEqual } from "node:util";
import { isObject, type JsonObject, SCHEMA_REF_PREFIX } from "../openapi";
import type { Normalization } from "./normalization";
import { walkObjects } from "./walk-schemas";

export const hoistInlineDefs: Normalization = {
  name: "hoist-inline-defs",
  reason:
    "Pydantic can inline a response model with its own $defs and #/$defs refs, which resolve against the document root and break codegen; they move to components.schemas.",
  apply(doc: JsonObject): string[] {
    if (!isObject(doc.components)) doc.components = {};
    const components = doc.components as JsonObject;
    if (!isObject(components.schemas)) components.schemas = {};
    const schemas = components.schemas as JsonObject;
    const changes: string[] = [];
    walkObjects(doc, (node, at) => {
      if (!isObject(node.$defs) || at.startsWith("#/components/schemas/")) return;
      const defs = node.$defs;
      delete node.$defs;
      const names = new Map<string, string>();
      for (const [name, schema] of Object.entries(defs)) {
        let target = name;
        for (let n = 2; target in schemas && !isDeepStrictEqual(schemas[target], schema); n++)
          target = `${name}${n}`;
        if (!(target in schemas)) schemas[target] = schema;
        names.set(name, target);
      }
      // Refs inside the node and inside the hoisted schemas both point at the new home.
      const rewrite = (value: JsonObject) =>
        walkObjects(value, (inner) => {
          if (typeof inner.$ref === "string" && inner.$ref.startsWith("#/$defs/")) {
            const name = inner.$ref.slice("#/$defs/".length);
            inner.$ref = `${SCHEMA_REF_PREFIX}${names.get(name) ?? name}`;
          }
        });
      rewrite(node);
      for (const target of names.values()) rewrite(schemas[target] as JsonObject);
      changes.push(`${at}: moved $defs ${[...names.keys()].join(", ")} to components.schemas`);
    });
    return changes;
  },
};
