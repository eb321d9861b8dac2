// Run Flow — reproduces lfx 1.13.0 flow_controls/run_flow.py (RunFlowBaseComponent): runs another flow of the same
// user in the mock, in this run's session. Its inputs are `<vertex id>~<field>` fields (an `input_value` is the
// sub-flow's input, the others tweaks); its outputs `<vertex id>~<output>` answer that vertex's output. Also the
// legacy Sub Flow (flow_controls/sub_flow.py).
import type { LfValue } from "../../values";
import { textParam } from "../params";
import { type Component, ComponentError } from "../types";

export const runFlow: Component = {
  kind: "faithful",
  reproduces: "Run Flow (lfx 1.13.0, flow_controls/run_flow.py, base/tools/run_flow.py)",
  async run(ctx) {
    const name = textParam(ctx, "flow_name_selected");
    const id = textParam(ctx, "flow_id_selected");
    if (!name && !id) throw new ComponentError("Flow name or id is required");
    const tweaks: Record<string, Record<string, unknown>> = {};
    let input = "";
    for (const [field, value] of Object.entries(ctx.params)) {
      const at = field.indexOf("~");
      if (at <= 0) continue;
      const vertexId = field.slice(0, at);
      const param = field.slice(at + 1);
      if (param === "input_value") input = textParam(ctx, field);
      else tweaks[vertexId] = { ...tweaks[vertexId], [param]: value };
    }
    let outcome: Awaited<ReturnType<typeof ctx.env.runSubflow>>;
    try {
      outcome = await ctx.env.runSubflow(id || name, input, tweaks);
    } catch (error) {
      throw new ComponentError(
        (error as Error).message === `Flow "${id || name}" not found`
          ? "Flow not found"
          : `Error running flow: ${name}`,
      );
    }
    if (outcome.status !== "success") throw new ComponentError(`Error running flow: ${name}`, "RuntimeError");
    const out: Record<string, LfValue> = {};
    for (const wanted of ctx.wanted) {
      const at = wanted.indexOf("~");
      const vertexId = at > 0 ? wanted.slice(0, at) : wanted;
      const output = at > 0 ? wanted.slice(at + 1) : "";
      const values = outcome.vertices.find((v) => v.id === vertexId)?.values;
      const value = values ? (values[output] ?? Object.values(values)[0]) : undefined;
      if (value) out[wanted] = value;
    }
    if (Object.keys(out).length === 0) {
      // No declared outputs (an older export): the sub-flow's first output vertex answers.
      const first = outcome.vertices.filter((v) => outcome.terminals.includes(v.id) && v.values).at(0);
      const value = first?.values ? Object.values(first.values)[0] : undefined;
      if (value) for (const wantedName of ctx.wanted) out[wantedName] = value;
    }
    return out;
  },
};
