// Issue 16, item 1 in Chromium: fetch's `redirect: "manual"` gives an opaque answer that hides the target, so the SDK
// cannot check the origin and follows no redirect: every one is a RedirectError, and the key goes nowhere else.
import { expect, inject, it } from "vitest";
import { LangflowClient, RedirectError } from "../../src/index";

const lf = new LangflowClient({
  baseUrl: inject("redirectServerUrl"),
  apiKey: "sk-redirect-browser",
  dangerouslyAllowBrowser: true,
});

it("a redirect (here to another origin) is a RedirectError that says to set baseUrl", async () => {
  const error = await lf.version().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RedirectError);
  expect((error as RedirectError).message).toContain("the browser does not show the SDK where to");
  expect((error as RedirectError).message).toContain("Set baseUrl to the server's final URL");
  expect((error as RedirectError).location).toBeUndefined();
});

it("a flow run's redirect too, from the stream's first read", async () => {
  const stream = lf.stream("flow-1", { inputValue: "hi" });
  await expect(stream.finalText()).rejects.toBeInstanceOf(RedirectError);
});
