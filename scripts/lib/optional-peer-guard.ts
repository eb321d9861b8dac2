// A tsup (esbuild) plugin for the Node-only mock entries (`langflow-sdk/mock/node`, `/mock/server`): msw is an
// optional peer dependency, and without it Node's own error ("Cannot find package 'msw' imported from
// …/dist/mock/node.js") does not say what to do. An ES module cannot catch a missing static import (the whole graph
// is linked before any of it runs), so the published entry becomes a small guard that loads the real module (built
// as its own entry, e.g. dist/mock/node-impl.js) with a dynamic import (ESM; top-level await is fine in these
// Node-only entries) or require (CJS), and turns "msw is not installed" into "npm install -D msw". The types are
// built from the real source as usual. The browser-reachable entries (`/mock`, `/mock/browser`) are not guarded.
import { relative, resolve } from "node:path";
import type { Plugin } from "esbuild";

export interface GuardedEntry {
  /** The public entry's source file (e.g. "mock/node.ts"), loaded normally when anything else imports it. */
  file: string;
  /** The implementation's output name beside the entry (e.g. "node-impl", built from a file re-exporting `file`). */
  implementation: string;
  /** The public specifier named in the message (e.g. "langflow-sdk/mock/node"). */
  specifier: string;
  /** The entry's value exports. */
  exports: string[];
}

const NS = "optional-peer-guard";

export function optionalPeerGuard(peer: string, entries: GuardedEntry[]): Plugin {
  return {
    name: NS,
    setup(build) {
      // tsup builds split CJS as ESM and converts it afterwards: the output extension tells the two apart.
      const cjs =
        build.initialOptions.outExtension?.[".js"] === ".cjs" || build.initialOptions.format === "cjs";
      // Keyed by the path relative to the project: the guard's path shows in the output's comments.
      const byPath = new Map(entries.map((e) => [e.file, e]));
      build.onResolve({ filter: /\.ts$/ }, (args) => {
        const file = relative(process.cwd(), resolve(args.resolveDir, args.path));
        if (args.kind !== "entry-point" || !byPath.has(file)) return undefined;
        return { path: file, namespace: NS };
      });
      build.onResolve({ filter: /^\.\/[\w-]+-impl\.c?js$/ }, (args) =>
        args.namespace === NS ? { path: args.path, external: true } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: NS }, (args) => {
        const entry = byPath.get(args.path) as GuardedEntry;
        const real = JSON.stringify(`./${entry.implementation}.${cjs ? "cjs" : "js"}`);
        const message = `${entry.specifier} needs ${peer}, which is not installed. Install it: npm install -D ${peer}`;
        // CJS: a require relative to this file (esbuild's own require shim lives in a chunk one folder up).
        const load = cjs ? `createRequire(__filename)(${real})` : `await import(${real})`;
        return {
          contents: `${cjs ? 'import { createRequire } from "node:module";\n' : ""}let mod;
try {
  mod = ${load};
} catch (error) {
  const code = error && error.code;
  const missing = (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && /['"]${peer}['"/]/.test(String(error.message));
  throw missing ? new Error(${JSON.stringify(message)}, { cause: error }) : error;
}
export const { ${entry.exports.join(", ")} } = mod;
`,
          loader: "js",
          resolveDir: resolve(args.path, ".."),
        };
      });
    },
  };
}
