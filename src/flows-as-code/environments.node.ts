// Named environments from a TOML file, as the Python SDK reads them (langflow_sdk/environments.py, 0.4.0): the same
// file format and lookup order, so one file serves a team's Python and JavaScript tools. Node only: the package
// selects this module for Node through package.json "imports" (`#langflow-environments`, condition "node");
// browsers get ./environments.browser.ts. Never prints an API key: not in errors, not in warnings.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { parse as parseToml, TomlError } from "smol-toml";
import { LangflowEnvironmentError } from "../core/errors";
import { resolveOptions } from "../core/options";
import { redactUrl } from "../core/redact";
import type { NamedEnvironment, ResolveEnvironment } from "./environment-options";

const FILE_VARIABLE = "LANGFLOW_ENVIRONMENTS_FILE";
const LOCAL_NAME = "langflow-environments.toml";

const EXAMPLE = `# langflow-environments.toml
[environments.staging]
url = "https://staging.langflow.example.com"
api_key_env = "LANGFLOW_STAGING_API_KEY"   # the name of the variable that holds the key

[environments.production]
url = "https://langflow.example.com"
api_key_env = "LANGFLOW_PROD_API_KEY"

[defaults]
environment = "staging"`;

/** One `[environments.<name>]` table, checked. */
export interface EnvironmentEntry {
  name: string;
  url: string;
  /** `api_key_env`: the name of the environment variable holding the key. */
  apiKeyEnv: string | undefined;
  /** A literal `api_key` (discouraged; a warning is emitted when it is used). */
  literalApiKey: string | undefined;
}

export interface EnvironmentsFile {
  /** Absolute path of the file that was read. */
  file: string;
  /** `[defaults] environment`, when set. */
  defaultName: string | undefined;
  environments: Map<string, EnvironmentEntry>;
}

/** The Python SDK's lookup order; `file` (an explicit path) first. */
export function candidatePaths(file?: string): string[] {
  const candidates: string[] = [];
  if (file) candidates.push(resolve(file));
  const fromVariable = process.env[FILE_VARIABLE];
  if (fromVariable) candidates.push(resolve(fromVariable));
  candidates.push(
    join(process.cwd(), LOCAL_NAME),
    join(homedir(), ".config", "langflow", "environments.toml"),
  );
  return candidates;
}

/** Finds and parses the environments file. An explicit `file` that does not exist is an error, not skipped. */
export function readEnvironmentsFile(file?: string): EnvironmentsFile {
  if (file !== undefined && (typeof file !== "string" || file.trim() === "")) {
    throw new LangflowEnvironmentError(`The "file" option must be the path of an environments file (TOML).`);
  }
  if (file && !existsSync(file)) {
    throw new LangflowEnvironmentError(`The environments file ${resolve(file)} does not exist.`, {
      file: resolve(file),
    });
  }
  const candidates = candidatePaths(file);
  const path = candidates.find((candidate) => existsSync(candidate));
  if (path === undefined) {
    throw new LangflowEnvironmentError(
      `No environments file found (looked for ${candidates.join(", ")}). Create ${LOCAL_NAME} in the current ` +
        `directory, or ~/.config/langflow/environments.toml, or set ${FILE_VARIABLE} to its path. For example:\n\n${EXAMPLE}`,
    );
  }
  return parseEnvironmentsFile(path, readToml(path));
}

function readToml(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new LangflowEnvironmentError(
      `Cannot read the environments file ${file}: ${(error as Error).message}`,
      {
        file,
      },
    );
  }
  try {
    return parseToml(text);
  } catch (error) {
    // smol-toml's message ends with the lines around the error, which may hold a literal api_key: keep only the
    // first line and the position.
    const where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : "";
    const reason = String((error as Error).message).split("\n")[0];
    throw new LangflowEnvironmentError(`Invalid TOML in ${file}${where}: ${reason}`, { file });
  }
}

const isTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

function parseEnvironmentsFile(file: string, raw: Record<string, unknown>): EnvironmentsFile {
  const tables = raw.environments ?? {};
  if (!isTable(tables)) {
    throw new LangflowEnvironmentError(
      `"environments" in ${file} must be a table: write one [environments.<name>] table per environment.`,
      { file },
    );
  }
  const environments = new Map<string, EnvironmentEntry>();
  for (const [name, table] of Object.entries(tables)) {
    environments.set(name, parseEntry(file, name, table));
  }
  const defaults = raw.defaults ?? {};
  if (!isTable(defaults)) {
    throw new LangflowEnvironmentError(
      `"defaults" in ${file} must be a table: [defaults] environment = "<name>".`,
      {
        file,
      },
    );
  }
  const defaultName = defaults.environment;
  if (defaultName !== undefined && typeof defaultName !== "string") {
    throw new LangflowEnvironmentError(
      `[defaults] environment in ${file} must be the name of an environment.`,
      {
        file,
      },
    );
  }
  return { file, defaultName, environments };
}

function parseEntry(file: string, name: string, table: unknown): EnvironmentEntry {
  const context = { file, environment: name };
  const fail = (message: string): never => {
    throw new LangflowEnvironmentError(`Environment "${name}" in ${file} ${message}`, context);
  };
  if (!isTable(table)) fail(`must be a table: [environments.${name}] with url and api_key_env.`);
  const entry = table as Record<string, unknown>;
  if (!("url" in entry)) fail(`is missing the required "url" field.`);
  const url = entry.url;
  if (typeof url !== "string")
    fail(`has a url that is not a string; write url = "https://langflow.example.com".`);
  try {
    // The client's own check of baseUrl (absolute http(s), no credentials, no /api path), reported with the file.
    resolveOptions({ baseUrl: url as string });
  } catch (error) {
    fail(
      `has url "${redactUrl(url as string)}": ${(error as Error).message.replace(/^Invalid option "baseUrl": /, "")}`,
    );
  }
  const apiKeyEnv = entry.api_key_env;
  if (apiKeyEnv !== undefined && (typeof apiKeyEnv !== "string" || apiKeyEnv.trim() === "")) {
    fail(
      `has api_key_env that is not a variable name; write api_key_env = "LANGFLOW_${name.toUpperCase()}_API_KEY".`,
    );
  }
  const literal = entry.api_key;
  if (apiKeyEnv === undefined && literal !== undefined && typeof literal !== "string") {
    fail("has an api_key that is not a string.");
  }
  return {
    name,
    url: (url as string).trim(),
    apiKeyEnv: apiKeyEnv as string | undefined,
    literalApiKey: apiKeyEnv === undefined ? (literal as string | undefined) : undefined,
  };
}

/**
 * The environment called `name` (or the file's `[defaults] environment`), with its API key read from the variable
 * its `api_key_env` names. Errors name the file, the environment and the variable.
 */
export const resolveEnvironment: ResolveEnvironment = (name, options = {}) => {
  for (const key of ["baseUrl", "apiKey"]) {
    if (key in options) {
      throw new LangflowEnvironmentError(
        `fromEnvironment: "${key}" comes from the environment; leave it out.`,
      );
    }
  }
  if (name !== undefined && (typeof name !== "string" || name.trim() === "")) {
    throw new LangflowEnvironmentError(
      `The environment name must be a non-empty string, e.g. fromEnvironment("staging"), or left out to use [defaults].`,
    );
  }
  const { file, defaultName, environments } = readEnvironmentsFile(options.file);
  const defined = environments.size > 0 ? [...environments.keys()].join(", ") : "none";
  const chosen = name ?? defaultName;
  if (chosen === undefined) {
    throw new LangflowEnvironmentError(
      `No environment name given and ${file} has no [defaults] environment. Name one (defined: ${defined}), ` +
        `or add to the file:\n\n[defaults]\nenvironment = "<name>"`,
      { file },
    );
  }
  const entry = environments.get(chosen);
  if (entry === undefined) {
    const via = name === undefined ? " (named by [defaults] environment)" : "";
    throw new LangflowEnvironmentError(
      `Environment "${chosen}"${via} is not defined in ${file}. Defined: ${defined}.`,
      { file, environment: chosen },
    );
  }
  return { name: chosen, url: entry.url, apiKey: apiKeyOf(entry, file), file } satisfies NamedEnvironment;
};

function apiKeyOf(entry: EnvironmentEntry, file: string): string | undefined {
  if (entry.apiKeyEnv !== undefined) {
    const value = process.env[entry.apiKeyEnv]?.trim();
    if (!value) {
      throw new LangflowEnvironmentError(
        `Environment "${entry.name}" in ${file} reads its API key from the variable ${entry.apiKeyEnv}, which is ` +
          `not set. Set it (export ${entry.apiKeyEnv}=...), or remove api_key_env from [environments.${entry.name}] ` +
          "for a server without authentication.",
        { file, environment: entry.name, variable: entry.apiKeyEnv },
      );
    }
    return value;
  }
  if (entry.literalApiKey !== undefined) {
    process.emitWarning(
      `Environment "${entry.name}" in ${file} holds a literal api_key. Keep keys out of files: put the key in an ` +
        "environment variable and name it with api_key_env.",
      { type: "LangflowWarning", code: "LANGFLOW_LITERAL_API_KEY" },
    );
    return entry.literalApiKey;
  }
  return undefined;
}
