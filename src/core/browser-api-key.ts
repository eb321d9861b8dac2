// The one warning for an API key used from browser code. A key in a page is readable by everyone who can open the
// page (its source, devtools, the network panel), and a Langflow API key runs every flow of its owner. openai's SDK
// refuses outright; this SDK warns once per client instead, because local tools and demos legitimately do it, and
// `dangerouslyAllowBrowser: true` says "I know" and silences it. The warning goes through the SDK's logger (so a
// custom `logger` can route or drop it, and `logLevel: "off"` or `"error"` silences it) and never contains the key.

export const BROWSER_API_KEY_WARNING =
  "An API key is used in a browser: anyone who can open this page can read the key and run your flows with it. " +
  "Call Langflow from your server (a proxy) or use a short-lived `token`; `dangerouslyAllowBrowser: true` silences this.";

/** A browser page (not Node, Deno, Bun or an edge runtime, which have no `window.document`). */
export function isBrowserPage(): boolean {
  const g = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return (
    typeof g.window === "object" && typeof g.window?.document === "object" && typeof g.navigator === "object"
  );
}
