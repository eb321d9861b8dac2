// `lf.logs`: the server's log buffer (`/logs`, `/logs-stream`; root paths, superuser only). The server must run
// with LANGFLOW_ENABLE_LOG_RETRIEVAL, else it answers 501 "Log retrieval is disabled".
import type { APIPromise } from "../core/api-promise";
import { LangflowConfigError } from "../core/errors";
import { toWire, type WireNames } from "../core/params";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { LogEvent } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { logEventStream } from "../streaming/readers";

export interface LogQuery {
  /** Lines before `timestamp` (or the last lines when no timestamp). Not together with `linesAfter`. */
  linesBefore?: number;
  /** Lines from `timestamp` on; needs `timestamp`. */
  linesAfter?: number;
  /** Epoch milliseconds. */
  timestamp?: number;
}

/** `{ "<epoch ms>": "<line>" }`, oldest first. */
export type LogLines = Record<string, string>;

const QUERY: WireNames<LogQuery> = {
  linesBefore: "lines_before",
  linesAfter: "lines_after",
  timestamp: "timestamp",
};

export class Logs extends APIResource {
  /** Log lines from the server's buffer (superuser; the server needs LANGFLOW_ENABLE_LOG_RETRIEVAL). */
  get(params: LogQuery = {}, options?: RequestOptions): APIPromise<LogLines> {
    const query = toWire(params, QUERY);
    if (params.linesBefore && params.linesAfter)
      throw new LangflowConfigError(
        "linesAfter",
        "logs.get: pass linesBefore or linesAfter, not both (the server rejects both).",
      );
    if (params.linesAfter && params.timestamp === undefined)
      throw new LangflowConfigError("timestamp", "logs.get: linesAfter needs a timestamp to count from.");
    return this.transport.json<LogLines>(
      { method: "GET", path: "/logs", query, schema: "logLines" },
      options,
    );
  }

  /**
   * New log lines as they are written (keepalives skipped), until `stream.abort()` or the call's `signal`.
   * Unlike the run streams this connects at once (the promise resolves when connected): the server only sends
   * lines written after the connection, so a lazy start would miss lines logged before the first read. The
   * client's `timeout` does not cut it (a `timeout` or `idleTimeout` given to the call does).
   */
  stream(options: RequestOptions = {}): Promise<LangflowStream<LogEvent, undefined>> {
    return this.transport
      .request(
        { method: "GET", path: "/logs-stream", accept: "text/event-stream" },
        { ...options, timeout: options.timeout ?? 0 },
        true,
      )
      .then(logEventStream);
  }
}
