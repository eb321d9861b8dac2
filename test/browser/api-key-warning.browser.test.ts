// The browser API-key warning in a real page (the unit test simulates a page in Node).
import { describe, expect, it, vi } from "vitest";
import { BROWSER_API_KEY_WARNING, isBrowserPage } from "../../src/core/browser-api-key";
import { LangflowClient, WorkflowsClient } from "../../src/index";

const KEY = "sk-browser-visible-key-0123456789";

describe("an API key in a browser page", () => {
  it("logs one warning per client, saying why, without the key", () => {
    expect(isBrowserPage()).toBe(true);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const lf = new LangflowClient({ baseUrl: "http://localhost:7860", apiKey: KEY });
    void lf.workflows.run; // resource groups share the client's transport: no second warning
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toBe(`[langflow-sdk] ${BROWSER_API_KEY_WARNING}`);
    expect(message).toMatch(/anyone who can open this page can read the key/);
    expect(message).not.toContain(KEY);
  });

  it("is silenced by dangerouslyAllowBrowser: true and absent with a token", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    new WorkflowsClient({ baseUrl: "http://localhost:7860", apiKey: KEY, dangerouslyAllowBrowser: true });
    new LangflowClient({ baseUrl: "http://localhost:7860", token: "short-lived" });
    expect(warn).not.toHaveBeenCalled();
  });
});
