// Which server a command talks to: `--env NAME` (langflow-environments.toml, as lfx and the Python SDK read it), or
// `--url` / `--api-key`, or else what the SDK reads by itself: LANGFLOW_SERVER_URL and LANGFLOW_API_KEY (then the
// environments file's [defaults] environment, when there is a file).
import type { Command } from "commander";
import { readEnvironmentsFile } from "#langflow-environments";
import { LangflowClient, LangflowConfigError, type WorkflowsClient } from "../index";

export interface ConnectionOptions {
  env?: string;
  url?: string;
  apiKey?: string;
  environmentsFile?: string;
}

/** Adds the connection options to a command. */
export function withConnection(command: Command): Command {
  return command
    .option("--env <name>", "a named environment of langflow-environments.toml")
    .option("--environments-file <path>", "the environments file (default: the lookup order of lfx)")
    .option("--url <url>", "the server's URL (default: $LANGFLOW_SERVER_URL)")
    .option("--api-key <key>", "the API key (default: $LANGFLOW_API_KEY)");
}

function hasDefaultEnvironment(file: string | undefined): boolean {
  try {
    return readEnvironmentsFile(file).defaultName !== undefined;
  } catch {
    return false;
  }
}

export function clientOf(options: ConnectionOptions): LangflowClient {
  if (options.env !== undefined && options.url !== undefined) {
    throw new LangflowConfigError("env", "Give --env or --url, not both.");
  }
  if (
    options.env !== undefined ||
    (options.url === undefined &&
      !process.env.LANGFLOW_SERVER_URL &&
      hasDefaultEnvironment(options.environmentsFile))
  ) {
    const file = options.environmentsFile;
    const client = LangflowClient.fromEnvironment(options.env, file === undefined ? {} : { file });
    return options.apiKey === undefined ? client : client.withOptions({ apiKey: options.apiKey });
  }
  return new LangflowClient({
    ...(options.url === undefined ? {} : { baseUrl: options.url }),
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
  });
}

export function workflowsOf(options: ConnectionOptions): WorkflowsClient {
  return clientOf(options).workflows;
}
