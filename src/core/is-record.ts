/** A plain JSON object (not null, not an array): what the SDK checks before reading fields of a server's answer. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
