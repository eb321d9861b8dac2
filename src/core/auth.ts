// Adds the configured credentials to every request.
import { checkHeader } from "./headers";
import type { ResolvedOptions } from "./options";

/** Sets `x-api-key` and/or `Authorization: Bearer` on `headers`, unless the caller already set them. */
export async function applyAuth(
  headers: Headers,
  options: Pick<ResolvedOptions, "apiKey" | "token">,
): Promise<void> {
  if (options.apiKey && !headers.has("x-api-key")) headers.set("x-api-key", options.apiKey);
  if (options.token && !headers.has("authorization")) {
    const token = typeof options.token === "function" ? await options.token() : options.token;
    if (token) {
      checkHeader("token", "authorization", token); // a token function's answer: a rejection, never a TypeError
      headers.set("authorization", `Bearer ${token}`);
    }
  }
}
