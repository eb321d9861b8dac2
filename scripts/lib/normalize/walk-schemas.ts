import { isObject, type Json, type JsonObject } from "../openapi";

/** Calls `visit` on every object in the document, with a JSON-pointer-like location. */
export function walkObjects(value: Json, visit: (node: JsonObject, at: string) => void, at = "#"): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walkObjects(item, visit, `${at}/${index}`);
  } else if (isObject(value)) {
    visit(value, at);
    for (const [key, child] of Object.entries(value)) {
      walkObjects(child, visit, `${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    }
  }
}
