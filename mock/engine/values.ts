// The values that flow along edges, as Langflow's component outputs are typed: Message, Data (JSON), DataFrame
// (Table), plain text, lists, and handles for objects a stand-in cannot serialize (a language model, tools, a
// vector store, ...). Conversions follow lfx/schema (data.py, message.py, dataframe.py) and lfx/helpers/data.py.
import type { MessageRecord } from "../state/messages";
import { cleanString, indentedJson, markdownTable, pyRepr, pyStr } from "./python-text";

export interface MessageSource {
  id: string | null;
  display_name: string | null;
  source: string | null;
}

export const NO_SOURCE: MessageSource = { id: null, display_name: null, source: null };

export interface MessageValue {
  kind: "message";
  text: string;
  sender: string | null;
  sender_name: string | null;
  session_id: string;
  files: string[];
  content_blocks: unknown[];
  source: MessageSource;
  /** The stored/sent message (id, timestamp, ...) once a chat component has sent it. */
  record?: MessageRecord;
  /** A stand-in model's answer as tokens: the ChatOutput that shows it streams them. */
  tokens?: string[];
}

export interface DataValue {
  kind: "data";
  data: Record<string, unknown>;
  textKey: string;
  defaultValue: string;
}

export interface TableValue {
  kind: "table";
  rows: Record<string, unknown>[];
}

export interface TextValue {
  kind: "text";
  text: string;
}

export interface ListValue {
  kind: "list";
  items: LfValue[];
}

/** A tool an agent stand-in can call: one per component connected to the agent's `tools`. */
export interface ToolSpec {
  name: string;
  description: string;
  componentId: string;
  componentType: string;
  /**
   * The component's enabled actions (`tools_metadata` rows, lfx Component._build_tool_data): each one a tool of the
   * real agent, with the decisions a human is asked for before the agent may call it (empty: no approval).
   */
  actions?: { name: string; approvalActions: string[] }[];
}

/** An object that is not data: a language model, embeddings, tools, a vector store, a memory. */
export interface HandleValue {
  kind: "handle";
  handle: string;
  ownerId: string;
  ownerName: string;
  /** What a consumer needs: the model name of a model, the tools of a toolset. */
  modelName?: string;
  tools?: ToolSpec[];
}

export type LfValue = MessageValue | DataValue | TableValue | TextValue | ListValue | HandleValue;

export function message(
  text: string,
  extra: Partial<Omit<MessageValue, "kind" | "text">> = {},
): MessageValue {
  return {
    kind: "message",
    text,
    sender: null,
    sender_name: null,
    session_id: "",
    files: [],
    content_blocks: [],
    source: NO_SOURCE,
    ...extra,
  };
}

export function data(value: Record<string, unknown>, textKey = "text"): DataValue {
  return { kind: "data", data: value, textKey, defaultValue: "" };
}

export const table = (rows: Record<string, unknown>[]): TableValue => ({ kind: "table", rows });
export const text = (value: string): TextValue => ({ kind: "text", text: value });
export const list = (items: LfValue[]): ListValue => ({ kind: "list", items });

export function isValue(v: unknown): v is LfValue {
  return (
    typeof v === "object" && v !== null && "kind" in v && typeof (v as { kind: unknown }).kind === "string"
  );
}

/** What a text field (MessageTextInput) gets from a value or a raw template value. */
export function textOf(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (!isValue(v)) return typeof v === "object" ? JSON.stringify(v) : String(v);
  switch (v.kind) {
    case "message":
    case "text":
      return v.text;
    case "data":
      return pyStr(v.data[v.textKey] ?? v.defaultValue);
    case "table":
      return markdownTable(v.rows);
    case "list":
      return v.items.map(textOf).join("\n");
    case "handle":
      return "";
  }
}

/** lfx `safe_convert` (what a ChatOutput shows): Data as a fenced JSON block, a table as Markdown. */
export function safeConvert(v: unknown, { clean = false } = {}): string {
  if (typeof v === "string") return cleanString(v);
  if (!isValue(v)) return cleanString(v === null || v === undefined ? "None" : pyStr(v));
  switch (v.kind) {
    case "message":
      return v.text;
    case "text":
      return cleanString(v.text);
    case "data":
      return cleanString(`\`\`\`json\n${indentedJson(v.data)}\n\`\`\``);
    case "table":
      return markdownTable(clean ? cleanRows(v.rows) : v.rows.map(oneLineCells));
    case "list":
      return v.items.map((item) => safeConvert(item, { clean })).join("\n");
    case "handle":
      return cleanString(`<${v.handle} ${v.ownerName}>`);
  }
}

function oneLineCells(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, value]) => [
      k,
      typeof value === "string"
        ? value
            .replace(/\r\n?/g, "\n")
            .replace(/^\n+|\n+$/g, "")
            .replace(/\n/g, "<br/>")
            .replace(/\|/g, "\\|")
        : value,
    ]),
  );
}

function cleanRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) =>
    oneLineCells(
      Object.fromEntries(
        Object.entries(row).map(([k, value]) => [
          k,
          typeof value === "string" ? value.replace(/^\s*$/gm, "").replace(/\n+/g, "\n") : value,
        ]),
      ),
    ),
  );
}

/** The `data` dict of a Message (what Message.to_data() and a DataFrame of messages hold). */
export function messageDataDict(m: MessageValue): Record<string, unknown> {
  const r = m.record;
  return {
    text: m.text,
    sender: m.sender,
    sender_name: m.sender_name,
    session_id: m.session_id,
    context_id: r?.context_id ?? "",
    files: m.files,
    timestamp: r?.timestamp ?? null,
    flow_id: r?.flow_id ?? null,
    error: false,
    edit: false,
    category: "message",
    content_blocks: m.content_blocks,
    ...(r ? { id: r.id } : {}),
  };
}

/** Type Convert's "to Message" (and the Message a Data or DataFrame turns into). */
export function toMessage(v: LfValue): MessageValue {
  switch (v.kind) {
    case "message":
      return v;
    case "data":
      return message(v.textKey in v.data ? pyStr(v.data[v.textKey]) : pyRepr(v.data));
    case "table":
      return message(markdownTable(v.rows));
    default:
      return message(textOf(v));
  }
}

/** Type Convert's "to JSON": a Message becomes `{text}` only. */
export function toData(v: LfValue): DataValue {
  switch (v.kind) {
    case "data":
      return v;
    case "message":
    case "text":
      return data({ text: v.text });
    case "table":
      return data({ results: v.rows });
    case "list":
      return data({ results: v.items.map((i) => toData(i).data) });
    case "handle":
      return data({});
  }
}

/** Type Convert's "to Table" (Data with one list of dicts becomes those rows). */
export function toTable(v: LfValue): TableValue {
  switch (v.kind) {
    case "table":
      return v;
    case "data": {
      const values = Object.values(v.data);
      const only = values[0];
      if (
        values.length === 1 &&
        Array.isArray(only) &&
        only.every((x) => typeof x === "object" && x !== null)
      )
        return table(only as Record<string, unknown>[]);
      return table([v.data]);
    }
    case "list":
      return table(v.items.map((i) => toData(i).data));
    default:
      return table([{ text: textOf(v) }]);
  }
}

/** A list of Data (what a Data/DataFrame/list input holds item by item). */
export function dataItems(v: LfValue | undefined): DataValue[] {
  if (!v) return [];
  if (v.kind === "list") return v.items.flatMap(dataItems);
  if (v.kind === "table") return v.rows.map((row) => data(row));
  if (v.kind === "message") return [data(messageDataDict(v))];
  return [toData(v)];
}
