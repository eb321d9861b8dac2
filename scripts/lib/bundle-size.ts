// Bundle sizes of the SDK as a browser app gets it: each case is bundled the way an app's bundler would
// (esbuild, platform browser, ESM, minified, tree-shaken) and gzipped. Used by scripts/size.ts (CI) and
// scripts/bench/size.bench.ts. Budgets come from issue 8, with 5% slack.
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

const root = resolve(import.meta.dirname, "..", "..");
const SLACK = 1.05;
const KB = 1024;

interface Case {
  name: string;
  /** The app's entry: what it imports from the SDK. */
  code: (entry: string) => string;
  /** gzip bytes; undefined = reported only. */
  budget?: number;
}

const CASES: Case[] = [
  {
    name: 'everything exported from "."',
    code: (e) => `export * from ${JSON.stringify(e)};`,
    budget: 8 * KB,
  },
  {
    name: "WorkflowsClient alone",
    code: (e) => `export { WorkflowsClient } from ${JSON.stringify(e)};`,
    budget: 5 * KB,
  },
  { name: "LangflowClient alone", code: (e) => `export { LangflowClient } from ${JSON.stringify(e)};` },
  { name: "errors only (LangflowError)", code: (e) => `export { LangflowError } from ${JSON.stringify(e)};` },
];

export interface SizeResult {
  name: string;
  minified: number;
  gzip: number;
  budget: number | undefined;
  over: boolean;
  /** Minified bytes per input module, biggest first. */
  modules: [string, number][];
}

export async function measure(useDist: boolean): Promise<SizeResult[]> {
  const entry = useDist ? join(root, "dist", "index.js") : join(root, "src", "index.ts");
  if (!existsSync(entry))
    throw new Error(`${relative(root, entry)} is missing; run \`npm run build\` first.`);
  const results: SizeResult[] = [];
  for (const c of CASES) {
    const out = await build({
      stdin: { contents: c.code(entry), resolveDir: root, loader: "ts", sourcefile: "app.ts" },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      metafile: true,
      logLevel: "silent",
    });
    const code = out.outputFiles[0]?.contents ?? new Uint8Array();
    const gzip = gzipSync(code, { level: 9 }).length;
    results.push({
      name: c.name,
      minified: code.length,
      gzip,
      budget: c.budget,
      over: c.budget !== undefined && gzip > c.budget * SLACK,
      modules: modulesOf(out.metafile),
    });
  }
  return results;
}

function modulesOf(metafile: Metafile): [string, number][] {
  const output = Object.values(metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .map(([path, { bytesInOutput }]): [string, number] => [
      path.replace(/^.*node_modules\//, ""),
      bytesInOutput,
    ])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

export function report(results: SizeResult[], top = 8): string {
  const lines: string[] = [];
  for (const r of results) {
    const verdict =
      r.budget === undefined
        ? ""
        : `  budget ${kb(r.budget)} (+5%: ${kb(r.budget * SLACK)}) ${r.over ? "OVER" : "ok"}`;
    lines.push(
      `${r.name.padEnd(32)} ${kb(r.gzip).padStart(9)} gzip  ${kb(r.minified).padStart(9)} min${verdict}`,
    );
    for (const [path, bytes] of r.modules.slice(0, top)) {
      lines.push(
        `    ${kb(bytes).padStart(9)} min  ${((100 * bytes) / r.minified).toFixed(1).padStart(4)}%  ${path}`,
      );
    }
  }
  return lines.join("\n");
}
