// Turns the server's execution response (either generation) into a WorkflowResult. Loaded on demand with
// job-status.ts: no runtime import from the eagerly loaded SDK (a bundler would share that module's chunk).
import type { WorkflowError, WorkflowExecutionResponse, WorkflowOutput, WorkflowResult } from "./types";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const KNOWN_TYPES = new Set(["message", "text", "data", "dataframe", "image", "sql", "file"]);

function toOutput(componentId: string, raw: unknown): WorkflowOutput {
  const o = isRecord(raw) ? raw : {};
  const type = typeof o.type === "string" ? o.type.toLowerCase() : "unknown";
  const base = {
    // 1.10 servers repeat the id inside each output; 1.11+ only use the key.
    componentId: typeof o.component_id === "string" ? o.component_id : componentId,
    status: typeof o.status === "string" ? o.status : "completed",
    displayName: typeof o.display_name === "string" ? o.display_name : null,
    metadata: isRecord(o.metadata) ? o.metadata : null,
  };
  const content = o.content ?? null;
  if (type === "message" || type === "text") {
    return {
      ...base,
      type,
      content: typeof content === "string" ? content : content === null ? null : JSON.stringify(content),
    };
  }
  if (type === "data") return { ...base, type, content: isRecord(content) ? content : null };
  if (KNOWN_TYPES.has(type))
    return { ...base, type: type as "dataframe" | "image" | "sql" | "file", content };
  return { ...base, type: "unknown", serverType: type, content };
}

/** The single text answer: the server's `output.text` when it says `single`, else the one message/text output. */
function singleText(raw: Record<string, unknown>, outputs: WorkflowOutput[]): string | undefined {
  const summary = isRecord(raw.output) ? raw.output : undefined;
  if (summary && summary.reason === "single" && typeof summary.text === "string") return summary.text;
  if (summary && typeof summary.reason === "string") return undefined; // the server decided: none, multiple, ...
  // Servers before 1.11 send no summary: apply the same rule ourselves.
  const texts = outputs.filter(
    (o) => (o.type === "message" || o.type === "text") && typeof o.content === "string",
  );
  return texts.length === 1 ? (texts[0]?.content as string) : undefined;
}

function toErrors(raw: unknown): WorkflowError[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((e) =>
    isRecord(e)
      ? {
          error: typeof e.error === "string" ? e.error : JSON.stringify(e),
          code: typeof e.code === "string" ? e.code : null,
          details: isRecord(e.details) ? e.details : null,
        }
      : { error: String(e) },
  );
}

/**
 * 1.9/1.10 answers carry no `session_id`; a sync run's answer echoes its inputs, where the session travels as
 * `"<ChatInput id>.session_id"`.
 */
function echoedSessionId(inputs: unknown): string | undefined {
  if (!isRecord(inputs)) return undefined;
  const key = Object.keys(inputs).find((k) => k.endsWith(".session_id"));
  const value = key === undefined ? undefined : inputs[key];
  return typeof value === "string" ? value : undefined;
}

export function toWorkflowResult(body: WorkflowExecutionResponse): WorkflowResult {
  const raw = body as unknown as Record<string, unknown>;
  const rawOutputs = isRecord(raw.outputs) ? raw.outputs : {};
  // fromEntries defines each key as an own property: a component id "__proto__" cannot swap the map's prototype.
  const outputs: Record<string, WorkflowOutput> = Object.fromEntries(
    Object.entries(rawOutputs).map(([id, value]) => [id, toOutput(id, value)]),
  );
  const str = (value: unknown) => (typeof value === "string" ? value : undefined);
  return {
    status: str(raw.status) ?? "completed",
    text: singleText(raw, Object.values(outputs)),
    outputs,
    errors: toErrors(raw.errors),
    warnings: Array.isArray(raw.warnings)
      ? raw.warnings.map((w) => (typeof w === "string" ? w : JSON.stringify(w)))
      : [],
    flowId: str(raw.flow_id),
    sessionId: str(raw.session_id) ?? echoedSessionId(raw.inputs),
    jobId: str(raw.job_id),
    raw: body,
  };
}
