// What every API area receives: the resolved options and the shared state.
import type { RequestHandler } from "msw";
import type { ScriptBook } from "./engine/script/book";
import type { RunWarning } from "./engine/types";
import type { ResolvedMockOptions } from "./options";
import type { MockState } from "./state";

/** A warning of a run (an unknown component passed its input through), with the flow and run it came from. */
export interface MockWarning extends RunWarning {
  flowId: string;
  runId: string;
}

export interface MockContext {
  readonly options: ResolvedMockOptions;
  readonly state: MockState;
  /** Scripted answers of stand-ins and unknown components. */
  readonly script: ScriptBook;
  /** Warnings of the runs since the last reset. */
  readonly warnings: MockWarning[];
}

/** An API area: returns its msw handlers for one mock instance. */
export type ApiArea = (ctx: MockContext) => RequestHandler[];
