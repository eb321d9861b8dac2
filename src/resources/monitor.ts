// `lf.monitor`: chat messages and sessions, vertex builds, transactions and traces (paged) (`/api/v1/monitor/...`).
import type { APIPromise } from "../core/api-promise";
import { type Page, PagePromise } from "../core/page";
import { checkParams, toWire, type WireNames } from "../core/params";
import { path } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { Schemas, SpecSchema } from "../core/spec-types";

/** A stored chat message (`MessageResponse`): `text`, `sender`, `sender_name`, `session_id`, `flow_id`, ... */
export interface MonitorMessage extends SpecSchema<"MessageResponse"> {}
/** The changes of `monitor.updateMessage` (`MessageUpdate`). */
export interface MessageUpdate extends SpecSchema<"MessageUpdate"> {}
/** One component run's log entry (`TransactionLogsResponse`). */
export interface Transaction extends SpecSchema<"TransactionLogsResponse"> {}
export type VertexBuilds = Schemas["VertexBuildMapModel"];
type TraceList = Schemas["TraceListResponse"];
/** A run's trace summary in `monitor.traces` (`TraceSummaryRead`). */
export interface TraceSummary extends SpecSchema<"TraceSummaryRead"> {}
/** A run's trace with its spans (`TraceRead`). */
export interface Trace extends SpecSchema<"TraceRead"> {}

export interface MessageListParams {
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

export interface PageParams {
  /** 1-based; the first page to get (iteration goes on from there). Default 1. */
  page?: number;
  /** Items per page. Default 50. */
  size?: number;
}

export interface TraceListParams extends PageParams {
  flowId?: string;
  sessionId?: string;
  status?: "unset" | "ok" | "error";
  /** Matched against name, id and session id (at most 50 characters). */
  query?: string;
  startTime?: string;
  endTime?: string;
}

const MESSAGES: WireNames<MessageListParams> = {
  flowId: "flow_id",
  sessionId: "session_id",
  sender: "sender",
  senderName: "sender_name",
  orderBy: "order_by",
  order: "order",
  limit: "limit",
  offset: "offset",
};
const PAGE: WireNames<PageParams> = { page: "page", size: "size" };
const TRACES: WireNames<TraceListParams> = {
  page: "page",
  size: "size",
  flowId: "flow_id",
  sessionId: "session_id",
  status: "status",
  query: "query",
  startTime: "start_time",
  endTime: "end_time",
};

export class Monitor extends APIResource {
  /** Chat messages, filtered by flow, session or sender, ordered (`orderBy`, `order`), with `limit`/`offset`. */
  messages(params: MessageListParams = {}, options?: RequestOptions): APIPromise<MonitorMessage[]> {
    return this.transport.json<MonitorMessage[]>(
      {
        method: "GET",
        path: "/api/v1/monitor/messages",
        query: toWire(params, MESSAGES),
        schema: "monitorMessages",
      },
      options,
    );
  }

  /** Edits a message (the server marks it `edit: true`). */
  updateMessage(id: string, patch: MessageUpdate, options?: RequestOptions): APIPromise<MonitorMessage> {
    return this.transport.json<MonitorMessage>(
      { method: "PUT", path: path`/api/v1/monitor/messages/${id}`, body: patch, schema: "monitorMessage" },
      options,
    );
  }

  /** Deletes messages by id. */
  deleteMessages(ids: string[], options?: RequestOptions): APIPromise<void> {
    return this.transport.json<void>(
      { method: "DELETE", path: "/api/v1/monitor/messages", body: ids },
      options,
    );
  }

  /** Moves every message of `oldSessionId` to `newSessionId`; 404 when the session has none. */
  renameSession(
    oldSessionId: string,
    newSessionId: string,
    options?: RequestOptions,
  ): APIPromise<MonitorMessage[]> {
    return this.transport.json<MonitorMessage[]>(
      {
        method: "PATCH",
        path: path`/api/v1/monitor/messages/session/${oldSessionId}`,
        query: { new_session_id: newSessionId },
        schema: "monitorMessages",
      },
      options,
    );
  }

  /** Deletes every message of a session (204 even for an unknown session). */
  deleteSession(sessionId: string, options?: RequestOptions): APIPromise<void> {
    return this.transport.json<void>(
      { method: "DELETE", path: path`/api/v1/monitor/messages/session/${sessionId}` },
      options,
    );
  }

  /** The recorded vertex builds of a flow, by component. */
  builds(flowId: string, options?: RequestOptions): APIPromise<VertexBuilds> {
    return this.transport.json<VertexBuilds>(
      { method: "GET", path: "/api/v1/monitor/builds", query: { flow_id: flowId }, schema: "vertexBuilds" },
      options,
    );
  }

  /** Deletes the recorded vertex builds of a flow. */
  deleteBuilds(flowId: string, options?: RequestOptions): APIPromise<void> {
    return this.transport.json<void>(
      { method: "DELETE", path: "/api/v1/monitor/builds", query: { flow_id: flowId } },
      options,
    );
  }

  /**
   * One page of a flow's transactions, newest first (`await`), or every transaction from that page on
   * (`for await (const tx of lf.monitor.transactions(flowId))`).
   */
  transactions(flowId: string, params: PageParams = {}, options?: RequestOptions): PagePromise<Transaction> {
    checkParams(params, PAGE);
    return new PagePromise(
      (page) =>
        this.transport.json<Page<Transaction>>(
          {
            method: "GET",
            path: "/api/v1/monitor/transactions",
            query: { flow_id: flowId, page, size: params.size ?? 50 },
            schema: "transactionPage",
          },
          options,
        ),
      params.page,
    );
  }

  /**
   * One page of run traces (summaries), filtered by flow, session, status, text or time (`await`), or every trace
   * from that page on (`for await`).
   */
  traces(params: TraceListParams = {}, options?: RequestOptions): PagePromise<TraceSummary> {
    const query = toWire(params, TRACES);
    const size = params.size ?? 50;
    return new PagePromise(
      (page) =>
        this.transport
          .json<TraceList>(
            {
              method: "GET",
              path: "/api/v1/monitor/traces",
              query: { ...query, page, size },
              schema: "traceList",
            },
            options,
          )
          // The server's answer has no page and size: they are the ones asked for.
          .map((list) => ({ items: list.traces, total: list.total, pages: list.pages, page, size })),
      params.page,
    );
  }

  /** One trace with its spans. */
  trace(traceId: string, options?: RequestOptions): APIPromise<Trace> {
    return this.transport.json<Trace>(
      { method: "GET", path: path`/api/v1/monitor/traces/${traceId}`, schema: "trace" },
      options,
    );
  }

  /** Deletes one trace (404 "Trace not found" for an unknown id). */
  deleteTrace(traceId: string, options?: RequestOptions): APIPromise<void> {
    return this.transport.json<void>(
      { method: "DELETE", path: path`/api/v1/monitor/traces/${traceId}` },
      options,
    );
  }

  /** Deletes every trace of a flow. */
  deleteTraces(flowId: string, options?: RequestOptions): APIPromise<void> {
    return this.transport.json<void>(
      { method: "DELETE", path: "/api/v1/monitor/traces", query: { flow_id: flowId } },
      options,
    );
  }
}
