// `lf.logs`: the server's log buffer (`/logs`, `/logs-stream`; root paths, superuser only). The server must run
// with LANGFLOW_ENABLE_LOG_RETRIEVAL, else it answers 501 "Log retrieval is disabled".
import type { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";
import type { LogEvent } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { logEventStream } from "../streaming/readers";

export interface LogQuery extends CallOptions {
  /** Lines before `timestamp` (or the last lines when no timestamp). Not together with `linesAfter`. */
  linesBefore?: number;
  /** Lines from `timestamp` on; needs `timestamp`. */
  linesAfter?: number;
  /** Epoch milliseconds. */
  timestamp?: number;
}

/** `{ "<epoch ms>": "<line>" }`, oldest first. */
export type LogLines = Record<string, string>;

export class Logs {
  readonly #t: Transport;
  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** Log lines from the server's buffer (superuser; the server needs LANGFLOW_ENABLE_LOG_RETRIEVAL). */
  get(opts: LogQuery = {}): APIPromise<LogLines> {
    const { linesBefore, linesAfter, timestamp, ...call } = opts;
    if (linesBefore && linesAfter)
      throw new TypeError("logs.get: pass linesBefore or linesAfter, not both (the server rejects both).");
    if (linesAfter && timestamp === undefined)
      throw new TypeError("logs.get: linesAfter needs a timestamp to count from.");
    const query = { lines_before: linesBefore, lines_after: linesAfter, timestamp };
    return this.#t.json<LogLines>({ method: "GET", path: "/logs", query, schema: "logLines" }, call);
  }

  /**
   * New log lines as they are written (keepalives skipped), until `stream.abort()` or the call's `signal`.
   * Unlike the run streams this connects at once (the promise resolves when connected): the server only sends
   * lines written after the connection, so a lazy start would miss lines logged before the first read. The
   * client's `timeout` does not cut it (a `timeout` or `idleTimeout` given to the call does).
   */
  async stream(opts: CallOptions = {}): Promise<LangflowStream<LogEvent, undefined>> {
    const response = await this.#t.request(
      { method: "GET", path: "/logs-stream", accept: "text/event-stream" },
      { ...opts, timeout: opts.timeout ?? 0 },
    );
    return logEventStream(response);
  }
}
