// Keeps credentials out of messages, logs and snapshots.

const SECRET_QUERY_PARAMS = ["x-api-key", "api_key", "token", "access_token"];

/** A URL with secret query parameters and user info replaced by "***". Unparseable input is returned as is. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/([?&](?:x-api-key|api_key|token|access_token)=)[^&#]*/gi, "$1***");
  }
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? "***" : "";
    parsed.password = parsed.password ? "***" : "";
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY_PARAMS.includes(key.toLowerCase())) parsed.searchParams.set(key, "***");
  }
  return parsed.toString();
}
