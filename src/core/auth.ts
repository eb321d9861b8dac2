// Adds the configured credentials to every request.
import { checkHeader } from "./headers";
import type { ResolvedOptions, TokenProvider } from "./options";

/**
 * Sets `x-api-key` and/or `Authorization: Bearer` on `headers` (lower-case names), unless the caller already set
 * them. Synchronous (nothing to await on every call) without a token.
 */
export function applyAuth(
  headers: Record<string, string>,
  { apiKey, token }: Pick<ResolvedOptions, "apiKey" | "token">,
): Promise<void> | undefined {
  if (apiKey && !("x-api-key" in headers)) headers["x-api-key"] = apiKey;
  return token && !("authorization" in headers) ? bearer(headers, token) : undefined;
}

async function bearer(headers: Record<string, string>, token: TokenProvider): Promise<void> {
  const value = typeof token === "function" ? await token() : token;
  if (value) {
    checkHeader("token", "authorization", value); // a token function's answer: a rejection, never a TypeError
    headers.authorization = `Bearer ${value}`;
  }
}
