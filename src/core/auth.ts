// Adds the configured credentials to every request.
import { checkHeader } from "./headers";
import type { ResolvedOptions } from "./options";

/**
 * Sets `x-api-key` and/or `Authorization: Bearer` on `headers` (lower-case names), unless the caller already set
 * them. Synchronous (nothing to await on every call) unless the token is a function.
 */
export function applyAuth(
  headers: Record<string, string>,
  options: Pick<ResolvedOptions, "apiKey" | "token">,
): Promise<void> | undefined {
  if (options.apiKey && !("x-api-key" in headers)) headers["x-api-key"] = options.apiKey;
  const { token } = options;
  if (!token || "authorization" in headers) return;
  const bearer = (value: string) => {
    if (!value) return;
    checkHeader("token", "authorization", value); // a token function's answer: a rejection, never a TypeError
    headers.authorization = `Bearer ${value}`;
  };
  if (typeof token !== "function") bearer(token);
  else return Promise.resolve(token()).then(bearer);
}
