// `npm run spec:check`: fetches the spec from the running real server (or --url) into a temporary folder and
// fails if it differs from spec/upstream/. On a difference, regenerate deliberately:
// `npm run fetch-specs && npm run generate`, review the diff, commit.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "langflow-spec-"));
try {
  execFileSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "scripts/fetch-specs.ts"), "--out", dir, ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  let drift = 0;
  for (const name of ["langflow-v1.json", "langflow-v2.json"]) {
    const fresh = readFileSync(join(dir, name), "utf8");
    const committed = readFileSync(join(ROOT, "spec/upstream", name), "utf8");
    if (fresh === committed) {
      console.log(`spec/upstream/${name}: matches the server`);
    } else {
      drift++;
      const version = (text: string) =>
        (JSON.parse(text) as { info?: Record<string, string> }).info?.["x-langflow-version"];
      console.error(
        `spec/upstream/${name}: differs from the server (committed ${version(committed)}, server ${version(fresh)}); ` +
          "run `npm run fetch-specs && npm run generate` and review the diff",
      );
    }
  }
  process.exitCode = drift > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
