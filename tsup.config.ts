import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  // openapi-fetch's CJS build sets `exports.default` with `__esModule`; esbuild's CJS interop for a
  // `"type": "module"` package ignores `__esModule` and breaks `createClient` at runtime, so we bundle it
  // (it is ~2.7 KB). See ../shared/reference/toolchain-notes.md §3.5.
  noExternal: ["openapi-fetch"],
});
