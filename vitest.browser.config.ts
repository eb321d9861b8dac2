// Browser tests: vitest browser mode, the playwright provider, and Debian's Chromium (`apt-get install -y chromium`).
// Playwright never downloads a browser here: it is pointed at the system binary (CHROMIUM_PATH overrides it).
// Project "browser" runs test/browser/**/*.browser.test.ts in Chromium; project "bundle" runs the Node-side checks of
// the browser bundle (test/browser/**/*.node.test.ts). `npm run test:browser` runs both; `npm test` runs neither.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { playwright } from "@vitest/browser-playwright";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { BROWSER_SOURCE_ALIASES } from "./scripts/lib/source-aliases";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// msw's service worker script, served at /mockServiceWorker.js straight from the installed msw, so it always matches
// the msw version (msw refuses a worker from another version) and no generated copy is committed.
function mswWorkerScript(): Plugin {
  const file = createRequire(import.meta.url).resolve("msw/mockServiceWorker.js");
  return {
    name: "msw-worker-script",
    configureServer(server) {
      server.middlewares.use("/mockServiceWorker.js", (_req, res) => {
        res.setHeader("content-type", "text/javascript");
        res.setHeader("cache-control", "no-store");
        res.end(readFileSync(file));
      });
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [mswWorkerScript()],
        resolve: { alias: BROWSER_SOURCE_ALIASES },
        test: {
          name: "browser",
          include: ["test/browser/**/*.browser.test.ts"],
          globalSetup: ["test/browser/global-setup.ts"],
          restoreMocks: true,
          // One file at a time: the msw service worker is registered per origin, shared by the files' iframes.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromium } }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
      {
        test: {
          name: "bundle",
          include: ["test/browser/**/*.node.test.ts"],
          environment: "node",
        },
      },
    ],
  },
});
