// The referee for flows as code: the Python langflow_sdk installed in the pinned Langflow's venv
// (scripts/langflow-server installs it into $LANGFLOW_HOME/venv-<version>, LANGFLOW_HOME defaulting to the
// checkout's .langflow/), and that Langflow server when it runs. Without the venv the referee tests are skipped
// with a message, unless LANGFLOW_REFEREE=required (CI, after `scripts/langflow-server start`): then they fail.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");
const home = process.env.LANGFLOW_HOME ?? join(root, ".langflow");
const version = execFileSync("bash", [join(root, "scripts/langflow-server"), "version"], {
  encoding: "utf8",
}).trim();
const python = join(home, `venv-${version}`, "bin", "python");
/** Langflow's own CLI, from the same venv. */
export const lfx = join(home, `venv-${version}`, "bin", "lfx");

export const refereeRequired = process.env.LANGFLOW_REFEREE === "required";

/** Why the referee cannot run here, or undefined when it can. */
export const venvMissing: string | undefined = (() => {
  if (!existsSync(python)) {
    return `no Python venv at ${python} (run scripts/langflow-server start, or set LANGFLOW_HOME to where one is)`;
  }
  try {
    execFileSync(python, ["-c", "import langflow_sdk"], { stdio: "ignore" });
    return undefined;
  } catch {
    return `${python} cannot import langflow_sdk`;
  }
})();

/** Runs one job of test/referee/python_referee.py and returns its JSON answer. */
export function runPython<T>(job: Record<string, unknown>): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      python,
      [join(import.meta.dirname, "python_referee.py")],
      { maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`python_referee.py failed: ${error.message}\n${stderr}`));
        else resolvePromise(JSON.parse(stdout) as T);
      },
    );
    child.stdin?.end(JSON.stringify(job));
  });
}

export interface RealServer {
  url: string;
  apiKey: string;
}

/** The pinned Langflow when it answers (credentials from $LANGFLOW_HOME/credentials.env), else why not. */
export async function realServer(): Promise<RealServer | string> {
  const file = join(home, "credentials.env");
  if (!existsSync(file)) return `no ${file} (run scripts/langflow-server start)`;
  const values = Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => /^([A-Z_]+)=(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1], m[2]]),
  );
  const url = values.LANGFLOW_SERVER_URL;
  const apiKey = values.LANGFLOW_API_KEY;
  if (!url || !apiKey) return `${file} has no LANGFLOW_SERVER_URL / LANGFLOW_API_KEY`;
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
    if (!res.ok) return `${url}/health answered ${res.status}`;
  } catch {
    return `no Langflow answers at ${url}`;
  }
  return { url, apiKey };
}
