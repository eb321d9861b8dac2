// Fetches Langflow's OpenAPI document and writes its v1 and v2 parts to spec/upstream/.
//
//   npm run fetch-specs                       from the running pinned server (scripts/langflow-server)
//   npm run fetch-specs -- --url URL          from another server's /openapi.json
//   npm run fetch-specs -- --v1 SRC --v2 SRC  SRC is a URL or a file (e.g. ../shared/langflow-specs/*.json)
//   npm run fetch-specs -- --out DIR          write somewhere else (used by `spec:check`)
//
// The output is deterministic (sorted keys, trailing newline), so fetching twice from the same server
// version changes nothing. The Langflow version is recorded in info.x-langflow-version.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isObject, type JsonObject, stableStringify } from "./lib/openapi";
import { pickGeneration } from "./lib/split-spec";

const ROOT = resolve(import.meta.dirname, "..");

function defaultServerUrl(): string {
  if (process.env.LANGFLOW_SERVER_URL) return process.env.LANGFLOW_SERVER_URL;
  return execFileSync(join(ROOT, "scripts/langflow-server"), ["url"], { encoding: "utf8" }).trim();
}

async function readSource(source: string): Promise<JsonObject> {
  let text: string;
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`GET ${source} answered ${response.status}`);
    text = await response.text();
  } else {
    text = readFileSync(source, "utf8");
  }
  const doc: unknown = JSON.parse(text);
  if (!isObject(doc) || !isObject(doc.paths)) throw new Error(`${source} is not an OpenAPI document`);
  return doc;
}

/** The server's own version when we can ask it; otherwise the document's info.version. */
async function langflowVersion(source: string, doc: JsonObject): Promise<string> {
  if (/^https?:\/\//.test(source)) {
    try {
      const response = await fetch(new URL("/api/v1/version", source));
      const body = (await response.json()) as { version?: string };
      if (body.version) return body.version;
    } catch {
      // fall through to info.version
    }
  }
  const info = isObject(doc.info) ? doc.info : {};
  return typeof info.version === "string" ? info.version : "unknown";
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      v1: { type: "string" },
      v2: { type: "string" },
      out: { type: "string" },
    },
  });
  const whole = values.url ?? (values.v1 || values.v2 ? undefined : `${defaultServerUrl()}/openapi.json`);
  const v1Source = values.v1 ?? whole;
  const v2Source = values.v2 ?? whole;
  if (!v1Source || !v2Source) throw new Error("give both --v1 and --v2, or --url, or neither");
  const outDir = resolve(values.out ?? join(ROOT, "spec/upstream"));
  mkdirSync(outDir, { recursive: true });

  for (const [generation, source] of [
    ["v1", v1Source],
    ["v2", v2Source],
  ] as const) {
    const doc = await readSource(source);
    const version = await langflowVersion(source, doc);
    const part = pickGeneration(doc, generation, version);
    const file = join(outDir, `langflow-${generation}.json`);
    writeFileSync(file, stableStringify(part));
    const count = Object.keys(part.paths as JsonObject).length;
    console.log(`${file}: ${count} paths from ${source} (Langflow ${version})`);
    if (count === 0) throw new Error(`${source} has no ${generation} paths`);
  }
}

main().catch((error: unknown) => {
  console.error(`fetch-specs: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
