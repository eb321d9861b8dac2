// Header names and values the caller hands in (client `headers`, `apiKey`, `token`, per-call `headers`, v1
// `globals`, a job's `lastEventId`), checked before anything is sent. fetch's Headers refuses a line break, NUL or a
// character above U+00FF with a raw TypeError, thrown where the request is built (synchronously, from a method that
// returns a promise), and its message echoes the value: an API key with a stray newline from a .env file would be
// in it. Here the refusal is a LangflowConfigError that names the option and the header, never the value. The other
// control characters (but tab) are refused too: node:http (src/core/direct-http.node.ts) will not send them, and
// Langflow's server (uvicorn) answers 400 to them.
import { LangflowConfigError } from "./errors";

const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/** Throws LangflowConfigError (naming `option`) unless `name: value` can be sent as a header. */
export function checkHeader(option: string, name: string, value: unknown): void {
  if (!NAME.test(name) || typeof value !== "string" || BAD_VALUE.test(value))
    throw new LangflowConfigError(
      option,
      `Invalid ${option}: header ${JSON.stringify(name)} cannot be sent (a bad name, or a value that is not a string or has a control character such as a line break, or a character above U+00FF).`,
    );
}

/** The same check for an object of headers (undefined is fine). */
export function checkHeaders(option: string, headers: unknown): void {
  if (headers === undefined) return;
  if (typeof headers !== "object" || headers === null || Array.isArray(headers))
    throw new LangflowConfigError(
      option,
      `Invalid ${option}: expected an object of header names to string values.`,
    );
  for (const [name, value] of Object.entries(headers)) checkHeader(option, name, value);
}

/**
 * Sets each of `added` on `headers` by its lower-case name (a later one replaces the same name in another case). The
 * values are strings, so a header named `__proto__` cannot change the record's prototype (it is left out).
 */
export function setHeaders(headers: Record<string, string>, added: Record<string, string> = {}): void {
  for (const name of Object.keys(added)) headers[name.toLowerCase()] = added[name] as string;
}
