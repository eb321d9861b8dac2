import { LangflowConfigError, LangflowError } from "../core/errors";

/** A flow given to `normalizeFlow` is not valid JSON, or not shaped like a Langflow flow where it must be. */
export class FlowFormatError extends LangflowError {
  override get name(): string {
    return "FlowFormatError";
  }
  /** Where the problem is: `line 3, column 14` for JSON syntax, a path such as `data.nodes[2].data` otherwise. */
  readonly where: string;

  constructor(where: string, message: string) {
    super(`${message} (at ${where})`);
    this.where = where;
  }
}

/**
 * A named environment cannot be used: no environments file, invalid TOML, an unknown name, a missing `url`, or
 * an `api_key_env` variable that is not set. The message names the file, the environment and the variable; it
 * never holds a key.
 */
export class LangflowEnvironmentError extends LangflowConfigError {
  override get name(): string {
    return "LangflowEnvironmentError";
  }
  /** The environments file that was read (absolute path), when one was found. */
  readonly file: string | undefined;
  /** The environment asked for (or the file's default), when known. */
  readonly environment: string | undefined;
  /** The environment variable that should hold the API key, when that is the problem. */
  readonly variable: string | undefined;

  constructor(
    message: string,
    context: {
      file?: string | undefined;
      environment?: string | undefined;
      variable?: string | undefined;
    } = {},
  ) {
    super("environment", message);
    this.file = context.file;
    this.environment = context.environment;
    this.variable = context.variable;
  }
}
