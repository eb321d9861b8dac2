// What `#langflow-environments` is in browsers and other runtimes without a file system (package.json "imports",
// condition "default"): named environments are read from a file, so there they are refused with the way out.

import { LangflowConfigError } from "../core/errors";
import type { ResolveEnvironment } from "./environment-options";

// A LangflowConfigError rather than its LangflowEnvironmentError subclass: the stand-in stays a few bytes.
export const resolveEnvironment: ResolveEnvironment = () => {
  throw new LangflowConfigError(
    "environment",
    "LangflowClient.fromEnvironment reads a file (langflow-environments.toml): Node, Deno and Bun only. " +
      "Here, pass the server to the constructor: new LangflowClient({ baseUrl, token }).",
  );
};
