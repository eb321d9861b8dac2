// The browser API-key warning, with a browser page simulated by stubbing window/document/navigator in Node.
// test/browser/api-key-warning.browser.test.ts checks the same in a real Chromium.
import { afterEach, describe, expect, it, vi } from "vitest";
import { BROWSER_API_KEY_WARNING, isBrowserPage } from "../../../src/core/browser-api-key";
import { LangflowConfigError } from "../../../src/core/errors";
import type { Logger } from "../../../src/core/options";
import { LangflowClient } from "../../../src/langflow-client";
import { WorkflowsClient } from "../../../src/workflows/workflows-client";

const KEY = "sk-secret-browser-key-1234567890";

function recordingLogger() {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => lines.push({ level, message });
  const logger: Logger = { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
  return { logger, lines };
}

function pretendBrowserPage(): void {
  vi.stubGlobal("window", { document: {} });
  vi.stubGlobal("document", {});
  vi.stubGlobal("navigator", { userAgent: "test" });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("API key in a browser page", () => {
  it("logs one warning per client that says why, through the SDK logger, without the key", () => {
    pretendBrowserPage();
    expect(isBrowserPage()).toBe(true);
    const { logger, lines } = recordingLogger();
    const lf = new LangflowClient({ baseUrl: "http://127.0.0.1:1", apiKey: KEY, logger });
    void lf.workflows;
    void lf.flows;
    expect(lines).toEqual([{ level: "warn", message: `[langflow-sdk] ${BROWSER_API_KEY_WARNING}` }]);
    expect(lines[0]?.message).toMatch(/anyone who can open this page can read the key/);
    expect(lines[0]?.message).toMatch(/from your server \(a proxy\) or use a short-lived `token`/);
    expect(lines[0]?.message).toMatch(/dangerouslyAllowBrowser: true/);
    expect(JSON.stringify(lines)).not.toContain(KEY);

    new WorkflowsClient({ baseUrl: "http://127.0.0.1:1", apiKey: KEY, logger });
    expect(lines).toHaveLength(2); // a second client warns once for itself
  });

  it("shows by default (logLevel unset means off for everything else) and with info/debug", () => {
    pretendBrowserPage();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    new LangflowClient({ baseUrl: "http://127.0.0.1:1", apiKey: KEY });
    expect(warn).toHaveBeenCalledTimes(1);
    const { logger, lines } = recordingLogger();
    new LangflowClient({ baseUrl: "http://127.0.0.1:1", apiKey: KEY, logger, logLevel: "debug" });
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);
  });

  it.each([
    ["dangerouslyAllowBrowser: true", { dangerouslyAllowBrowser: true }],
    ['logLevel: "off"', { logLevel: "off" as const }],
    ['logLevel: "error"', { logLevel: "error" as const }],
  ])("is silenced by %s", (_name, extra) => {
    pretendBrowserPage();
    const { logger, lines } = recordingLogger();
    new LangflowClient({ baseUrl: "http://127.0.0.1:1", apiKey: KEY, logger, ...extra });
    expect(lines).toEqual([]);
  });

  it("is not logged for a token, nor outside a browser page", () => {
    const { logger, lines } = recordingLogger();
    new LangflowClient({ baseUrl: "http://127.0.0.1:1", apiKey: KEY, logger }); // Node
    expect(isBrowserPage()).toBe(false);
    pretendBrowserPage();
    new LangflowClient({ baseUrl: "http://127.0.0.1:1", token: "a-short-lived-token", logger });
    expect(lines).toEqual([]);
  });

  it("refuses a dangerouslyAllowBrowser that is not a boolean", () => {
    expect(
      () => new LangflowClient({ apiKey: KEY, dangerouslyAllowBrowser: "yes" as unknown as boolean }),
    ).toThrow(LangflowConfigError);
  });
});
