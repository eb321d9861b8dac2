// `npm run bench`: runs every benchmark in scripts/bench/ (each a standalone script printing its own
// figures, ratios measured within one run) one after the other, so they do not compete for the 2 cores.
// `npm run bench -- NAME` runs only the benchmarks whose file name contains NAME.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = import.meta.dirname;
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".bench.ts") && (!filter || name.includes(filter)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(dir, file)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed++;
}
if (files.length === 0) console.log("no benchmarks matched");
process.exit(failed > 0 ? 1 : 0);
