// Bundle sizes of the SDK as a browser app gets it: each case is bundled the way an app's bundler would
// (esbuild, platform browser, ESM, minified, tree-shaken) and gzipped. Used by scripts/size.ts (CI) and
// scripts/bench/size.bench.ts. Two limits per case: `budget` is issue 8's target (8 KB / 5 KB gzip), reported as
// met or NOT MET; `ceiling` is a regression guard that CI enforces (today's size + 5%). What loads with the import
// counts: the app's entry chunk and the chunks it imports statically; what is reached only through `import()` is
// reported beside it, "on demand": zod for `validate`, openapi-fetch for `lf.raw`, the messages of error answers,
// redirects, the 1.10 Workflow API body, human input, drift (`verify()`), and, since issue 13's size pass of
// 2026-12-03, the stream decoders (with the SSE parser), the v2 answer reader (run results, job snapshots, failed
// jobs) and the server version reader, each fetched while the request that needs it is in flight. On-demand modules
// import nothing of the eager SDK at run time (they get it in a kit), so no chunk is shared with the eager code.
// Issue 13's targets (19 KB for ".", 12 KB for WorkflowsClient) are met; issue 8's are not: options + transport +
// errors alone are 6.4 KB gzip, so no feature-complete client fits in 5 KB (measured with parts stubbed out; see the
// issue 8 note). The last case is a reference, not the SDK: a bare WorkflowsClient without the guarantees of issues
// 3 and 5 (scripts/bench/bare-workflows-client.ts).
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type OutputFile } from "esbuild";
import { BROWSER_SOURCE_ALIASES } from "./source-aliases";

const root = resolve(import.meta.dirname, "..", "..");
const SLACK = 1.05;
const KB = 1024;

interface Case {
  name: string;
  /** The app's entry: what it imports from the SDK. */
  code: (entry: string) => string;
  /** Issue 8's target, gzip bytes (+5% slack); reported, not enforced. */
  budget?: number;
  /** Regression guard, gzip bytes (enforced by `--check`): must not be crossed. */
  ceiling?: number;
}

const CASES: Case[] = [
  {
    name: 'everything exported from "."',
    code: (e) => `export * from ${JSON.stringify(e)};`,
    budget: 8 * KB,
    // Issue 13's cap is 19 KB. 24.11 KB on 2026-12-03 before the size pass; then normalizeFlow moved to
    // langflow-sdk/flows-as-code (-2.55), the stream decoders (-1.91) and the v2 answer reader (-0.85) load on
    // demand, and the 1.10 context (-0.05) and the server version reader (-0.10) followed: 18.65 KB (dist 18.64).
    ceiling: 18.65 * KB * SLACK,
  },
  {
    name: "WorkflowsClient alone",
    code: (e) => `export { WorkflowsClient } from ${JSON.stringify(e)};`,
    budget: 5 * KB,
    // Issue 13's cap is 12 KB. 13.95 KB before the size pass; the stream decoders (-1.05), the v2 answer reader
    // (-0.89), the 1.10 context (-0.05) and the server version reader (-0.09): 11.87 KB (dist 11.93).
    ceiling: 11.93 * KB * SLACK,
  },
  {
    name: "LangflowClient alone",
    code: (e) => `export { LangflowClient } from ${JSON.stringify(e)};`,
    // 21.04 KB before the size pass (17.61 KB when issue 13 landed); 18.15 KB after it (dist 18.13).
    ceiling: 18.15 * KB * SLACK,
  },
  { name: "errors only (LangflowError)", code: (e) => `export { LangflowError } from ${JSON.stringify(e)};` },
  {
    // Not the SDK: the floor under the 5 KB target (see the file's header for all it leaves out).
    name: "reference: bare WorkflowsClient",
    code: () =>
      `export { WorkflowsClient } from ${JSON.stringify(join(root, "scripts/bench/bare-workflows-client.ts"))};`,
  },
];

export interface SizeResult {
  name: string;
  minified: number;
  gzip: number;
  budget: number | undefined;
  /** Over the issue's target (+5%). */
  over: boolean;
  ceiling: number | undefined;
  /** Over the regression guard: the bundle grew. */
  grew: boolean;
  /** Chunks loaded later through `import()` (gzip, summed): not part of `gzip`. */
  lazyGzip: number;
  /** The same, by what loads them (e.g. "validate (zod)"), biggest first. */
  lazy: { what: string; gzip: number }[];
  /** Per input module, biggest first: minified bytes, and about how many gzip bytes it adds to the bundle. */
  modules: { path: string; minified: number; gzipCost: number }[];
}

export async function measure(useDist: boolean): Promise<SizeResult[]> {
  const entry = useDist ? join(root, "dist", "index.js") : join(root, "src", "index.ts");
  if (!existsSync(entry))
    throw new Error(`${relative(root, entry)} is missing; run \`npm run build\` first.`);
  const results: SizeResult[] = [];
  for (const c of CASES) {
    const options = {
      stdin: { contents: c.code(entry), resolveDir: root, loader: "ts", sourcefile: "app.ts" },
      absWorkingDir: root,
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      metafile: true,
      logLevel: "silent",
      // Code split like an app's bundler: what is only reached through `import()` (zod and the response schemas,
      // loaded when `validate: true`; the SSE parser, on the first SSE stream; openapi-fetch, on the first `lf.raw`
      // call) lands in chunks of its own, fetched only when used.
      splitting: true,
      outdir: join(root, "size-out"),
      entryNames: "app",
      // The sources' Node-only import, as a browser app gets it. dist/ resolves it through package.json as an app
      // does, without the repo's tsconfig.json (its `paths` point the import at the Node sources).
      ...(useDist ? { tsconfigRaw: "{}" } : { alias: BROWSER_SOURCE_ALIASES }),
    } as const;
    const out = await build({ ...options, minify: true });
    const eager = eagerChunks(out.metafile, out.outputFiles);
    const lazy = lazyChunks(out.metafile, out.outputFiles);
    // What loads with the import: the entry chunk and the chunks it imports statically (code it shares with a lazy
    // chunk, e.g. the error classes that validation also uses, is split into such a chunk), each fetched as a file.
    const minified = eager.reduce((sum, file) => sum + file.contents.length, 0);
    const gzip = eager.reduce((sum, file) => sum + gzip9(file.contents), 0);
    // The same bundle with line breaks and one `// path` comment per module, to tell what each module costs.
    const readable = await build({ ...options, minifySyntax: true, minifyIdentifiers: true });
    const readableEager = eagerChunks(readable.metafile, readable.outputFiles);
    const costs = gzipCosts(readableEager.map((file) => file.text).join("\n"), gzip);
    results.push({
      name: c.name,
      minified,
      gzip,
      lazyGzip: lazy.reduce((sum, chunk) => sum + chunk.gzip, 0),
      lazy,
      budget: c.budget,
      over: c.budget !== undefined && gzip > c.budget * SLACK,
      ceiling: c.ceiling,
      grew: c.ceiling !== undefined && gzip > c.ceiling,
      modules: modulesOf(out.metafile, eager, costs),
    });
  }
  return results;
}

const gzip9 = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

/** The entry chunk and every chunk it imports statically (transitively): what loads with the app. */
function eagerChunks(metafile: Metafile, files: OutputFile[]): OutputFile[] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => /(^|\/)app\.js$/.test(path));
  const seen = new Set<string>(entry ? [entry] : []);
  for (const path of seen) {
    for (const dep of outputs[path]?.imports ?? [])
      if (dep.kind === "import-statement" && !dep.external) seen.add(dep.path);
  }
  return files.filter((f) => [...seen].some((path) => f.path.endsWith(path.replace(/^.*\//, "/"))));
}

/**
 * What a lazily loaded chunk is for, from a text it holds (its modules' names are lost once bundled into dist/, so
 * the text is what both the source and the dist measurements can read).
 */
const LAZY_LABELS: [RegExp, string][] = [
  [/checked against|ZodError|_zod/, "validate (zod)"],
  [/querySerializer/, "lf.raw (openapi-fetch)"],
  [/Malformed stream event/, "stream decoders + SSE parser"],
  [/createParser|retry|onEvent/, "SSE parser"],
  [/answered an HTML page/, "error messages"],
  [/was re-created as|was removed\./, "verify() (drift)"],
  [/speaks the 1\.10 Workflow API/, "1.10 Workflow API"],
  [/completed but the server sent no result/, "v2 answers"],
  [/flows are named/, "v2 flow lookup"],
  [/allowed are|node_input/, "human input"],
  [/langflow-base/, "server version"],
  [/was redirected/, "redirects"],
];

/**
 * The chunks the app's entry chunk loads through `import()`, each with the chunks those import in turn, by what they
 * are for. esbuild emits a dynamic import's chunk even when tree-shaking dropped the import, so only the chunks the
 * entry really imports count.
 */
function lazyChunks(metafile: Metafile, files: OutputFile[]): { what: string; gzip: number }[] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => /(^|\/)app\.js$/.test(path));
  const eager = new Set<string>();
  const walk = (path: string, into: Set<string>, kinds: string[]) => {
    for (const dep of outputs[path]?.imports ?? []) {
      if (!kinds.includes(dep.kind) || into.has(dep.path) || eager.has(dep.path) || dep.external) continue;
      into.add(dep.path);
      walk(dep.path, into, ["import-statement", "dynamic-import"]);
    }
  };
  if (!entry) return [];
  walk(entry, eager, ["import-statement"]);
  const groups = new Map<string, number>();
  for (const dep of outputs[entry]?.imports ?? []) {
    if (dep.kind !== "dynamic-import") continue;
    const chunks = new Set([dep.path]);
    walk(dep.path, chunks, ["import-statement", "dynamic-import"]);
    const texts: string[] = [];
    let gzip = 0;
    for (const chunk of chunks) {
      const file = files.find((f) => f.path.endsWith(chunk.replace(/^.*\//, "/")));
      if (!file) continue;
      texts.push(file.text);
      gzip += gzip9(file.contents);
    }
    const what = LAZY_LABELS.find(([pattern]) => texts.some((t) => pattern.test(t)))?.[1] ?? "other";
    groups.set(what, Math.max(groups.get(what) ?? 0, gzip));
  }
  return [...groups].map(([what, gzip]) => ({ what, gzip })).sort((a, b) => b.gzip - a.gzip);
}

/**
 * About how many gzip bytes each module adds: gzip(bundle) - gzip(bundle without that module), on the bundle
 * split at esbuild's per-module `// path` comments (comments and indentation dropped), scaled so the figures are
 * in the units of the real minified bundle. gzip shares strings across modules, so the costs do not add up to
 * the total exactly.
 */
function gzipCosts(text: string, realGzip: number): Map<string, number> {
  const strip = (s: string) =>
    s
      .replace(/^\s*\/\/.*$/gm, "")
      .replace(/\/\*\*[\s\S]*?\*\//g, "")
      .replace(/^\s+/gm, "");
  const parts = text.split(/^(?=\/\/ (?:src|mock|dist|scripts|node_modules)\/\S+$)/m);
  const whole = gzip9(strip(text));
  const costs = new Map<string, number>();
  for (const [i, part] of parts.entries()) {
    const path = /^\/\/ (\S+)/.exec(part)?.[1];
    if (!path) continue;
    const without = gzip9(strip(parts.filter((_, j) => j !== i).join("")));
    costs.set(path, Math.round(((whole - without) * realGzip) / whole));
  }
  return costs;
}

function modulesOf(
  metafile: Metafile,
  eager: OutputFile[],
  costs: Map<string, number>,
): SizeResult["modules"] {
  const outputs = Object.entries(metafile.outputs).filter(([path]) =>
    eager.some((file) => file.path.endsWith(path.replace(/^.*\//, "/"))),
  );
  return outputs
    .flatMap(([, output]) => Object.entries(output.inputs))
    .map(([path, { bytesInOutput }]) => ({
      path: path.replace(/^.*node_modules\//, ""),
      minified: bytesInOutput,
      gzipCost: costs.get(path) ?? 0,
    }))
    .filter((m) => m.minified > 0)
    .sort((a, b) => b.gzipCost - a.gzipCost || b.minified - a.minified);
}

/** The SDK's folders (and its dependencies) with the summed gzip cost of their modules, biggest first. */
function byArea(modules: SizeResult["modules"]): string {
  const areas = new Map<string, number>();
  for (const m of modules) {
    // Dependencies' paths were cut to the package name (modulesOf), so only the SDK's own start with a folder.
    const area = /^(src|scripts)\//.test(m.path)
      ? (/^(src|scripts)\/[^/]+\//.exec(m.path)?.[0] ?? `${m.path.split("/")[0]}/*.ts`)
      : "dependencies";
    areas.set(area, (areas.get(area) ?? 0) + m.gzipCost);
  }
  return [...areas]
    .sort((a, b) => b[1] - a[1])
    .map(([area, bytes]) => `${area} ${kb(bytes)}`)
    .join(", ");
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

export function report(results: SizeResult[], top = 8): string {
  const lines: string[] = [];
  for (const r of results) {
    const target =
      r.budget === undefined
        ? ""
        : `  target ${kb(r.budget)} (+5%: ${kb(r.budget * SLACK)}) ${r.over ? "NOT MET" : "met"}`;
    const guard = r.ceiling === undefined ? "" : `  ceiling ${kb(r.ceiling)} ${r.grew ? "CROSSED" : "ok"}`;
    const lazy =
      r.lazy.length > 0
        ? `  (+ on demand, gzip: ${r.lazy.map((l) => `${l.what} ${kb(l.gzip)}`).join(", ")})`
        : "";
    const verdict = target + guard + lazy;
    lines.push(
      `${r.name.padEnd(32)} ${kb(r.gzip).padStart(9)} gzip  ${kb(r.minified).padStart(9)} min${verdict}`,
    );
    if (r.modules.length < 2) continue;
    lines.push(`    by area: ${byArea(r.modules)}`);
    lines.push(`    ${"~gzip cost".padStart(10)} ${"min".padStart(9)}  module (${r.modules.length} modules)`);
    for (const m of r.modules.slice(0, process.env.SIZE_TOP ? 99 : top)) {
      lines.push(`    ${kb(m.gzipCost).padStart(10)} ${kb(m.minified).padStart(9)}  ${m.path}`);
    }
  }
  return lines.join("\n");
}
