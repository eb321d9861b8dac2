// The langflow-mock CLI (run from source with tsx), as a user starts it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LangflowClient } from "../../../src/index";

const CLI = ["--import", "tsx", "mock/cli.ts"];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** Starts the CLI on a free port and resolves with its start banner, URL and printed key. */
async function start(args: string[]): Promise<{ banner: string; url: string; apiKey: string }> {
  const child = spawn(process.execPath, [...CLI, "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const banner = await new Promise<string>((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (d: Buffer) => {
      text += d;
      if (text.includes("export LANGFLOW_SERVER_URL")) resolve(text);
    });
    child.on("exit", (code) => reject(new Error(`exited ${code}`)));
  });
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] as string;
  const apiKey = /LANGFLOW_API_KEY=(\S+)/.exec(banner)?.[1] as string;
  return { banner, url, apiKey };
}

describe("langflow-mock", () => {
  it("--help prints the usage", () => {
    const out = spawnSync(process.execPath, [...CLI, "--help"], { encoding: "utf8" });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("Usage: langflow-mock");
    expect(out.stdout).toContain("--profile");
    expect(out.stdout).toContain("--cors-origin");
  }, 20_000);

  it("a bad option exits 2 with a message", () => {
    const out = spawnSync(process.execPath, [...CLI, "--profile", "2.0"], { encoding: "utf8" });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("--profile must be one of current, 1.11, 1.10, 1.9");
  }, 20_000);

  it("refuses a non-loopback --host without --api-key (the mock would be open to the network)", () => {
    const out = spawnSync(process.execPath, [...CLI, "--host", "0.0.0.0", "--port", "0"], {
      encoding: "utf8",
    });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("--host 0.0.0.0 makes the mock reachable from other machines");
    expect(out.stderr).toContain("--api-key");
  }, 20_000);

  it("starts, prints the URL and the given API key, loads the example flows and serves them", async () => {
    const { banner, url } = await start(["--api-key", "sk-cli-test", "--flows", "mock/flows"]);
    expect(banner).toContain("LANGFLOW_API_KEY=sk-cli-test");
    const flows = await (
      await fetch(`${url}/api/v1/flows/?header_flows=true`, { headers: { "x-api-key": "sk-cli-test" } })
    ).json();
    // 4 bundled examples + the 4 files of mock/flows loaded again (names made unique)
    expect(flows).toHaveLength(8);
    expect(flows.map((f: { endpoint_name: string }) => f.endpoint_name)).toContain("echo-chat-1");
  }, 20_000);

  it("without --api-key: a random key per start, printed once; the library's public test key is refused", async () => {
    const [a, b] = await Promise.all([start([]), start([])]);
    expect(a.apiKey).toMatch(/^sk-[\w-]{40,}$/);
    expect(a.apiKey).not.toBe(b.apiKey);
    expect(a.banner.split(a.apiKey)).toHaveLength(2); // once
    const lf = new LangflowClient({ baseUrl: a.url, apiKey: a.apiKey, maxRetries: 0 });
    expect((await lf.flows.listAll()).length).toBeGreaterThan(0);
    const guessed = new LangflowClient({ baseUrl: a.url, apiKey: "sk-langflow-mock", maxRetries: 0 });
    await expect(guessed.flows.listAll()).rejects.toMatchObject({ status: 403 });
  }, 20_000);

  it("--cors-origin adds a browser origin; others stay refused", async () => {
    const { url, apiKey } = await start(["--cors-origin", "https://app.example"]);
    const allowed = await fetch(`${url}/api/v1/version`, { headers: { origin: "https://app.example" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example");
    const other = await fetch(`${url}/api/v1/flows/`, {
      headers: { origin: "https://evil.example", "x-api-key": apiKey },
    });
    expect(other.status).toBe(403);
  }, 20_000);

  it("--flows prints one line per loaded flow; --script answers its stand-ins; --strict names unknown ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lf-mock-cli-"));
    copyFileSync("test/fixtures/starter-projects/Simple Agent.json", join(dir, "simple-agent.json"));
    const script = join(dir, "script.json");
    writeFileSync(
      script,
      JSON.stringify([{ component: "Agent", input: { regex: "weather", flags: "i" }, text: "Sunny" }]),
    );
    const child = spawn(
      process.execPath,
      [
        ...CLI,
        "--port",
        "0",
        "--api-key",
        "sk-cli-script",
        "--no-examples",
        "--flows",
        dir,
        "--script",
        script,
        "--strict",
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (d: Buffer) => {
          text += d;
          if (text.includes(" faithful")) resolve(text);
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      expect(banner).toMatch(
        /Simple Agent \(42bc8fd9-c282-498f-b5d6-4ffffffaca8f\): 2 faithful; stand-ins: URL \(URLComponent-Tjh8k\), Web Search \(UnifiedWebSearch-KZ8k6\); scripted: Agent \(Agent-EXpSZ\)/,
      );
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
      const run = await fetch(`${url}/api/v1/run/42bc8fd9-c282-498f-b5d6-4ffffffaca8f`, {
        method: "POST",
        headers: { "x-api-key": "sk-cli-script", "content-type": "application/json" },
        body: JSON.stringify({
          input_value: "Weather in Paris?",
          tweaks: { "Agent-EXpSZ": { model: [{ name: "gpt-4o-mini", provider: "OpenAI" }] } },
        }),
      });
      expect((await run.json()).outputs[0].outputs[0].results.message.text).toBe("Sunny");
    } finally {
      child.kill();
    }
  }, 20_000);

  it("a --script file that is not JSON rules exits 2 naming the file and the problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "lf-mock-cli-"));
    writeFileSync(join(dir, "bad.json"), JSON.stringify([{ component: "Agent" }]));
    const out = spawnSync(process.execPath, [...CLI, "--script", join(dir, "bad.json")], {
      encoding: "utf8",
    });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("A script rule needs an answer");
  });

  it("a busy port is one line on stderr and exit 1, without the usage", async () => {
    const { url } = await start([]);
    const port = new URL(url).port;
    const out = spawnSync(process.execPath, [...CLI, "--port", port], {
      encoding: "utf8",
    });
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
    expect(out.stderr).toContain(`EADDRINUSE`);
    expect(out.stderr).toContain("choose another with --port");
    expect(out.stderr).not.toContain("Usage");
  }, 20_000);

  it("started by npm (npx), it stops when npm is killed: the port is freed", async () => {
    // npx runs `npm exec` -> `sh -c` -> node; killing npm leaves the node process behind unless it watches.
    const launcher = spawn(
      process.execPath,
      [
        "-e",
        `const c = require("node:child_process").spawn(process.execPath, ${JSON.stringify([...CLI, "--port", "0"])}, { stdio: ["ignore", "inherit", "inherit"] });
         c.on("exit", (code) => process.exit(code ?? 1));`,
      ],
      { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, npm_command: "exec" } },
    );
    children.push(launcher);
    const banner = await new Promise<string>((resolve, reject) => {
      let text = "";
      launcher.stdout?.on("data", (d: Buffer) => {
        text += d;
        if (text.includes("export LANGFLOW_SERVER_URL")) resolve(text);
      });
      launcher.on("exit", (code) => reject(new Error(`exited ${code}`)));
    });
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] as string;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    launcher.kill("SIGKILL"); // as `kill -9 <npx pid>`: npm gets no chance to pass the signal on
    const reachable = async () =>
      fetch(`${url}/health`).then(
        () => true,
        () => false,
      );
    let up = true;
    for (const deadline = Date.now() + 10_000; up && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      up = await reachable();
    }
    expect(up).toBe(false);
  }, 30_000);
});
