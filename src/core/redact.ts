// Keeps credentials out of messages, logs, errors and snapshots.

const SECRET_QUERY_PARAMS = ["x-api-key", "api_key", "apikey", "token", "access_token", "refresh_token"];
const SECRET_HEADERS = ["x-api-key", "authorization", "cookie", "set-cookie", "proxy-authorization"];
const REDACTED = "***";

/** A URL with secret query parameters and user info replaced by "***". Unparseable input is masked by pattern. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(
      /([?&](?:x-api-key|api_key|apikey|token|access_token|refresh_token)=)[^&#]*/gi,
      `$1${REDACTED}`,
    );
  }
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? REDACTED : "";
    parsed.password = parsed.password ? REDACTED : "";
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY_PARAMS.includes(key.toLowerCase())) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

/** Headers as a plain object with lower-case names and credentials replaced by "***". */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    out[key] = SECRET_HEADERS.includes(key) ? REDACTED : value;
  }
  return out;
}
