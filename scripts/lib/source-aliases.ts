// The package's Node-only modules are imported as `#langflow-direct-http`, `#langflow-environments` and
// `#langflow-flow-files` (package.json "imports": condition "node"
// -> the file reader, "default" -> a stand-in for browsers). The built files resolve it through package.json;
// tools that bundle or run the *sources* are told here which source file each side gets.
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");

/** For a browser app bundling the sources (size checks, browser tests). */
export const BROWSER_SOURCE_ALIASES = {
  "#langflow-direct-http": resolve(root, "src/core/direct-http.browser.ts"),
  "#langflow-environments": resolve(root, "src/flows-as-code/environments.browser.ts"),
  "#langflow-flow-files": resolve(root, "src/flows-as-code/flow-files.browser.ts"),
};

/** For Node running the sources (vitest); tsconfig.json `paths` says the same for tsc and tsx. */
export const NODE_SOURCE_ALIASES = {
  "#langflow-direct-http": resolve(root, "src/core/direct-http.node.ts"),
  "#langflow-environments": resolve(root, "src/flows-as-code/environments.node.ts"),
  "#langflow-flow-files": resolve(root, "src/flows-as-code/flow-files.node.ts"),
};
