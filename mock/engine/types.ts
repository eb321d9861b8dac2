// Types shared across the engine: the graph, a run request, and what a run returns. No logic here, so any
// engine module can import it without a cycle.
import type { Clock } from "../clock";
import type { FlowRecord } from "../state/flows";
import type { MessageRecord } from "../state/messages";
import type { EventSink } from "./events";
import type { ScriptBook } from "./script/book";
import type { LfValue } from "./values";

export interface OutputSpec {
  name: string;
  types: string[];
  /** A loop's `item` output: its feedback edge ends here. */
  allowsLoop: boolean;
}

export interface FieldSpec {
  /** Template field type: str, int, bool, prompt, code, file, other, model, ... */
  type: string;
  inputTypes: string[];
  required: boolean;
  list: boolean;
  displayName: string;
}

export interface Vertex {
  id: string;
  /** Component type as the node's `data.type` names it ("ChatInput", "Prompt Template", "Agent", ...). */
  type: string;
  displayName: string;
  /** Field → template value (tweaks and global variables applied before the run). */
  params: Record<string, unknown>;
  fields: Record<string, FieldSpec>;
  /** Fields whose value names a global variable (`load_from_db`). */
  fromDb: Set<string>;
  outputs: OutputSpec[];
  /** The node is in tool mode (its only output is the toolset an agent uses). */
  toolMode: boolean;
  /** The id of the group node this vertex came from, if any. */
  parentId: string | null;
  /** The component's class (`metadata.component_class_name`), when the export names it. */
  className: string | null;
}

export interface Edge {
  source: string;
  target: string;
  /** Output name on the source ("message", "prompt", ...). */
  output: string;
  /** Input field on the target ("input_value", ...), or the loop output a feedback edge ends at. */
  field: string;
  /** The edge that feeds a loop body's result back to the loop (it is not a dependency). */
  feedback: boolean;
}

export interface Graph {
  vertices: Map<string, Vertex>;
  /** Vertex ids in the order of the flow's nodes (Langflow returns results in this order). */
  nodeOrder: string[];
  edges: Edge[];
}

/** What a caller asks the engine to run. */
export interface EngineRunRequest {
  flow: FlowRecord;
  inputValue: string | null;
  inputType?: "chat" | "text" | "any";
  /** Defaults to the flow id, as Langflow does. */
  sessionId?: string | null;
  /** `{ "<vertex id or display name>": { "<param>": value }, "<param>": value }` (already checked). */
  tweaks?: Record<string, unknown>;
  /** Request-scoped global variables (v2 `globals`, `X-LANGFLOW-GLOBAL-VAR-*` headers). */
  globals?: Record<string, string>;
  /** Replaces the stored flow data (v2 `data`, build `data`). */
  data?: unknown;
  startComponentId?: string | null;
  stopComponentId?: string | null;
  /**
   * "run" (v1 run, v2 workflows, webhook): like `run_graph_internal`, the run starts at the chat input or webhook
   * and covers what it reaches and what feeds that. "build" (the playground's build API): every vertex.
   */
  mode?: "run" | "build";
  /**
   * The v2 stream and background runs build the flow as the playground does (langflow/api/build.py,
   * generate_flow_events; lfx get_sorted_vertices → sort_chat_inputs_first): a chat input with no predecessors
   * builds alone first and the build follows what it reaches, so it starts the run even beside a webhook (which
   * `run_graph_internal`, used by v1 and v2 sync, prefers). Without such a chat input every root builds.
   */
  chatFirst?: boolean;
  /** Whether the run streams (a streamed v1 run, a v2 stream): stand-in models stream tokens only then. */
  streaming?: boolean;
  runId?: string;
  signal?: AbortSignal;
  emit?: EventSink;
  /** Who asked (recorded by the caller in the run log). */
  source?: string;
  /** Set for a sub-flow run by a Run Flow component: its depth, to stop runaway recursion. */
  depth?: number;
  /** Human input: whether a Human Input may pause this run (background jobs), and a resumed run's state. */
  humanInput?: HumanInputRun;
}

/** A decision as the resume request carries it (`{action_id, ...}`). */
export type HumanDecision = Record<string, unknown> & { action_id?: unknown };

/** The human-input side of a run request. */
export interface HumanInputRun {
  pausable: boolean;
  /** Decisions by request id (`"<vertex id>:<run id>"`), injected into the resumed run. */
  decisions?: Record<string, HumanDecision>;
  /** A resumed run: the vertices built before the pause, and the vertex the run starts again at. */
  resume?: PauseCheckpoint;
}

/** Where a paused run stopped: what a resume needs to go on (lfx's checkpoint). */
export interface PauseCheckpoint {
  vertexId: string;
  values: Map<string, Record<string, LfValue>>;
  /** What the paused vertex kept for its resume (an agent: its answer and the tool calls made so far). */
  state?: unknown;
}

/** A run paused by a Human Input: its request (the `human_input_required` event's data) and its checkpoint. */
export interface RunPause {
  request: Record<string, unknown>;
  checkpoint: PauseCheckpoint;
}

/** A vertex as it ran (or failed). */
export interface VertexOutcome {
  id: string;
  /** Output name → value, for the outputs the vertex computed. */
  values: Record<string, LfValue> | null;
  /** Messages the vertex sent (ChatInput / ChatOutput). */
  sent: MessageRecord[];
  error: { message: string; type: string } | null;
  params: Record<string, unknown>;
  /** Log entries by output name (component `self.log`). */
  logs: Record<string, { name: string; message: string; type: string }[]>;
  started: number;
  ended: number;
}

export interface RunWarning {
  componentId: string;
  componentType: string;
  message: string;
}

export interface RunOutcome {
  runId: string;
  sessionId: string;
  flow: FlowRecord;
  graph: Graph;
  /** Vertex outcomes in execution order. */
  vertices: VertexOutcome[];
  /** The vertices planned for this run, in the order of `vertices_sorted.to_run`. */
  ran: string[];
  /** Terminal vertices of the graph (no outgoing edge), in node order. */
  terminals: string[];
  status: "success" | "error" | "cancelled";
  error: { message: string; type: string; vertexId: string | null } | null;
  /** Unknown components passed through, and other things a test may want to read. */
  warnings: RunWarning[];
  /** Set when a Human Input paused the run (status stays "success": nothing failed). */
  pause?: RunPause;
  /** The run went on from a pause (its results list only the terminals it built, as 1.12+ do). */
  resumed?: boolean;
  started: number;
  ended: number;
}

/** What the engine needs from its host (the mock's state and options), so it writes nothing itself. */
export interface EngineDeps {
  clock: Clock;
  tokenDelayMs: number;
  /** Stores a chat message (the engine calls it when a component sends one). */
  storeMessage(message: MessageRecord): void;
  /** Stored messages of a flow, oldest first, for memory components. */
  messages(flowId: string): MessageRecord[];
  /** Finds another flow of the same user (Run Flow). */
  findFlow(idOrName: string, userId: string): FlowRecord | undefined;
  /** Scripted answers. */
  script: ScriptBook;
  /** Unknown components fail instead of passing their input through. */
  strict: boolean;
}
