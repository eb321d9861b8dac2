// Bundle size of the SDK for a browser app (gzip, minified), next to its target and ceiling. Not a timing: the figures are
// exact and the same on every run. `npm run size -- --check` enforces the ceilings (regression guard) in CI.
import { measure, report } from "../lib/bundle-size";

console.log(report(await measure(false), 5));
