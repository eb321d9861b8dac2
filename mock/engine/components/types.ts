// The contract between the engine and its components.
import type { Clock } from "../../clock";
import type { FlowRecord } from "../../state/flows";
import type { MessageRecord } from "../../state/messages";
import type { EngineEvent } from "../events";
import type { ScriptBook } from "../script/book";
import type { Graph, RunOutcome, Vertex } from "../types";
import type { DataValue, LfValue, MessageValue } from "../values";

/** faithful: runs as the real component does; stand-in: answers for an outside service, deterministically. */
export type ComponentKind = "faithful" | "stand-in";

export interface Component {
  kind: ComponentKind;
  /** The real component (and version) this reproduces, e.g. "ChatInput, lfx 1.13.0 input_output/chat.py". */
  reproduces: string;
  run(ctx: ComponentContext): Promise<Record<string, LfValue>> | Record<string, LfValue>;
}

export interface SendOptions {
  /** Stored in the message history (and visible to the monitor API). */
  store: boolean;
  /** The id of a partial message sent before (a streamed answer keeps its id). */
  id?: string;
  state?: "complete" | "partial";
  /** Emit `add_message` (default true). */
  emit?: boolean;
}

/** What a running flow offers its components. */
export interface RunEnv {
  flow: FlowRecord;
  sessionId: string;
  runId: string;
  /** The run's input (`input_value`); null = none. */
  inputValue: string | null;
  inputType: "chat" | "text" | "any";
  /** The run streams (stand-in models stream their answer token by token only then). */
  streaming: boolean;
  clock: Clock;
  signal: AbortSignal;
  tokenDelayMs: number;
  script: ScriptBook;
  emit(event: EngineEvent): void;
  /** Creates the message record of a value (stored when asked, `add_message` emitted). */
  sendMessage(value: MessageValue, options: SendOptions): MessageRecord;
  /** Stored messages of this flow, oldest first, without those sent by vertices of the current batch. */
  history(): MessageRecord[];
  /** Runs another flow of the same user (Run Flow) with one input, in this session. */
  runSubflow(idOrName: string, input: string, tweaks?: Record<string, unknown>): Promise<RunOutcome>;
  /** Runs a loop's body once for one item; returns what the body's last vertex fed back. */
  runLoopBody(loopId: string, item: DataValue): Promise<LfValue | undefined>;
  /** Human Input: the decision injected for a request (a resumed run), and the pause request of a pausable run. */
  humanInput: {
    decision(requestId: string): { action_id?: unknown } | undefined;
    /**
     * Asks the run to pause after this batch (ignored when the run cannot pause, as the server does). `state` is kept
     * with the checkpoint and given back to the vertex when the run resumes (an agent's thread, lfx's checkpointer).
     */
    pause(request: Record<string, unknown>, state?: unknown): void;
    /** In a resumed run, the state this vertex paused with (undefined otherwise). */
    resumed(vertexId: string): unknown;
  };
}

export interface ComponentContext {
  vertex: Vertex;
  graph: Graph;
  /** Template values, with each connected input in place of its field (an array for a list field). */
  params: Record<string, unknown>;
  /** Connected inputs by field. */
  inputs: Record<string, LfValue | LfValue[]>;
  /** The outputs the run needs (those with an outgoing edge; all of them on a terminal vertex). */
  wanted: string[];
  env: RunEnv;
  /** Don't follow this output (a router's branch not taken). */
  stop(output: string): void;
  /** A component log line (`self.log`): a `log` event on the stream and in the vertex's logs. */
  log(output: string, name: string, message: string): void;
  /** A warning a test can read (`outcome.warnings`). */
  warn(message: string): void;
}

/** An error raised by a component: the run fails with this message and Python exception type. */
export class ComponentError extends Error {
  constructor(
    message: string,
    readonly errorType = "ValueError",
  ) {
    super(message);
  }
}
