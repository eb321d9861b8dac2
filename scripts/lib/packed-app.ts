// The package as a user gets it: `npm pack` from the built dist/, and a fresh project that installs the tarball.
// Shared by the smoke tests (scripts/pack-smoke.ts, scripts/runtimes-smoke.ts). Dependencies of the temporary
// project come from the npm registry or the local npm cache.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..", "..");

/** Runs a command to completion; returns its stdout, lets its stderr through, throws on a non-zero exit. */
export function run(cmd: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  return execFileSync(cmd, args, {
    cwd,
    env: env ? { ...process.env, ...env } : undefined,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** Exits with a clear message when dist/ has not been built: packing without it would ship an empty package. */
export function requireBuiltDist(script: string): void {
  if (!existsSync(join(ROOT, "dist", "index.js")) || !existsSync(join(ROOT, "dist", "mock", "server.cjs"))) {
    console.error(`${script}: dist/ is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** `npm pack` of this repository into `dir`; prints one line about the tarball and returns its path. */
export function packInto(dir: string): string {
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], ROOT));
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes`);
  return join(dir, packed.filename);
}

/** An empty private project `dir/app` (package.json only), ready for `installInto`. */
export function createApp(dir: string): string {
  const app = join(dir, "app");
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "smoke-app", private: true }, null, 2));
  return app;
}

/** `npm install` of the given specs (a tarball path, `name@version`) into the project, without a lockfile. */
export function installInto(app: string, specs: string[]): void {
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", ...specs], app);
}
