import { type JsonObject, operations } from "../openapi";
import type { Normalization } from "./normalization";

export const dedupeOperationIds: Normalization = {
  name: "dedupe-operation-ids",
  reason:
    "FastAPI gives every method of a multi-method route the same operationId; openapi-typescript then emits duplicate keys (TS2300).",
  apply(doc: JsonObject): string[] {
    const byId = new Map<string, [string, string, JsonObject][]>();
    for (const entry of operations(doc)) {
      const id = entry[2].operationId;
      if (typeof id !== "string") continue;
      byId.set(id, [...(byId.get(id) ?? []), entry]);
    }
    const taken = new Set(byId.keys());
    const changes: string[] = [];
    for (const [id, uses] of byId) {
      if (uses.length < 2) continue;
      for (const [path, method, op] of uses) {
        let next = `${id}__${method}`;
        for (let n = 2; taken.has(next); n++) next = `${id}__${method}${n}`;
        taken.add(next);
        op.operationId = next;
        changes.push(`${method.toUpperCase()} ${path}: operationId ${id} -> ${next}`);
      }
    }
    return changes;
  },
};
