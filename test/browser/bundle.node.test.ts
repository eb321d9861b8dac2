// The browser bundle has no Node built-ins: esbuild bundles each browser entry for platform "browser", and every
// import that resolves to a Node built-in (`node:*` or a bare `fs`, `path`, ...) is recorded. The published files
// (dist/, after `npm run build`) are checked as well as the sources; a control entry shows the check can fail.
import { existsSync } from "node:fs";
import { builtinModules } from "node:module";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { BROWSER_SOURCE_ALIASES } from "../../scripts/lib/source-aliases";

const BUILTIN = new Set(builtinModules.filter((m) => !m.startsWith("_")));

/**
 * How an app's bundler resolves the Node-only `#langflow-environments`: the sources through the browser alias, the
 * published files through package.json "imports" (without the repo's tsconfig.json, whose `paths` name the Node file).
 */
function bundleResolution(entry: string) {
  return entry.startsWith("dist/") ? { tsconfigRaw: "{}" } : { alias: BROWSER_SOURCE_ALIASES };
}

/** Node built-in specifiers imported (statically or by a literal dynamic import) by the bundle of `entry`. */
async function nodeImports(entry: { path: string } | { contents: string }): Promise<string[]> {
  const found: string[] = [];
  await build({
    ...("path" in entry
      ? { entryPoints: [entry.path] }
      : { stdin: { contents: entry.contents, resolveDir: process.cwd(), loader: "ts" } }),
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    ...bundleResolution("path" in entry ? entry.path : ""),
    plugins: [
      {
        name: "record-node-builtins",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            const bare = args.path.replace(/^node:/, "").split("/")[0] ?? "";
            if (args.path.startsWith("node:") || BUILTIN.has(bare)) {
              found.push(args.path);
              return { path: args.path, external: true };
            }
            return undefined;
          });
        },
      },
    ],
  });
  return found;
}

const built =
  existsSync("dist/index.js") && existsSync("dist/flows-as-code.js") && existsSync("dist/mock/browser.js");

describe("browser bundle: no Node built-ins", () => {
  it("the check finds a node: import (control)", async () => {
    const found = await nodeImports({
      contents: 'import { readFile } from "node:fs/promises"; export { readFile };',
    });
    expect(found).toEqual(["node:fs/promises"]);
  });

  it.each([["src/index.ts"], ["src/flows-as-code/index.ts"], ["mock/browser.ts"]])(
    "sources: %s",
    async (path) => {
      expect(await nodeImports({ path })).toEqual([]);
    },
  );

  it.skipIf(!built).each([["dist/index.js"], ["dist/flows-as-code.js"], ["dist/mock/browser.js"]])(
    "published build (npm run build first): %s",
    async (path) => {
      expect(await nodeImports({ path })).toEqual([]);
    },
  );
});

/** The chunks of an app importing `entry` (code split as an app's bundler does), and which of them hold zod. */
async function chunks(entry: string): Promise<{ main: string; lazy: string[] }> {
  const out = await build({
    stdin: {
      contents: `export * from ${JSON.stringify(`./${entry}`)};`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    platform: "browser",
    format: "esm",
    splitting: true,
    outdir: "out",
    entryNames: "app",
    write: false,
    logLevel: "silent",
    metafile: true,
    ...bundleResolution(entry),
  });
  const inputsOf = (file: string) => Object.keys(out.metafile.outputs[file]?.inputs ?? {});
  const files = Object.keys(out.metafile.outputs).filter((f) => f.endsWith(".js"));
  const main = files.find((f) => f.endsWith("app.js")) ?? "";
  return { main: inputsOf(main).join("\n"), lazy: files.filter((f) => f !== main).flatMap(inputsOf) };
}

describe("browser bundle: zod only with validate: true", () => {
  it.each([["src/index.ts"], ...(built ? [["dist/index.js"]] : [])])(
    "%s: zod and the response schemas are in a chunk loaded on demand, not in the app's bundle",
    async (entry) => {
      const { main, lazy } = await chunks(entry);
      expect(main).not.toMatch(/node_modules\/zod\//);
      expect(main).toMatch(/src\/core\/transport\.ts|dist\/(index|chunk-[\w-]+)\.js/); // the SDK itself is there (dist: its shared chunk)
      expect(lazy.some((path) => /node_modules\/zod\//.test(path))).toBe(true);
    },
  );
});

describe("browser bundle: the Node-only environments module stays out", () => {
  it.each([["src/index.ts"], ...(built ? [["dist/index.js"]] : [])])(
    "%s: the browser stand-in is bundled, the TOML reader and smol-toml are not",
    async (entry) => {
      const { main, lazy } = await chunks(entry);
      const all = [main, ...lazy].join("\n");
      expect(all).toMatch(/environments\.browser\.(ts|js)/);
      expect(all).not.toMatch(/environments\.node|smol-toml/);
    },
  );
});
