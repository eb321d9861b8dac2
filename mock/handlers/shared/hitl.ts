// The v1 run paths' guard for human-in-the-loop flows (1.13.0 api/v1/run_validation.py): /api/v1/run and the
// webhook refuse a flow that would pause (a Human Input wired to something, or an agent tool whose `tools_metadata`
// row carries `approval_actions`), since only a v2 background job can pause and resume. Seen on the real 1.13.0:
// v1 run 400 with this detail, a v1 stream one `error` event "400: <detail>".
import { isPlainObject } from "../../guards";
import { httpError } from "../../http/errors";
import type { FlowRecord } from "../../state/flows";

export const HITL_UNSUPPORTED_DETAIL =
  "This flow uses Human-in-the-Loop (a Human Input node or a tool that requires approval), which the v1 run API " +
  "cannot execute because it cannot pause and resume. Run it with the v2 workflows API instead: POST " +
  "/api/v2/workflows with mode='background', then resume via POST /api/v2/workflows/{job_id}/resume.";

/** run_validation.flow_requires_hitl. */
export function flowRequiresHitl(flow: FlowRecord): boolean {
  const data = isPlainObject(flow.data) ? flow.data : {};
  const nodes = Array.isArray(data.nodes) ? data.nodes.filter(isPlainObject) : [];
  const edges = Array.isArray(data.edges) ? data.edges.filter(isPlainObject) : [];
  const sources = new Set(edges.map((e) => e.source));
  return nodes.some((node) => {
    const nodeData = isPlainObject(node.data) ? node.data : {};
    const id = nodeData.id ?? node.id;
    if (nodeData.type === "HumanInput" && sources.has(id)) return true;
    const template =
      isPlainObject(nodeData.node) && isPlainObject(nodeData.node.template) ? nodeData.node.template : {};
    const rows = isPlainObject(template.tools_metadata) ? template.tools_metadata.value : undefined;
    return (
      Array.isArray(rows) &&
      rows.some((r) => isPlainObject(r) && Array.isArray(r.approval_actions) && r.approval_actions.length > 0)
    );
  });
}

/** raise_if_hitl_unsupported: 400 with the pointer to the v2 API. */
export function refuseHitlOnV1(flow: FlowRecord): void {
  if (flowRequiresHitl(flow)) throw httpError(400, HITL_UNSUPPORTED_DETAIL);
}
