// A human-input request (Langflow 1.11+): what a paused v2 job waits for. One shape for what the server sends in
// three places (the `human_input_required` event, AG-UI's CUSTOM `langflow.human_input_required`, a
// `GET /api/v2/workflows/pending` row), here because the stream readers, the errors and the workflows all use it.
// Loaded on demand (a pause, a resume): import only its types statically.
// No runtime import from a module the SDK loads eagerly (errors, is-record): a bundler would move that module into
// a chunk shared with this one, which costs the eager bundle more than this whole file. Classes come as arguments
// (JobSuspendedError), which also keeps errors.ts (it imports this file's types) out of an import cycle.
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** One choice a person can make: its `actionId` (the branch it takes) and the label shown. */
export interface HumanInputOption {
  actionId: string;
  label: string;
}

/** What a paused job asks (a Human Input node, or an agent's tool approval). */
export interface HumanInputRequest {
  /** Answer with this id (`job.resume({ requestId, decision })`): `"<component id>:<job id>"`. */
  requestId: string;
  /** `node_input` (a Human Input component) or the kind of an agent's tool approval. */
  kind: string;
  /** What the person reviews (the Human Input's input). */
  prompt: string | null;
  options: HumanInputOption[];
  /** The action ids the server accepts (the options', plus `fallback` when the node has that branch). */
  allowedDecisions: string[];
  /** After this many seconds an answer takes the fallback branch (or no branch); 0 = no limit. Not in `/pending` rows. */
  timeoutSeconds: number | undefined;
  /** The server's request, as it sent it. */
  raw: Record<string, unknown>;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The server's request (snake_case) as a HumanInputRequest. */
export function toHumanInputRequest(raw: unknown): HumanInputRequest {
  const r = isRecord(raw) ? raw : {};
  return {
    requestId: String(r.request_id ?? ""),
    kind: String(r.kind ?? "node_input"),
    prompt: typeof r.prompt === "string" ? r.prompt : null,
    options: (Array.isArray(r.options) ? r.options : []).map((o) => ({
      actionId: String((isRecord(o) && o.action_id) ?? ""),
      label: String((isRecord(o) && o.label) ?? ""),
    })),
    allowedDecisions: strings(r.allowed_decisions),
    timeoutSeconds: typeof r.timeout_seconds === "number" ? r.timeout_seconds : undefined,
    raw: r,
  };
}

/** The error of a pause event's request (`finalText()` of a stream that ended at the pause). */
export function suspendedError<E>(
  Err: new (jobId: string | undefined, request: HumanInputRequest) => E,
  raw: unknown,
): E {
  const request = toHumanInputRequest(raw);
  // The request id is "<component id>:<job id>[:<approval id>]".
  return new Err(request.requestId.split(":")[1] || undefined, request);
}
