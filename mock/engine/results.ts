// Turning a RunOutcome into response bodies: v1 RunResponse (and each vertex's ResultData), v2 component outputs.
import type { components as Api } from "../../src/generated/openapi";
import type { MessageRecord } from "../state/messages";
import { isOutputVertex } from "./graph/plan";
import { messageDump, messageProperties } from "./message";
import { artifactText } from "./python-text";
import { artifact, outputLog, v2Content } from "./serialize";
import type { RunOutcome, Vertex, VertexOutcome } from "./types";
import { type LfValue, NO_SOURCE, textOf } from "./values";

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

/**
 * 1.13.0 (api/v1/endpoints.py + Graph._run): the ids asked for (output_component, every vertex for debug, the
 * output vertices whose id contains the output type), and when that names none, every output vertex. Built
 * vertices only, in the flow's node order.
 */
function selectV1Vertices(
  outcome: RunOutcome,
  { outputType, outputComponent }: V1Selection,
): VertexOutcome[] {
  const { graph } = outcome;
  const asked = outputComponent
    ? [outputComponent]
    : graph.nodeOrder.filter((id) => {
        if (outputType === "debug") return true;
        const v = graph.vertices.get(id) as Vertex;
        return isOutputVertex(v) && (outputType === "any" || id.toLowerCase().includes(outputType));
      });
  const built = new Map(outcome.vertices.filter((v) => v.values).map((v) => [v.id, v]));
  return graph.nodeOrder
    .filter((id) => {
      const v = graph.vertices.get(id) as Vertex;
      return (asked.length === 0 && isOutputVertex(v)) || asked.includes(id) || asked.includes(v.displayName);
    })
    .map((id) => built.get(id))
    .filter((v): v is VertexOutcome => v !== undefined);
}

const CHAT_TYPES = new Set(["ChatInput", "ChatOutput"]);
/** Interface components keep their output in `results` (others answer `results: {}`). */
const RESULT_TYPES = new Set(["TextInput", "TextOutput", "Webhook"]);

/** A vertex's ResultData, as in a v1 run result and a stored vertex build. */
export function resultData(outcome: RunOutcome, v: VertexOutcome) {
  const vertex = outcome.graph.vertices.get(v.id) as Vertex;
  const values = v.values ?? {};
  const chat = CHAT_TYPES.has(vertex.type) ? v.sent.at(-1) : undefined;
  const entries = Object.entries(values);
  const firstValue = entries[0]?.[1];
  const results = vertexResults(outcome, v);
  const text = chat?.text ?? (firstValue ? textOf(firstValue) : "");
  return {
    results,
    artifacts: chat
      ? {
          message: artifactText(chat.text),
          sender: chat.sender,
          sender_name: chat.sender_name,
          files: [],
          type: "object",
        }
      : Object.fromEntries(entries.map(([k, value]) => [k, artifact(value)])),
    outputs: Object.fromEntries(entries.map(([k, value]) => [k, outputLog(value)])),
    logs: Object.fromEntries(entries.map(([k]) => [k, v.logs[k] ?? []])),
    // 1.13.0 lists no message for an empty text (and lists a TextOutput's answer as an AI message).
    messages:
      text === "" || !(chat || vertex.type === "TextOutput")
        ? []
        : [
            {
              message: artifactText(text),
              sender: chat?.sender ?? "Machine",
              sender_name: chat?.sender_name ?? "AI",
              session_id: chat ? chat.session_id : "",
              stream_url: null,
              component_id: v.id,
              files: [],
              type: "text",
            },
          ],
    timedelta: null,
    duration: null,
    component_display_name: vertex.displayName,
    component_id: v.id,
    used_frozen_result: false,
    token_usage: null,
  };
}

/** A vertex's `results`: a chat component's message, an interface component's output; `{}` for the others. */
export function vertexResults(outcome: RunOutcome, v: VertexOutcome): Record<string, unknown> {
  const vertex = outcome.graph.vertices.get(v.id) as Vertex;
  const [name, value] = Object.entries(v.values ?? {})[0] ?? ["output", undefined];
  const chat = CHAT_TYPES.has(vertex.type) ? v.sent.at(-1) : undefined;
  if (chat) return { [name]: messageDump(chat, { withId: false }) };
  if (value && RESULT_TYPES.has(vertex.type)) return { [name]: plainDump(outcome, value) };
  return {};
}

/** Text and Data results of interface components: a Message without sender/session, or a Data dump. */
function plainDump(outcome: RunOutcome, value: LfValue) {
  if (value.kind === "data")
    return { text_key: value.textKey, data: value.data, default_value: value.defaultValue };
  const timestamp = outcome.vertices.at(-1)?.ended ?? outcome.ended;
  const msg: MessageRecord = {
    id: "",
    flow_id: outcome.flow.id,
    session_id: "",
    sender: null as unknown as string,
    sender_name: null as unknown as string,
    text: textOf(value),
    timestamp: new Date(timestamp)
      .toISOString()
      .replace("T", " ")
      .replace(/\.(\d{3})Z$/, ".$1000 UTC"),
    created: timestamp,
    files: [],
    error: false,
    edit: false,
    properties: messageProperties(NO_SOURCE),
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

/** v2 `outputs`: every terminal vertex of the flow, keyed by id; one the run did not build has no content. */
/**
 * v2 `outputs`, one per terminal vertex. A resumed human-input run leaves out the branches the decision did not take,
 * unless `untakenBranches` (1.11 lists them, `content: null`, from their stopped vertex builds).
 */
export function v2Outputs(
  outcome: RunOutcome,
  untakenBranches = false,
): Record<string, ComponentOutput & { content?: unknown }> {
  const out: Record<string, ComponentOutput> = {};
  for (const id of outcome.terminals) {
    const v = outcome.vertices.find((x) => x.id === id);
    if (!v && outcome.resumed && !untakenBranches) continue; // a branch the decision did not take
    out[id] = v2Output(outcome, id, v) as ComponentOutput;
  }
  return out;
}

export function v2Output(outcome: RunOutcome, id: string, v: VertexOutcome | undefined) {
  const vertex = outcome.graph.vertices.get(id);
  const firstType = vertex?.outputs[0]?.types[0];
  // 1.13.0 gives content for output components only (a terminal ChatInput answers null).
  const value = v?.values && vertex && isOutputVertex(vertex) ? Object.values(v.values)[0] : undefined;
  return {
    type: (firstType ?? vertex?.type ?? "unknown").toLowerCase(),
    status: v?.error ? "failed" : "completed",
    display_name: vertex?.displayName ?? id,
    content: v2Content(value),
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
