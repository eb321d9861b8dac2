import type { JsonObject } from "../openapi";
import type { Normalization } from "./normalization";
import { walkObjects } from "./walk-schemas";

export const dropRefBesideAnyOf: Normalization = {
  name: "drop-ref-beside-anyof",
  reason:
    "A schema with both $ref and anyOf is typed by openapi-typescript from the $ref alone; the anyOf is the real union, so the $ref goes.",
  apply(doc: JsonObject): string[] {
    const changes: string[] = [];
    walkObjects(doc, (node, at) => {
      if (typeof node.$ref === "string" && Array.isArray(node.anyOf)) {
        changes.push(`${at}: dropped $ref ${node.$ref} beside anyOf`);
        delete node.$ref;
      }
    });
    return changes;
  },
};
