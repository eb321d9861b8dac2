// The langflow-sdk CLI end to end, as a user runs it (from source through tsx), against the mock's own CLI
// (langflow-mock, a separate process): every command, its exit code, and its output when piped (no terminal).
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFlow } from "../../scenarios/support/flows";

const run = promisify(execFile);
const TSX = ["--import", "tsx"];
let mock: ChildProcess | undefined;
let url = "";
const KEY = "sk-cli-e2e";
const dir = mkdtempSync(join(tmpdir(), "lf-cli-"));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `langflow-sdk ...args` with piped output; LANGFLOW_SERVER_URL / LANGFLOW_API_KEY point at the mock. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...TSX, "src/cli/main.ts", ...args], {
      env: { ...process.env, LANGFLOW_SERVER_URL: url, LANGFLOW_API_KEY: KEY, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  mock = spawn(process.execPath, [...TSX, "mock/cli.ts", "--port", "0", "--api-key", KEY], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const banner = await new Promise<string>((resolve, reject) => {
    let text = "";
    mock?.stdout?.on("data", (d: Buffer) => {
      text += d;
      if (text.includes("export LANGFLOW_SERVER_URL")) resolve(text);
    });
    mock?.on("exit", (code) => reject(new Error(`langflow-mock exited ${code}`)));
  });
  url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] as string;
}, 30_000);

afterAll(() => mock?.kill());

describe("langflow-sdk", { timeout: 60_000 }, () => {
  it("--help lists the commands, the connection and the exit codes; a bad command or option exits 2", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    for (const word of ["pull", "push", "run", "jobs", "envs", "--env NAME", "Exit codes:", "130"])
      expect(help.stdout).toContain(word);
    const unknown = await cli(["deploy"]);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining("unknown command 'deploy'")]);
    const option = await cli(["run", "echo-chat", "hi", "--jsn"]);
    expect([option.code, option.stderr]).toEqual([2, expect.stringContaining("unknown option '--jsn'")]);
    const both = await cli(["pull", "00000000-0000-4000-8000-000000000000", "--project", "x"]);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining("not both")]);
  });

  it("run prints the streamed tokens (model-chat), the final text of a flow without token events (echo-chat); --json the raw result", async () => {
    const text = await cli(["run", "echo-chat", "hello from the CLI"]);
    expect([text.code, text.stdout]).toEqual([0, "hello from the CLI\n"]);
    const model = await cli(["run", "model-chat", "stream me"]);
    expect([model.code, model.stdout]).toEqual([0, "You said: stream me\n"]);
    const json = await cli(["run", "echo-chat", "as json", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).outputs[0].outputs[0].results.message.text).toBe("as json");
  });

  it("exit codes: 5 not found, 4 refused key, 3 unreachable; the message on stderr names the problem", async () => {
    const missing = await cli(["run", "no-such-flow", "x"]);
    expect([missing.code, missing.stdout]).toEqual([5, ""]);
    expect(missing.stderr).toMatch(/^error: 404 .*no-such-flow/);
    const refused = await cli(["run", "echo-chat", "x", "--api-key", "wrong"]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).not.toContain("wrong");
    const down = await cli(["run", "echo-chat", "x", "--url", "http://127.0.0.1:9"]);
    expect([down.code, down.stderr]).toEqual([3, expect.stringContaining("Could not reach Langflow")]);
  });

  it("jobs: submit prints the id, status, wait (line-based when piped) prints the answer, stop", async () => {
    const flows = (await (
      await fetch(`${url}/api/v1/flows/?get_all=true`, { headers: { "x-api-key": KEY } })
    ).json()) as { id: string; endpoint_name: string }[];
    const flowId = flows.find((f) => f.endpoint_name === "echo-chat")?.id as string;
    const submitted = await cli(["jobs", "submit", flowId, "in the background"]);
    expect(submitted.code).toBe(0);
    const jobId = submitted.stdout.trim();
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    const waited = await cli(["jobs", "wait", jobId]);
    expect([waited.code, waited.stdout]).toEqual([0, "in the background\n"]);
    // Piped: plain lines, no carriage return or terminal escape.
    expect(waited.stderr).toMatch(new RegExp(`^job ${jobId}: completed \\(\\d+ s\\)\\n$`));
    expect((await cli(["jobs", "status", jobId])).stdout).toBe("completed\n");
    const stopped = await cli(["jobs", "stop", jobId]);
    expect([stopped.code, stopped.stdout]).toEqual([0, expect.stringContaining("already finished")]);
    expect((await cli(["jobs", "status", "00000000-0000-4000-8000-000000000000"])).code).toBe(5);
  });

  it("pull a project, change a prompt, push (dry run first), run the change; unchanged files send nothing", async () => {
    const projects = (await (
      await fetch(`${url}/api/v1/projects/`, { headers: { "x-api-key": KEY } })
    ).json()) as { id: string }[];
    const out = join(dir, "flows");
    const pulled = await cli(["pull", "--project", projects[0]?.id as string, "--output-dir", out]);
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toMatch(/^created\t.*\/Prompt_chat\.json\tPrompt chat\t[0-9a-f-]{36}$/m);
    const unchanged = await cli(["push", out]);
    expect(
      unchanged.stdout
        .split("\n")
        .filter(Boolean)
        .every((l) => l.startsWith("unchanged\t")),
    ).toBe(true);
    expect(unchanged.stderr).toBe("4 unchanged\n");
    const file = join(out, "Prompt_chat.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("You asked: {question}", "From git: {question}"));
    const dry = await cli(["push", file, "--dry-run"]);
    expect([dry.code, dry.stdout.split("\t")[0], dry.stderr]).toEqual([
      0,
      "would be updated",
      "1 updated (dry run: nothing sent)\n",
    ]);
    expect((await cli(["run", "prompt-chat", "x"])).stdout).toBe("You asked: x\n");
    expect((await cli(["push", file])).stdout.split("\t")[0]).toBe("updated");
    expect((await cli(["run", "prompt-chat", "x"])).stdout).toBe("From git: x\n");
    const again = await cli(["pull", "--project", projects[0]?.id as string, "--output-dir", out]);
    expect(
      again.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => l.split("\t")[0]),
    ).toEqual(Array(4).fill("unchanged"));
    const single = await cli(["pull", pulled.stdout.match(/Prompt chat\t(\S+)/)?.[1] as string]);
    expect(single.stdout).toBe(readFileSync(file, "utf8"));
    const bad = await cli(["push", join(dir, "missing.json")]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("Cannot read the flow file")]);
  });

  it("pull without a flow or project writes every flow of the environment (as lfx pull); --project takes a name; an unknown name exits 5", async () => {
    const projects = (await (
      await fetch(`${url}/api/v1/projects/`, { headers: { "x-api-key": KEY } })
    ).json()) as { id: string; name: string }[];
    const all = join(dir, "all-flows");
    const everything = await cli(["pull", "--output-dir", all]);
    expect(everything.code).toBe(0);
    const lines = everything.stdout.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.every((l) => /^created\t.*\/all-flows\/[^/]+\.json\t.+\t[0-9a-f-]{36}$/.test(l))).toBe(true);
    expect(everything.stdout).toMatch(/\/Prompt_chat\.json\tPrompt chat\t/);
    const named = join(dir, "by-name");
    const byName = await cli(["pull", "--project", projects[0]?.name as string, "--output-dir", named]);
    expect(byName.code).toBe(0);
    expect(readFileSync(join(named, "Prompt_chat.json"), "utf8")).toBe(
      readFileSync(join(all, "Prompt_chat.json"), "utf8"),
    );
    const unknown = await cli(["pull", "--project", "No such project", "--output-dir", named]);
    expect([unknown.code, unknown.stdout]).toEqual([5, ""]);
    expect(unknown.stderr).toContain(
      `no project named "No such project". Projects: ${JSON.stringify(projects[0]?.name)}`,
    );
  });

  it("envs lists the environments (never a key); --env picks one, and an unset key variable is a usage error", async () => {
    const file = join(dir, "environments.toml");
    writeFileSync(
      file,
      `[environments.local]\nurl = "${url}"\napi_key_env = "LF_E2E_KEY"\n\n[defaults]\nenvironment = "local"\n`,
    );
    const listed = await cli(["envs", "--environments-file", file], { LF_E2E_KEY: KEY });
    expect([listed.code, listed.stdout]).toEqual([0, `local\t${url}\t$LF_E2E_KEY\tdefault\n`]);
    expect(listed.stdout + listed.stderr).not.toContain(KEY);
    const viaEnv = await cli(["run", "echo-chat", "via env", "--env", "local", "--environments-file", file], {
      LF_E2E_KEY: KEY,
      LANGFLOW_API_KEY: "",
    });
    expect([viaEnv.code, viaEnv.stdout]).toEqual([0, "via env\n"]);
    const unset = await cli(["run", "echo-chat", "x", "--env", "local", "--environments-file", file]);
    expect([unset.code, unset.stderr]).toEqual([2, expect.stringContaining("LF_E2E_KEY, which is not set")]);
  });
  it("types writes the module from flow files or the server; --check exits 1 when a flow changed, 0 after regenerating", async () => {
    const flowsDir = mkdtempSync(join(tmpdir(), "lf-cli-types-"));
    const flowFile = join(flowsDir, "echo-chat.json");
    writeFileSync(flowFile, JSON.stringify(exampleFlow("echo-chat")));
    const out = join(flowsDir, "generated", "flows.ts");
    const written = await cli(["types", flowsDir, "-o", out]);
    expect([written.code, written.stdout]).toEqual([0, `${out} written (1 flow).\n`]);
    expect(readFileSync(out, "utf8")).toContain("GeneratedFlow<");
    expect((await cli(["types", flowsDir, "-o", out, "--check"])).code).toBe(0);
    const changed = exampleFlow("echo-chat") as unknown as { name: string };
    changed.name = "Echo, renamed";
    writeFileSync(flowFile, JSON.stringify(changed));
    const stale = await cli(["types", flowsDir, "-o", out, "--check"]);
    expect([stale.code, stale.stderr]).toEqual([1, expect.stringMatching(/^error: .*flows\.ts/)]);
    expect((await cli(["types", flowsDir, "-o", out])).code).toBe(0);
    expect((await cli(["types", flowsDir, "-o", out, "--check"])).code).toBe(0);
    // From the server (LANGFLOW_SERVER_URL: the mock's flows); files and --url together are a usage error.
    const fromServer = join(flowsDir, "server.ts");
    const server = await cli(["types", "-o", fromServer]);
    expect(server.code).toBe(0);
    expect(readFileSync(fromServer, "utf8")).toContain(url);
    expect((await cli(["types", flowsDir, "-o", out, "--url", url])).code).toBe(2);
  });
});
