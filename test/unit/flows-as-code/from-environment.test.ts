// LangflowClient.fromEnvironment: the Python SDK's langflow-environments.toml, its lookup order, and errors that
// name the file, the environment and the variable, never a key.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resolveEnvironment as browserStandIn } from "../../../src/flows-as-code/environments.browser";
import { LangflowClient, LangflowConfigError, LangflowEnvironmentError } from "../../../src/index";

const KEY = "sk-never-printed-0123456789";

let dir = "";
let cwd = "";
let home = "";

function write(path: string, text: string): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const table = (name: string, url: string, extra = "") => `[environments.${name}]\nurl = "${url}"\n${extra}\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lf-environments-"));
  cwd = join(dir, "project");
  home = join(dir, "home");
  mkdirSync(cwd);
  mkdirSync(home);
  vi.spyOn(process, "cwd").mockReturnValue(cwd);
  vi.stubEnv("HOME", home);
  vi.stubEnv("LANGFLOW_ENVIRONMENTS_FILE", "");
  vi.stubEnv("LF_TEST_KEY", KEY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The x-api-key a client sends, seen by a fetch that answers every request. */
async function sentKey(lf: LangflowClient): Promise<string | null> {
  return (await lf.version()) && lastKey;
}
let lastKey: string | null = null;
const fetchSpy = async (input: RequestInfo | URL, init?: RequestInit) => {
  lastKey = new Request(input, init).headers.get("x-api-key");
  return Response.json({ version: "1.13.0", main_version: "1.13.0", package: "Langflow" });
};

describe("LangflowClient.fromEnvironment", () => {
  it("uses the named environment: its url, and the key from the variable api_key_env names", async () => {
    write(
      join(cwd, "langflow-environments.toml"),
      table("staging", "https://staging.example.com/", 'api_key_env = "LF_TEST_KEY"') +
        table("production", "https://langflow.example.com"),
    );
    const lf = LangflowClient.fromEnvironment("staging", { fetch: fetchSpy });
    expect(lf.baseUrl).toBe("https://staging.example.com");
    expect(await sentKey(lf)).toBe(KEY);
  });

  it("without a name, uses [defaults] environment; a table without api_key_env sends no key", async () => {
    vi.stubEnv("LANGFLOW_API_KEY", "from-the-general-variable");
    write(
      join(cwd, "langflow-environments.toml"),
      `${table("local", "http://127.0.0.1:7860")}[defaults]\nenvironment = "local"\n`,
    );
    const lf = LangflowClient.fromEnvironment(undefined, { fetch: fetchSpy });
    expect(lf.baseUrl).toBe("http://127.0.0.1:7860");
    expect(await sentKey(lf)).toBeNull();
  });

  it("looks for the file as the Python SDK does: explicit, LANGFLOW_ENVIRONMENTS_FILE, ./, ~/.config/langflow/", () => {
    const explicit = write(join(dir, "explicit.toml"), table("e", "http://explicit"));
    const fromVariable = write(join(dir, "variable.toml"), table("e", "http://variable"));
    write(join(cwd, "langflow-environments.toml"), table("e", "http://cwd"));
    write(join(home, ".config/langflow/environments.toml"), table("e", "http://home"));
    vi.stubEnv("LANGFLOW_ENVIRONMENTS_FILE", fromVariable);
    expect(LangflowClient.fromEnvironment("e", { file: explicit }).baseUrl).toBe("http://explicit");
    expect(LangflowClient.fromEnvironment("e").baseUrl).toBe("http://variable");
    vi.stubEnv("LANGFLOW_ENVIRONMENTS_FILE", join(dir, "missing.toml")); // skipped, as in Python
    expect(LangflowClient.fromEnvironment("e").baseUrl).toBe("http://cwd");
    rmSync(join(cwd, "langflow-environments.toml"));
    expect(LangflowClient.fromEnvironment("e").baseUrl).toBe("http://home");
  });

  it("names the file, the environment and the variable when the variable is not set, without any key", () => {
    const file = write(
      join(cwd, "langflow-environments.toml"),
      table("prod", "https://x", 'api_key_env = "LF_UNSET"'),
    );
    const error = catchError(() => LangflowClient.fromEnvironment("prod"));
    expect(error).toBeInstanceOf(LangflowEnvironmentError);
    expect(error).toBeInstanceOf(LangflowConfigError);
    expect(error).toMatchObject({ file, environment: "prod", variable: "LF_UNSET" });
    expect(error.message).toContain(file);
    expect(error.message).toContain('"prod"');
    expect(error.message).toContain("LF_UNSET");
  });

  it("lists the defined environments for an unknown name, and says when the name came from [defaults]", () => {
    write(join(cwd, "langflow-environments.toml"), `${table("a", "http://a")}${table("b", "http://b")}`);
    expect(() => LangflowClient.fromEnvironment("c")).toThrow(
      /Environment "c" is not defined in .*\. Defined: a, b\./,
    );
    expect(() => LangflowClient.fromEnvironment()).toThrow(/no \[defaults\] environment/);
    write(
      join(cwd, "langflow-environments.toml"),
      `${table("a", "http://a")}[defaults]\nenvironment = "gone"\n`,
    );
    expect(() => LangflowClient.fromEnvironment()).toThrow(/"gone" \(named by \[defaults\] environment\)/);
  });

  it("says where it looked when there is no file, and refuses an explicit file that does not exist", () => {
    const none = catchError(() => LangflowClient.fromEnvironment("x"));
    expect(none.message).toContain(join(cwd, "langflow-environments.toml"));
    expect(none.message).toContain(join(home, ".config/langflow/environments.toml"));
    expect(none.message).toContain("[environments.staging]");
    expect(() => LangflowClient.fromEnvironment("x", { file: join(dir, "nope.toml") })).toThrow(
      new RegExp(`The environments file ${join(dir, "nope.toml")} does not exist`),
    );
  });

  it("reports invalid TOML with its position but not the lines around it (they may hold a key)", () => {
    const file = write(
      join(cwd, "langflow-environments.toml"),
      `[environments.a]\napi_key = "${KEY}"\nurl = = 1\n`,
    );
    const error = catchError(() => LangflowClient.fromEnvironment("a"));
    expect(error.message).toMatch(new RegExp(`Invalid TOML in ${file} \\(line 3, column \\d+\\)`));
    expect(error.message).not.toContain(KEY);
  });

  it("checks each table: a missing or malformed url names the environment", () => {
    write(join(cwd, "langflow-environments.toml"), '[environments.a]\napi_key_env = "X"\n');
    expect(() => LangflowClient.fromEnvironment("a")).toThrow(
      /Environment "a" in .* is missing the required "url"/,
    );
    write(join(cwd, "langflow-environments.toml"), table("a", "https://user:pw@host.example.com"));
    expect(() => LangflowClient.fromEnvironment("a")).toThrow(
      /Environment "a" in .* has url "https:\/\/\*\*\*:\*\*\*@/,
    );
    write(join(cwd, "langflow-environments.toml"), table("a", "langflow.example.com"));
    expect(() => LangflowClient.fromEnvironment("a")).toThrow(
      /Environment "a" in .* has url .* not an absolute URL/,
    );
    write(join(cwd, "langflow-environments.toml"), 'environments = "x"\n');
    expect(() => LangflowClient.fromEnvironment("a")).toThrow(/"environments" in .* must be a table/);
  });

  it("accepts a literal api_key as Python does, with a warning that never shows the key", async () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    write(join(cwd, "langflow-environments.toml"), table("a", "http://a", `api_key = "${KEY}"`));
    const lf = LangflowClient.fromEnvironment("a", { fetch: fetchSpy });
    expect(await sentKey(lf)).toBe(KEY);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/literal api_key/);
    expect(String(warn.mock.calls[0]?.[0])).not.toContain(KEY);
  });

  it("passes other client options on, and refuses baseUrl / apiKey (they come from the file)", () => {
    write(join(cwd, "langflow-environments.toml"), table("a", "http://a"));
    expect(LangflowClient.fromEnvironment("a", { timeout: 1234 }).transport.options.timeout).toBe(1234);
    // @ts-expect-error: baseUrl is not an option here
    expect(() => LangflowClient.fromEnvironment("a", { baseUrl: "http://b" })).toThrow(
      /"baseUrl" comes from/,
    );
    // @ts-expect-error: an unknown option is refused by the client options as usual
    expect(() => LangflowClient.fromEnvironment("a", { time_out: 1 })).toThrow(/Did you mean "timeout"/);
  });

  it("in browsers, says it reads a file and what to do instead", () => {
    expect(() => browserStandIn("a", {})).toThrow(LangflowConfigError);
    expect(() => browserStandIn("a", {})).toThrow(/new LangflowClient\(\{ baseUrl, token \}\)/);
  });
});

function catchError(fn: () => unknown): Error & Record<string, unknown> {
  try {
    fn();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error("expected an error");
}
