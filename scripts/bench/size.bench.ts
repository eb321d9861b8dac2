// Bundle size of the SDK for a browser app (gzip, minified), next to its budget. Not a timing: the figures are
// exact and the same on every run. `npm run size -- --check` enforces the budgets in CI.
import { measure, report } from "../lib/bundle-size";

console.log(report(await measure(false), 5));
