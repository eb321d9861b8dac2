// Ids in URL paths, checked and encoded in one place. `encodeURIComponent` leaves "." and ".." alone, and URL
// parsing then removes them as dot-segments: `DELETE /api/v2/files/.` becomes `DELETE /api/v2/files/`, which on
// Langflow 1.13.0 deletes every file of the user. An encoded "/" is no better: Langflow's server decodes the path
// before routing, so `files.delete("batch/")` would reach `DELETE /api/v2/files/batch/` (docs/server-quirks.md).
// So an empty id, "." or ".." (also percent-encoded, any case) and an id with a "/" are refused before anything is
// sent; everything else is encoded into one segment.
import { LangflowConfigError } from "./errors";

const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * One path segment: `value` encoded, or a LangflowConfigError when it is not a non-empty string, is "." or ".."
 * (also percent-encoded), or holds a "/". `route` names where it goes in the message, e.g. `/api/v2/files/{id}`.
 */
export function segment(value: unknown, route = "a path"): string {
  if (typeof value !== "string" || value === "" || DOT_SEGMENT.test(value) || value.includes("/")) {
    const got = typeof value === "string" ? JSON.stringify(value) : typeof value;
    throw new LangflowConfigError(
      "id",
      `Invalid id ${got} for ${route}: an id must be a non-empty string without "/", other than "." and ".." (those would make the request reach another route).`,
    );
  }
  return encodeURIComponent(value);
}

/**
 * A path with every interpolated value checked and encoded as one segment (see `segment`):
 * ``path`/api/v1/flows/${id}` ``. Throws LangflowConfigError before anything is sent.
 */
export function path(strings: TemplateStringsArray, ...values: string[]): string {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++)
    out += segment(values[i], strings.join("{id}")) + (strings[i + 1] ?? "");
  return out;
}
