// The real target: the pinned Langflow of scripts/langflow-server (installed on first use). A server that was
// already running is used and left running; one this run started is stopped again at the end.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "../lib/free-port";
import type { TargetEnv } from "./types";

function script(root: string, ...args: string[]): { ok: boolean; out: string } {
  try {
    const out = execFileSync("bash", [join(root, "scripts/langflow-server"), ...args], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    return { ok: true, out };
  } catch (error) {
    return { ok: false, out: String((error as { stdout?: string }).stdout ?? "") };
  }
}

/** KEY=value lines of .langflow/credentials.env (written by `scripts/langflow-server start`, mode 600). */
function credentials(root: string): Record<string, string> {
  const home = process.env.LANGFLOW_HOME ?? join(root, ".langflow");
  const out: Record<string, string> = {};
  for (const line of readFileSync(join(home, "credentials.env"), "utf8").split("\n")) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (m?.[1]) out[m[1]] = m[2] ?? "";
  }
  return out;
}

async function portAnswers(port: string): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export async function startRealTarget(root: string): Promise<TargetEnv> {
  const wasRunning = script(root, "status").ok;
  if (!wasRunning && (await portAnswers(process.env.LANGFLOW_PORT ?? "7860"))) {
    // Another checkout's server holds the port (e.g. a fresh clone on a machine that runs one already):
    // start this checkout's own server on a free port instead of touching that one.
    process.env.LANGFLOW_PORT = String(await freePort());
    console.log(
      `[contract] port taken by another server; this checkout's Langflow uses ${process.env.LANGFLOW_PORT}`,
    );
  }
  if (!wasRunning) {
    console.log(
      "[contract] starting the pinned Langflow (scripts/langflow-server start; installs on first use)",
    );
    if (!script(root, "start").ok)
      throw new Error("scripts/langflow-server start failed (see its output above)");
  }
  const creds = credentials(root);
  const version = script(root, "version").out.trim();
  const need = (k: string) => {
    const v = creds[k];
    if (!v)
      throw new Error(`.langflow/credentials.env has no ${k}; restart with scripts/langflow-server start`);
    return v;
  };
  return {
    env: {
      LANGFLOW_SERVER_URL: need("LANGFLOW_SERVER_URL"),
      LANGFLOW_API_KEY: need("LANGFLOW_API_KEY"),
      LANGFLOW_SUPERUSER: need("LANGFLOW_SUPERUSER"),
      LANGFLOW_SUPERUSER_PASSWORD: need("LANGFLOW_SUPERUSER_PASSWORD"),
    },
    description: `Langflow ${version} at ${creds.LANGFLOW_SERVER_URL}${wasRunning ? " (already running; left running)" : " (started by this run)"}`,
    stop: async () => {
      if (!wasRunning) script(root, "stop");
    },
  };
}
