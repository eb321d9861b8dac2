import { isDeepStrictEqual } from "node:util";
import type { JsonObject } from "../openapi";
import type { Normalization } from "./normalization";
import { walkObjects } from "./walk-schemas";

export const dropAnyOfDuplicatingOneOf: Normalization = {
  name: "drop-anyof-duplicating-oneof",
  reason:
    "FastAPI emits a discriminated union as anyOf and again as oneOf with the same members; openapi-typescript renders (A | B) & (A | B) and loses narrowing.",
  apply(doc: JsonObject): string[] {
    const changes: string[] = [];
    walkObjects(doc, (node, at) => {
      if (
        Array.isArray(node.anyOf) &&
        Array.isArray(node.oneOf) &&
        isDeepStrictEqual(node.anyOf, node.oneOf)
      ) {
        changes.push(`${at}: dropped anyOf that repeats oneOf`);
        delete node.anyOf;
      }
    });
    return changes;
  },
};
