// Turning a RunOutcome into response bodies: v1 RunResponse and v2 component outputs.
import type { components as Api } from "../../src/generated/openapi";
import type { MessageRecord } from "../state/messages";
import { messageDump } from "./message";
import type { RunOutcome, VertexOutcome } from "./run";

type ComponentOutput = Api["schemas"]["ComponentOutput"];
type WorkflowOutput = Api["schemas"]["WorkflowOutput"];

export interface V1Selection {
  outputType: "chat" | "text" | "any" | "debug";
  outputComponent?: string | null;
}

/** v1 `RunResponse` (`/api/v1/run`, the `end` event of the v1 stream). */
export function v1RunResponse(outcome: RunOutcome, inputValue: string | null, select: V1Selection) {
  return {
    session_id: outcome.sessionId,
    outputs: [
      {
        inputs: inputValue === null ? {} : { input_value: inputValue },
        outputs: selectV1Vertices(outcome, select).map((v) => resultData(outcome, v)),
      },
    ],
  };
}

function selectV1Vertices(
  outcome: RunOutcome,
  { outputType, outputComponent }: V1Selection,
): VertexOutcome[] {
  const ok = outcome.vertices.filter((v) => v.result);
  if (outputComponent) return ok.filter((v) => v.id === outputComponent);
  if (outputType === "debug") return ok;
  const isOutput = (v: VertexOutcome) => {
    const type = outcome.graph.vertices.get(v.id)?.type ?? "";
    return type === "ChatOutput" || type === "TextOutput";
  };
  return ok.filter((v) => isOutput(v) && (outputType === "any" || v.id.toLowerCase().includes(outputType)));
}

export function resultData(outcome: RunOutcome, v: VertexOutcome) {
  const vertex = outcome.graph.vertices.get(v.id);
  const outputs = v.result?.outputs ?? {};
  const [name, value] = Object.entries(outputs)[0] ?? ["output", { text: "" }];
  const chat = v.result?.chatArtifact;
  const message: MessageRecord | undefined = value.message;
  const results = message
    ? { [name]: messageDump(message, { withId: false }) }
    : { [name]: plainTextDump(outcome, value.text) };
  return {
    results,
    artifacts: chat
      ? { message: chat.text, sender: chat.sender, sender_name: chat.sender_name, files: [], type: "object" }
      : { [name]: { repr: value.text, raw: value.text, type: "text" } },
    outputs: Object.fromEntries(
      Object.entries(outputs).map(([k, o]) => [k, { message: o.text, type: "text" }]),
    ),
    logs: Object.fromEntries(Object.keys(outputs).map((k) => [k, []])),
    messages: chat
      ? [
          {
            message: chat.text,
            sender: chat.sender,
            sender_name: chat.sender_name,
            session_id: message?.session_id ?? outcome.sessionId,
            stream_url: null,
            component_id: v.id,
            files: [],
            type: "text",
          },
        ]
      : vertex?.type === "TextOutput"
        ? // 1.13.0 lists a TextOutput's answer as a message too: sender Machine/AI, no session.
          [
            {
              message: value.text,
              sender: "Machine",
              sender_name: "AI",
              session_id: "",
              stream_url: null,
              component_id: v.id,
              files: [],
              type: "text",
            },
          ]
        : [],
    timedelta: null,
    duration: null,
    component_display_name: vertex?.displayName ?? v.id,
    component_id: v.id,
    used_frozen_result: false,
    token_usage: null,
  };
}

/** TextOutput results are Messages without sender/session (as 1.13.0 answers). */
function plainTextDump(outcome: RunOutcome, text: string) {
  const timestamp = outcome.vertices.at(-1)?.ended ?? outcome.ended;
  const msg: MessageRecord = {
    id: "",
    flow_id: outcome.flow.id,
    session_id: "",
    sender: null as unknown as string,
    sender_name: null as unknown as string,
    text,
    timestamp: new Date(timestamp)
      .toISOString()
      .replace("T", " ")
      .replace(/\.(\d{3})Z$/, ".$1000 UTC"),
    created: timestamp,
    files: [],
    error: false,
    edit: false,
    properties: {
      text_color: null,
      background_color: null,
      edited: false,
      source: { id: null, display_name: null, source: null },
      icon: null,
      allow_markdown: false,
      positive_feedback: null,
      state: "complete",
      targets: [],
      usage: null,
      build_duration: null,
    },
    category: "message",
    content_blocks: [],
    context_id: "",
    run_id: null,
  };
  // Unlike a chat message, 1.13.0's TextOutput result has no `id` in `data` either.
  const dump = messageDump(msg, { withId: false });
  const { id: _id, ...data } = dump.data;
  return { ...dump, data };
}

/** v2 `outputs`: the terminal vertices of the run, keyed by component id. */
export function v2Outputs(outcome: RunOutcome): Record<string, ComponentOutput & { content?: unknown }> {
  const out: Record<string, ComponentOutput> = {};
  for (const id of outcome.terminals) {
    const v = outcome.vertices.find((x) => x.id === id);
    if (!v?.result) continue;
    out[id] = v2Output(outcome, v) as ComponentOutput;
  }
  return out;
}

export function v2Output(outcome: RunOutcome, v: VertexOutcome) {
  const vertex = outcome.graph.vertices.get(v.id);
  const firstType = vertex?.outputs[0]?.types[0];
  const value = Object.values(v.result?.outputs ?? {})[0];
  return {
    type: (firstType ?? vertex?.type ?? "unknown").toLowerCase(),
    status: v.error ? "failed" : "completed",
    display_name: vertex?.displayName ?? v.id,
    content: value?.text ?? null,
    metadata: { component_type: vertex?.type ?? "unknown" },
  };
}

/** v2 `output`: single / multiple / none / non_string, among text-typed outputs (optionally restricted). */
export function v2OutputSummary(
  outputs: Record<string, { type: string; content?: unknown }>,
  only?: string[] | null,
): WorkflowOutput {
  const entries = Object.entries(outputs).filter(([id]) => !only || only.includes(id));
  const textual = entries.filter(([, o]) => o.type === "message" || o.type === "text");
  const strings = textual.filter(([, o]) => typeof o.content === "string");
  if (strings.length === 1) {
    const [source, o] = strings[0] as [string, { content: string }];
    return { reason: "single", text: o.content, source } as WorkflowOutput;
  }
  // 1.13.0 always sends text and source (null unless single).
  if (strings.length > 1) return { reason: "multiple", text: null, source: null } as WorkflowOutput;
  if (textual.length > 0) return { reason: "non_string", text: null, source: null } as WorkflowOutput;
  return { reason: "none", text: null, source: null } as WorkflowOutput;
}
