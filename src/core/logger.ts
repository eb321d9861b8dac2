// Leveled logging with redaction; silent unless logLevel (or env LANGFLOW_LOG) asks for output.
import type { Logger, LogLevel } from "./options";

const ORDER: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export interface Log {
  /** Whether messages at this level are written (build costly messages only then). */
  enabled(level: Exclude<LogLevel, "off">): boolean;
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export function createLog(level: LogLevel, logger: Logger | undefined): Log {
  const sink = logger ?? console;
  const at = (wanted: Exclude<LogLevel, "off">) => (message: string) => {
    if (ORDER[level] >= ORDER[wanted]) sink[wanted](`[langflow-sdk] ${message}`);
  };
  return {
    enabled: (wanted) => ORDER[level] >= ORDER[wanted],
    error: at("error"),
    warn: at("warn"),
    info: at("info"),
    debug: at("debug"),
  };
}
