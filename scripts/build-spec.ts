// Merges spec/upstream/langflow-v{1,2}.json, repairs the server's codegen defects, applies spec/overlay/,
// and writes spec/langflow.openapi.json, the only input of codegen.  Usage: npm run build-spec [-- --verbose]
import { writeFileSync } from "node:fs";
import { buildSpec } from "./lib/build-spec";
import { stableStringify } from "./lib/openapi";
import { MERGED_SPEC, readJson, readOverlays, UPSTREAM_V1, UPSTREAM_V2 } from "./lib/spec-files";

const { spec, changes } = buildSpec(readJson(UPSTREAM_V1), readJson(UPSTREAM_V2), readOverlays());
writeFileSync(MERGED_SPEC, stableStringify(spec));
if (process.argv.includes("--verbose")) for (const change of changes) console.log(change);
console.log(`${MERGED_SPEC}: ${Object.keys(spec.paths as object).length} paths, ${changes.length} changes`);
