// What WorkflowsClient reads about a flow, once per client: a flow's id from its endpoint name or name (1.11+ v2
// routes take a UUID only: 422 "Invalid flow_id, must be a UUID"), and its nodes (whether it has a Human Input, which
// sync and streamed runs go past without asking; 1.10's chat-input lookup is legacy-body.ts's). Loaded on demand,
// at the first run.
import type { LangflowError, NotFoundError } from "../core/errors";
import type { path } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import type { Transport } from "../core/transport";

/**
 * What this module needs from the eagerly loaded SDK, passed in by WorkflowsClient: a static import of those modules
 * would make a bundler move them into a chunk shared with this one, growing the eager bundle.
 */
export interface FlowLookupKit {
  LangflowError: typeof LangflowError;
  NotFoundError: typeof NotFoundError;
  path: typeof path;
  /** The warning on a run that went past a Human Input. */
  humanInputSkipped: string;
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export type FlowNode = {
  id: string;
  data?: { type?: string; node?: { template?: { tools_metadata?: { value?: unknown } } } };
};

/** Caches a promise per key; a rejected (or `null`) answer is forgotten, so the next call asks again. */
function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let found = map.get(key);
  if (!found) {
    found = load();
    map.set(key, found);
    found.then(
      (value) => value === null && map.delete(key),
      () => map.delete(key),
    );
  }
  return found;
}

export class FlowLookup {
  readonly #ids = new Map<string, Promise<string>>();
  readonly #nodes = new Map<string, Promise<FlowNode[] | null>>();

  constructor(
    private readonly transport: Transport,
    readonly kit: FlowLookupKit,
  ) {}

  /**
   * The flow's id: a UUID as it is, else the flow whose endpoint name (or, when unique, name) it is. The lookup runs
   * with the options of the call that needs it first (its signal and timeouts); calls asking meanwhile share it.
   */
  id(flow: string, options?: RequestOptions): Promise<string> {
    if (UUID.test(flow)) return Promise.resolve(flow);
    return cached(this.#ids, flow, async () => {
      const url = "/api/v1/flows/";
      const headers = await this.transport.json<
        { id: string; name?: string; endpoint_name?: string | null }[]
      >(
        {
          method: "GET",
          path: url,
          query: { get_all: true, header_flows: true },
          schema: "flowHeaders",
        },
        options,
      );
      const list = Array.isArray(headers) ? headers : [];
      const byEndpoint = list.find((f) => f.endpoint_name === flow);
      const byName = list.filter((f) => f.name === flow);
      if (byEndpoint) return byEndpoint.id;
      if (byName.length > 1)
        throw new this.kit.LangflowError(
          `${byName.length} flows are named "${flow}": pass the flow's id or its endpoint name.`,
        );
      if (byName[0]) return byName[0].id;
      const message = `No flow has the endpoint name or name "${flow}" (v2 runs take a flow id, an endpoint name or a unique flow name).`;
      throw new this.kit.NotFoundError({ status: 404, message, code: "FLOW_NOT_FOUND", method: "GET", url });
    });
  }

  /** The flow's nodes; `null` when the flow does not exist (404). */
  nodes(flowId: string): Promise<FlowNode[] | null> {
    return cached(this.#nodes, flowId, () =>
      this.transport
        .json<{ data?: { nodes?: FlowNode[] } }>({
          method: "GET",
          path: this.kit.path`/api/v1/flows/${flowId}`,
          schema: "flowGraph",
        })
        .then(
          (flow) => flow?.data?.nodes ?? [],
          (error: unknown) => {
            if (error instanceof this.kit.NotFoundError) return null;
            throw error;
          },
        ),
    );
  }
}

/**
 * The warnings the SDK adds to a sync run's result: a pause for a human the run went past (one read of the flow): a
 * Human Input node, or a tool an agent may only call with approval (a `tools_metadata` row with `approval_actions`).
 */
export async function runWarnings(lookup: FlowLookup, flowId: string | undefined): Promise<string[]> {
  const nodes = flowId ? await lookup.nodes(flowId).catch(() => null) : null;
  const asks = nodes && (nodesOfType(nodes, "HumanInput").length > 0 || nodes.some(toolNeedsApproval));
  return asks ? [lookup.kit.humanInputSkipped] : [];
}

function toolNeedsApproval(node: FlowNode): boolean {
  const rows = node.data?.node?.template?.tools_metadata?.value;
  return (
    Array.isArray(rows) &&
    rows.some(
      (row) =>
        Array.isArray((row as { approval_actions?: unknown })?.approval_actions) &&
        row.approval_actions.length > 0,
    )
  );
}

/** Whether nodes of this type are in the flow (`data.type`, or the id's prefix when the export has no type). */
export function nodesOfType(nodes: FlowNode[], type: string): FlowNode[] {
  return nodes.filter((n) => n.data?.type === type || n.id.startsWith(`${type}-`));
}
