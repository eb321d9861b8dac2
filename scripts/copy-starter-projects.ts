// Copies the starter projects of the pinned Langflow (the flows a user starts from and exports) from its venv into
// test/fixtures/starter-projects/, with Langflow's MIT notice, so the mock's tests run every one of them.
//
//   npm run copy-starter-projects          (needs the pinned server installed: npm run langflow-server -- install)
//
// LANGFLOW_HOME points at another install dir (default .langflow); the version is the pin of scripts/langflow-server.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "test/fixtures/starter-projects");

const MIT_NOTICE = `MIT License

Copyright (c) 2024 Logspace

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

function pinnedVersion(): string {
  const script = readFileSync(join(ROOT, "scripts/langflow-server"), "utf8");
  const version = /^LANGFLOW_VERSION="([^"]+)"/m.exec(script)?.[1];
  if (!version) throw new Error("scripts/langflow-server names no LANGFLOW_VERSION");
  return version;
}

function starterDir(version: string): string {
  const home = process.env.LANGFLOW_HOME ?? join(ROOT, ".langflow");
  const lib = join(home, `venv-${version}`, "lib");
  if (!existsSync(lib))
    throw new Error(
      `${lib} not found: install the pinned server (npm run langflow-server -- install) or set LANGFLOW_HOME`,
    );
  const python = readdirSync(lib).find((d) => d.startsWith("python"));
  const dir = join(lib, python ?? "", "site-packages/langflow/initial_setup/starter_projects");
  if (!existsSync(dir)) throw new Error(`${dir} not found`);
  return dir;
}

function main(): void {
  const version = pinnedVersion();
  const dir = starterDir(version);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const file of files) {
    // Parsed and written compact: the same flow JSON, a third smaller.
    const flow = JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
    writeFileSync(join(OUT, file), `${JSON.stringify(flow)}\n`);
  }
  writeFileSync(join(OUT, "LICENSE"), MIT_NOTICE);
  writeFileSync(
    join(OUT, "README.md"),
    `# Langflow ${version} starter projects\n\nCopied by \`npm run copy-starter-projects\` from the pinned Langflow's package ` +
      `(\`langflow/initial_setup/starter_projects/\`, ${files.length} flows), unchanged apart from whitespace. ` +
      `Langflow is MIT licensed: see LICENSE. The mock's tests load every one (test/unit/mock/starter-projects.test.ts).\n`,
  );
  console.log(`copied ${files.length} starter projects of Langflow ${version} to ${OUT}`);
}

main();
