// `lf.monitor`: chat messages and sessions, vertex builds, transactions (paged) and traces (`/api/v1/monitor/...`).
import type { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";
import type { components } from "../generated/openapi";

type Schemas = components["schemas"];
export type MonitorMessage = Schemas["MessageResponse"];
export type MessageUpdate = Schemas["MessageUpdate"];
export type Transaction = Schemas["TransactionLogsResponse"];
export type TransactionPage = Schemas["Page_TransactionLogsResponse_"];
export type VertexBuilds = Schemas["VertexBuildMapModel"];
export type TraceList = Schemas["TraceListResponse"];
export type Trace = Schemas["TraceRead"];

export interface MessageFilters extends CallOptions {
  flowId?: string;
  sessionId?: string;
  sender?: string;
  senderName?: string;
  /** A message field; default `timestamp`. */
  orderBy?: string;
  order?: "ASC" | "DESC";
  limit?: number;
  offset?: number;
}

export interface PageOptions extends CallOptions {
  page?: number;
  size?: number;
}

export interface TraceFilters extends PageOptions {
  flowId?: string;
  sessionId?: string;
  status?: "unset" | "ok" | "error";
  /** Matched against name, id and session id (at most 50 characters). */
  query?: string;
  startTime?: string;
  endTime?: string;
}

const seg = (what: string, v: string) => {
  if (!v) throw new TypeError(`monitor: pass a ${what} (got an empty string).`);
  return encodeURIComponent(v);
};

export class Monitor {
  readonly #t: Transport;
  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** Chat messages, filtered by flow, session or sender, ordered (`orderBy`, `order`), with `limit`/`offset`. */
  messages(opts: MessageFilters = {}): APIPromise<MonitorMessage[]> {
    const { flowId, sessionId, sender, senderName, orderBy, order, limit, offset, ...call } = opts;
    const query = {
      flow_id: flowId,
      session_id: sessionId,
      sender,
      sender_name: senderName,
      order_by: orderBy,
      order,
      limit,
      offset,
    };
    return this.#t.json<MonitorMessage[]>(
      { method: "GET", path: "/api/v1/monitor/messages", query, schema: "monitorMessages" },
      call,
    );
  }

  /** Edits a message (the server marks it `edit: true`). */
  updateMessage(id: string, patch: MessageUpdate, opts?: CallOptions): APIPromise<MonitorMessage> {
    const path = `/api/v1/monitor/messages/${seg("message id", id)}`;
    return this.#t.json<MonitorMessage>({ method: "PUT", path, body: patch, schema: "monitorMessage" }, opts);
  }

  /** Deletes messages by id. */
  deleteMessages(ids: string[], opts?: CallOptions): APIPromise<void> {
    return this.#t.json<void>({ method: "DELETE", path: "/api/v1/monitor/messages", body: ids }, opts);
  }

  /** Moves every message of `oldSessionId` to `newSessionId`; 404 when the session has none. */
  renameSession(
    oldSessionId: string,
    newSessionId: string,
    opts?: CallOptions,
  ): APIPromise<MonitorMessage[]> {
    const path = `/api/v1/monitor/messages/session/${seg("session id", oldSessionId)}`;
    return this.#t.json<MonitorMessage[]>(
      { method: "PATCH", path, query: { new_session_id: newSessionId }, schema: "monitorMessages" },
      opts,
    );
  }

  /** Deletes every message of a session (204 even for an unknown session). */
  deleteSession(sessionId: string, opts?: CallOptions): APIPromise<void> {
    const path = `/api/v1/monitor/messages/session/${seg("session id", sessionId)}`;
    return this.#t.json<void>({ method: "DELETE", path }, opts);
  }

  /** The recorded vertex builds of a flow, by component. */
  builds(flowId: string, opts?: CallOptions): APIPromise<VertexBuilds> {
    const query = { flow_id: flowId };
    return this.#t.json<VertexBuilds>(
      { method: "GET", path: "/api/v1/monitor/builds", query, schema: "vertexBuilds" },
      opts,
    );
  }

  /** Deletes the recorded vertex builds of a flow. */
  deleteBuilds(flowId: string, opts?: CallOptions): APIPromise<void> {
    const query = { flow_id: flowId };
    return this.#t.json<void>({ method: "DELETE", path: "/api/v1/monitor/builds", query }, opts);
  }

  /** One page of a flow's transactions, newest first. */
  transactions(flowId: string, opts: PageOptions = {}): APIPromise<TransactionPage> {
    const { page, size, ...call } = opts;
    const query = { flow_id: flowId, page: page ?? 1, size: size ?? 50 };
    return this.#t.json<TransactionPage>(
      { method: "GET", path: "/api/v1/monitor/transactions", query, schema: "transactionPage" },
      call,
    );
  }

  /** Every transaction of a flow, page after page: `for await (const tx of lf.monitor.iterateTransactions(id))`. */
  async *iterateTransactions(flowId: string, opts: PageOptions = {}): AsyncGenerator<Transaction> {
    for (let page = opts.page ?? 1; ; page++) {
      const p = await this.transactions(flowId, { ...opts, page });
      yield* p.items;
      if (p.items.length === 0 || page >= (p.pages ?? 0)) return;
    }
  }

  /** One page of run traces (summaries), filtered by flow, session, status, text or time. */
  traces(opts: TraceFilters = {}): APIPromise<TraceList> {
    const { flowId, sessionId, status, query: q, startTime, endTime, page, size, ...call } = opts;
    const query = {
      flow_id: flowId,
      session_id: sessionId,
      status,
      query: q,
      start_time: startTime,
      end_time: endTime,
      page,
      size,
    };
    return this.#t.json<TraceList>(
      { method: "GET", path: "/api/v1/monitor/traces", query, schema: "traceList" },
      call,
    );
  }

  /** One trace with its spans. */
  trace(traceId: string, opts?: CallOptions): APIPromise<Trace> {
    return this.#t.json<Trace>(
      { method: "GET", path: `/api/v1/monitor/traces/${seg("trace id", traceId)}`, schema: "trace" },
      opts,
    );
  }

  /** Deletes one trace (404 "Trace not found" for an unknown id). */
  deleteTrace(traceId: string, opts?: CallOptions): APIPromise<void> {
    const path = `/api/v1/monitor/traces/${seg("trace id", traceId)}`;
    return this.#t.json<void>({ method: "DELETE", path }, opts);
  }

  /** Deletes every trace of a flow. */
  deleteTraces(flowId: string, opts?: CallOptions): APIPromise<void> {
    const query = { flow_id: flowId };
    return this.#t.json<void>({ method: "DELETE", path: "/api/v1/monitor/traces", query }, opts);
  }
}
