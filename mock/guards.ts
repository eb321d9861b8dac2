// Value guards for every layer of the mock (engine, http helpers, handlers). It imports nothing, so any file may
// import it without an arrow between layers.

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
