// The langflow-mock CLI (run from source with tsx).
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const CLI = ["--import", "tsx", "mock/cli.ts"];

describe("langflow-mock", () => {
  it("--help prints the usage", () => {
    const out = spawnSync(process.execPath, [...CLI, "--help"], { encoding: "utf8" });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("Usage: langflow-mock");
    expect(out.stdout).toContain("--profile");
  });

  it("a bad option exits 2 with a message", () => {
    const out = spawnSync(process.execPath, [...CLI, "--profile", "2.0"], { encoding: "utf8" });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("--profile must be one of current, 1.11, 1.10, 1.9");
  });

  it("starts, prints the URL and the API key, loads the example flows and serves them", async () => {
    const child = spawn(
      process.execPath,
      [...CLI, "--port", "0", "--api-key", "sk-cli-test", "--flows", "mock/flows"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (d: Buffer) => {
          text += d;
          if (text.includes("export LANGFLOW_SERVER_URL")) resolve(text);
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      expect(banner).toContain("API key: sk-cli-test");
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
      const flows = await (
        await fetch(`${url}/api/v1/flows/?header_flows=true`, { headers: { "x-api-key": "sk-cli-test" } })
      ).json();
      // 4 bundled examples + the 4 files of mock/flows loaded again (names made unique)
      expect(flows).toHaveLength(8);
      expect(flows.map((f: { endpoint_name: string }) => f.endpoint_name)).toContain("echo-chat-1");
    } finally {
      child.kill();
    }
  }, 20_000);
});
