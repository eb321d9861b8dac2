// Types of named environments, shared by the Node module that reads the file (./environments.node.ts), the
// browser stand-in (./environments.browser.ts) and `LangflowClient.fromEnvironment`.
import type { ClientOptions } from "../core/options";

/** Options of `LangflowClient.fromEnvironment`: the environments file to read, and any other client option. */
export interface FromEnvironmentOptions extends Omit<ClientOptions, "baseUrl" | "apiKey"> {
  /**
   * The environments file (TOML) to read. Without it the Python SDK's lookup order applies: the file named by
   * `LANGFLOW_ENVIRONMENTS_FILE`, `./langflow-environments.toml`, `~/.config/langflow/environments.toml`.
   */
  file?: string;
}

/** One environment of the file, resolved: its URL and the API key read from the variable it names. */
export interface NamedEnvironment {
  name: string;
  url: string;
  /** From the variable named by `api_key_env` (or a literal `api_key`); undefined when the table sets neither. */
  apiKey: string | undefined;
  /** The environments file it came from (absolute path). */
  file: string;
}

/**
 * `resolveEnvironment(name, options)`, as implemented for Node and stubbed for browsers. It reads `options.file`
 * and refuses `baseUrl` / `apiKey` there (they come from the environment).
 */
export type ResolveEnvironment = (
  name: string | undefined,
  options: FromEnvironmentOptions,
) => NamedEnvironment;
