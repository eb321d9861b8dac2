// Starts the standalone mock through its CLI (`langflow-mock`, or `node .../dist/mock/cli.js`) and reads the URL
// and API key it prints, for the scripts that run something against the mock as a separate process.
import { type ChildProcess, spawn } from "node:child_process";

export interface MockCli {
  url: string;
  apiKey: string;
  child: ChildProcess;
  stop: () => void;
}

/**
 * Runs `command args... --port 0 --token-delay 5` (a free port; token-by-token streaming slow enough to arrive
 * in pieces) and resolves once the mock printed both its URL and its API key.
 */
export function startMockCli(command: string, args: string[], cwd: string): Promise<MockCli> {
  return new Promise((done, fail) => {
    const child = spawn(command, [...args, "--port", "0", "--token-delay", "5"], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => fail(new Error(`langflow-mock did not start:\n${out}`)), 15_000);
    const onExit = (code: number | null) => fail(new Error(`langflow-mock exited (${code}):\n${out}`));
    child.stderr.on("data", (d: Buffer) => process.stderr.write(d));
    child.stdout.on("data", (d: Buffer) => {
      out += d;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      // The CLI prints its key (random unless --api-key is given) once, in the export line.
      const apiKey = /LANGFLOW_API_KEY=(\S+)/.exec(out)?.[1];
      if (url && apiKey) {
        clearTimeout(timer);
        // Once started, an exit is the caller's business (usually its own stop()).
        child.off("exit", onExit);
        done({ url, apiKey, child, stop: () => child.kill("SIGTERM") });
      }
    });
    child.on("error", fail);
    child.on("exit", onExit);
  });
}
