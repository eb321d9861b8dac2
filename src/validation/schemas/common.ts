// Building blocks of the response schemas. Objects are loose (unknown fields pass): a schema states what the SDK
// relies on, not everything a Langflow version may add.
//
// zod/mini, because it tree-shakes (the lazily loaded chunk is 8.6 KB gzip; zod's classic API is 90 KB). Each
// schema file imports it as a namespace of its own: re-exporting the namespace as a value would keep all of zod
// (its locales too) in the bundle.
import * as z from "zod/mini";

export const object = z.looseObject;
/** A JSON object whose fields the SDK does not look into. */
export const anyObject = z.record(z.string(), z.unknown());
export const maybe = <T extends z.ZodMiniType>(schema: T) => z.nullish(schema);
export const count = z.int().check(z.nonnegative());
/** A `Page<T>` of fastapi-pagination. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  object({ items: z.array(item), total: count, page: count, size: count, pages: count });
