import type { JsonObject } from "../openapi";

/** One repair of the server's spec. `apply` mutates the document and returns what it changed. */
export interface Normalization {
  name: string;
  /** One line: why the spec needs this repair. */
  reason: string;
  apply(doc: JsonObject): string[];
}
