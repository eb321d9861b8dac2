// What every API area receives: the resolved options and the shared state.
import type { RequestHandler } from "msw";
import type { ResolvedMockOptions } from "./options";
import type { MockState } from "./state";

export interface MockContext {
  readonly options: ResolvedMockOptions;
  readonly state: MockState;
}

/** An API area: returns its msw handlers for one mock instance. */
export type ApiArea = (ctx: MockContext) => RequestHandler[];
