// Vite builds the page as an app would be built: `langflow-sdk` resolves to the built package (dist/, through
// package.json "exports" self-reference). `npx vite build --config examples/browser/vite.config.ts`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  logLevel: "warn",
  build: { outDir: "dist", emptyOutDir: true },
});
