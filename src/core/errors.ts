/** The root of every error the SDK throws, so `catch (e) { if (e instanceof LangflowError) ... }` catches them all. */
export class LangflowError extends Error {
  override name = "LangflowError";
}

/** A client option is missing, unknown or malformed. Thrown by the constructor, before any request. */
export class LangflowConfigError extends LangflowError {
  override name = "LangflowConfigError";
  /** The option at fault, e.g. "baseUrl". */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
