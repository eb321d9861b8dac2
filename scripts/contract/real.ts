// The real target: one Langflow line of scripts/langflow-server (installed on first use). A server that was
// already running is used and left running; one this run started is stopped again at the end.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "../lib/free-port";
import type { LangflowLine } from "./lines";
import type { TargetEnv } from "./types";

/** scripts/langflow-server for one line; its log (stderr) goes straight to this run's output. */
function script(root: string, line: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const command = [join(root, "scripts/langflow-server"), ...args, "--version", line];
  const child = spawn("bash", command, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  return new Promise<{ ok: boolean; out: string }>((res) =>
    child.on("close", (code) => res({ ok: code === 0, out: out.trim() })),
  );
}

/** KEY=value lines of the line's credentials.env (written by `scripts/langflow-server start`, mode 600). */
function credentials(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of readFileSync(path, "utf8").split("\n")) {
    const m = /^([A-Z_]+)=(.*)$/.exec(row);
    if (m?.[1]) out[m[1]] = m[2] ?? "";
  }
  return out;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export async function startRealTarget(root: string, { line, base }: LangflowLine): Promise<TargetEnv> {
  // LANGFLOW_PORT is for one server; with several lines each takes its own port from the table.
  const env: NodeJS.ProcessEnv = { ...process.env, LANGFLOW_LINE: line };
  delete env.LANGFLOW_PORT;
  const wasRunning = (await script(root, line, env, "status")).ok;
  if (!wasRunning && (await answers((await script(root, line, env, "url")).out))) {
    // Another checkout's server holds the port (e.g. a fresh clone on a machine that runs one already):
    // start this checkout's own server on a free port instead of touching that one.
    env.LANGFLOW_PORT = String(await freePort());
    console.log(
      `[contract] port taken by another server; this checkout's Langflow ${line} uses ${env.LANGFLOW_PORT}`,
    );
  }
  if (!wasRunning) {
    console.log(
      `[contract] starting Langflow ${line} (scripts/langflow-server start; installs on first use)`,
    );
    if (!(await script(root, line, env, "start")).ok)
      throw new Error(`scripts/langflow-server start --version ${line} failed (see its output above)`);
  }
  const file = (await script(root, line, env, "credentials-file")).out;
  const creds = credentials(file);
  const need = (k: string) => {
    const v = creds[k];
    if (!v)
      throw new Error(`${file} has no ${k}; restart with scripts/langflow-server start --version ${line}`);
    return v;
  };
  return {
    env: {
      LANGFLOW_SERVER_URL: need("LANGFLOW_SERVER_URL"),
      LANGFLOW_API_KEY: need("LANGFLOW_API_KEY"),
      LANGFLOW_SUPERUSER: need("LANGFLOW_SUPERUSER"),
      LANGFLOW_SUPERUSER_PASSWORD: need("LANGFLOW_SUPERUSER_PASSWORD"),
    },
    description: `Langflow ${line} (langflow-base ${base}) at ${creds.LANGFLOW_SERVER_URL}${wasRunning ? " (already running; left running)" : " (started by this run)"}`,
    stop: async () => {
      if (!wasRunning) await script(root, line, env, "stop");
    },
  };
}
