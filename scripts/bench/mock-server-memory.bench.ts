// The standalone mock's memory under abuse (review attacks M7 and M14), measured on the `langflow-mock` CLI in its own
// process (the built dist/mock/cli.js, or mock/cli.ts through tsx), so the RSS figures are the server's alone:
//  - a 1 GiB file uploaded (multipart, chunked: no Content-Length to refuse it early) against the default limit
//    (1024 MB): the answer, and the server's RSS before, at its peak during the upload, and after;
//  - RSS after 5,000 and after 50,000 v2 sync runs (retention keeps finished jobs, runs and messages bounded).
// Figures only, no pass/fail: the tests assert behavior, the bench reports what it costs.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const API_KEY = "sk-bench-memory";
const MIB = 1024 * 1024;

interface Server {
  url: string;
  child: ChildProcess;
  how: string;
}

async function startCli(): Promise<Server> {
  const dist = resolve(ROOT, "dist/mock/cli.js");
  const [args, how] = existsSync(dist)
    ? [[dist], "dist/mock/cli.js"]
    : [["--import", "tsx", resolve(ROOT, "mock/cli.ts")], "mock/cli.ts via tsx (npm run build for dist)"];
  const child = spawn(process.execPath, [...args, "--port", "0", "--api-key", API_KEY], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) done(match[1]);
    });
    child.on("exit", (code) => fail(new Error(`langflow-mock exited (${code}):\n${out}`)));
  });
  return { url, child, how };
}

/** VmRSS and VmHWM (peak RSS) of a process, MB (Linux /proc). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** Streams a multipart upload of `fileBytes` (chunked), stopping when the answer arrives. */
function upload(url: string, fileBytes: number): Promise<{ status: number; detail: string; sentMb: number }> {
  const boundary = "bench-boundary";
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.bin"\r\n` +
      "content-type: application/octet-stream\r\n\r\n",
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const piece = Buffer.alloc(MIB, 0x61);
  return new Promise((done, fail) => {
    let sent = 0;
    let answered = false;
    const req = request(
      `${url}/api/v2/files`,
      {
        method: "POST",
        headers: {
          "x-api-key": API_KEY,
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "transfer-encoding": "chunked",
        },
      },
      (res) => {
        answered = true;
        let text = "";
        res.on("data", (d: Buffer) => {
          text += d;
        });
        res.on("end", () => {
          done({ status: res.statusCode ?? 0, detail: text, sentMb: sent / MIB });
          req.destroy();
        });
      },
    );
    req.on("error", (error) => {
      if (!answered) fail(error);
    });
    req.write(head);
    const write = (): void => {
      while (!answered && sent < fileBytes) {
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", write);
      }
      if (!answered) req.end(tail);
    };
    write();
  });
}

async function runs(url: string, flowId: string, from: number, to: number): Promise<void> {
  let next = from;
  const body = (i: number) =>
    JSON.stringify({ flow_id: flowId, input_value: `bench ${i}`, session_id: `s-${i % 50}` });
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < to) {
        const i = next++;
        const res = await fetch(`${url}/api/v2/workflows`, {
          method: "POST",
          headers: { "x-api-key": API_KEY, "content-type": "application/json" },
          body: body(i),
        });
        if (res.status !== 200) throw new Error(`run ${i}: HTTP ${res.status}`);
        await res.arrayBuffer();
      }
    }),
  );
}

async function main(): Promise<void> {
  if (!existsSync("/proc/self/status")) {
    console.log("mock server memory: needs Linux /proc to read the server's RSS; skipped");
    return;
  }
  let server = await startCli();
  const pid = server.child.pid as number;
  console.log(`mock server memory (the langflow-mock CLI in its own process: ${server.how}):`);
  try {
    const before = memory(pid);
    let peak = before.rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, memory(pid).rss);
    }, 50);
    const t0 = performance.now();
    const result = await upload(server.url, 1024 * MIB);
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const after = memory(pid);
    console.log(
      `  1 GiB upload, chunked, default limit 1024 MB: HTTP ${result.status} after ${result.sentMb.toFixed(0)} MiB sent, ${seconds.toFixed(1)} s`,
    );
    console.log(`    ${JSON.parse(result.detail).detail}`);
    console.log(
      `    server RSS: before ${before.rss.toFixed(0)} MB, peak ${Math.max(peak, after.peak - 0).toFixed(0)} MB (VmHWM ${after.peak.toFixed(0)} MB), after ${after.rss.toFixed(0)} MB`,
    );
  } finally {
    server.child.kill();
  }

  server = await startCli();
  try {
    const runPid = server.child.pid as number;
    const flows = (await (
      await fetch(`${server.url}/api/v1/flows/`, { headers: { "x-api-key": API_KEY } })
    ).json()) as {
      id: string;
      endpoint_name: string;
    }[];
    const flowId = flows.find((f) => f.endpoint_name === "prompt-chat")?.id as string;
    const marks: [number, number][] = [];
    const t0 = performance.now();
    let done = 0;
    for (const mark of [5_000, 20_000, 35_000, 50_000]) {
      await runs(server.url, flowId, done, mark);
      done = mark;
      marks.push([mark, memory(runPid).rss]);
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `  v2 sync runs (prompt-chat, 32 concurrent clients, ${(done / seconds).toFixed(0)} runs/s): server RSS ` +
        marks.map(([n, rss]) => `${n.toLocaleString("en")}: ${rss.toFixed(0)} MB`).join(", "),
    );
    const first = marks[0]?.[1] ?? 0;
    const last = marks.at(-1)?.[1] ?? 0;
    console.log(`    RSS after 50,000 runs - RSS after 5,000 runs: ${(last - first).toFixed(0)} MB`);
  } finally {
    server.child.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
