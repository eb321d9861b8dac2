// What `#langflow-flow-files` is in browsers and other runtimes without a file system (package.json "imports",
// condition "default"): push and pull read and write files, so there they are refused with the way out.
import { LangflowConfigError } from "../core/errors";

const refuse = (): never => {
  throw new LangflowConfigError(
    "path",
    "push and pull read and write flow files: Node, Deno and Bun only. Here, use lf.flows.get() with normalizeFlow() (langflow-sdk/flows-as-code), and lf.flows.update().",
  );
};

export const pushFlowFile = refuse;
export const pushProjectDir = refuse;
export const pullFlow = refuse;
export const pullProject = refuse;
export const pullAllFlows = refuse;
