// createLangflowMock(): one in-memory Langflow — options, state, and the msw handlers of every API area.
import type { RequestHandler } from "msw";
import type { MockContext, MockWarning } from "./context";
import { checkFlow, type FlowCheck } from "./engine/check";
import { ScriptBook, type ScriptRule } from "./engine/script/book";
import { areas } from "./handlers";
import { notFoundHandlers } from "./handlers/not-found";
import { type LangflowMockOptions, type ResolvedMockOptions, resolveMockOptions } from "./options";
import { MockState } from "./state";
import { exampleFlows } from "./state/example-flows";
import type { FlowInput, FlowRecord } from "./state/flows";

export interface LangflowMock {
  /** msw handlers: pass to setupServer/setupWorker, or use the transports. */
  readonly handlers: RequestHandler[];
  readonly state: MockState;
  readonly options: ResolvedMockOptions;
  /** The first configured API key. */
  readonly apiKey: string;
  /** Back to the initial state: initial flows and keys, no messages/jobs/files; pending timers cancelled. */
  reset(): void;
  /** Adds a flow owned by the superuser (same as uploading it). */
  addFlow(flow: FlowInput): FlowRecord;
  /** A flow by id or endpoint name. */
  flow(idOrName: string): FlowRecord | undefined;
  /** Scripted answers: `mock.script.add({ component: "Agent", text: "..." })` (rules added later win). */
  readonly script: ScriptBook;
  /** Warnings of the runs since the last reset (unknown components that passed their input through). */
  readonly warnings: readonly MockWarning[];
  /** What the mock makes of a flow's components: faithful, stand-in, scripted or unknown (by id or endpoint name). */
  check(idOrName: string): FlowCheck | undefined;
}

/**
 * The mock's msw handlers and its in-memory state, for your own msw setup (`setupServer(...mock.handlers)`,
 * `setupWorker(...)`): `handlers`, `state`, `apiKey`, `addFlow()`, `flow()`, `script`, `check()` and `reset()`.
 * `setupLangflowMock()` (Node), `setupLangflowMockWorker()` (browser) and `startLangflowMockServer()` (HTTP) wrap it.
 * @param options bundled or your own flows (`flows`), keys (`apiKeys`), the Langflow version to behave as
 * (`profile`), delays, scripted answers (`script`), `strict`, ...
 */
export function createLangflowMock(options: LangflowMockOptions = {}): LangflowMock {
  const resolved = resolveMockOptions(options);
  const script = new ScriptBook(resolved.script as ScriptRule[]);
  const { onFlowCheck } = resolved;
  const state = new MockState({
    ...resolved,
    ...(onFlowCheck ? { onFlowSaved: (flow: FlowRecord) => onFlowCheck(checkFlow(flow, script)) } : {}),
  });
  const warnings: MockWarning[] = [];
  const ctx: MockContext = { options: resolved, state, script, warnings };
  const seed = () => {
    const initial = [...(resolved.exampleFlows ? exampleFlows : []), ...resolved.flows];
    for (const flow of initial) state.flows.add(structuredClone(flow), state.owner);
  };
  seed();
  const areaHandlers = areas.flatMap((area) => area(ctx));
  const handlers = [...areaHandlers, ...notFoundHandlers(areaHandlers)];
  return {
    handlers,
    state,
    options: resolved,
    apiKey: resolved.apiKeys[0] as string,
    reset() {
      state.reset();
      script.clear();
      script.add(...resolved.script);
      warnings.length = 0;
      seed();
    },
    addFlow: (flow) => state.flows.add(structuredClone(flow), state.owner),
    flow: (idOrName) => state.flows.find(idOrName),
    script,
    warnings,
    check(idOrName) {
      const flow = state.flows.find(idOrName);
      return flow ? checkFlow(flow, script) : undefined;
    },
  };
}
