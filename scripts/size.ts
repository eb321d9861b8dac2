// `npm run size`: what the SDK costs a browser app (see scripts/lib/bundle-size.ts for how it is measured).
//   npm run size                 print the figures and the biggest modules of each case
//   npm run size -- --check      also exit 1 when a case is over its budget + 5% slack (CI)
//   npm run size -- --dist       bundle the built dist/index.js instead of src/index.ts (what npm ships)
// Budgets (issue 8): everything exported from "." <= 8 KB gzip, `WorkflowsClient` alone <= 5 KB gzip.
import { measure, report } from "./lib/bundle-size";

const args = process.argv.slice(2);
const results = await measure(args.includes("--dist"));
console.log(report(results));
if (args.includes("--check")) {
  const over = results.filter((r) => r.over);
  console.log(over.length === 0 ? "size budgets: ok" : `size budgets: ${over.length} over budget`);
  if (over.length > 0) process.exitCode = 1;
}
