// Components as tools — what an agent sees of a component in tool mode (lfx Component.to_toolkit, output
// `component_as_tool`) or of a tool component (LCToolComponent `api_build_tool`): a toolset handle naming the
// component. When a (scripted) agent calls one, the tool's answer comes from the script or is
// "[mock tool <name>] <input>".
import type { ScriptToolCall } from "../../script/book";
import type { Vertex } from "../../types";
import type { HandleValue, ToolSpec } from "../../values";
import { answer } from "../stand-in";
import type { ComponentContext } from "../types";

export const TOOL_OUTPUTS = new Set(["component_as_tool", "api_build_tool", "tool"]);

export function toolsetHandle(vertex: Vertex): HandleValue {
  return {
    kind: "handle",
    handle: "Tool",
    ownerId: vertex.id,
    ownerName: vertex.displayName,
    tools: [
      {
        name: vertex.displayName,
        description: typeof vertex.params.tool_description === "string" ? vertex.params.tool_description : "",
        componentId: vertex.id,
        componentType: vertex.type,
        actions: actionsOf(vertex),
      },
    ],
  };
}

/** The enabled `tools_metadata` rows (a row with `status: false` is not given to the agent: filter_tools). */
function actionsOf(vertex: Vertex): { name: string; approvalActions: string[] }[] {
  const rows = vertex.params.tools_metadata;
  if (!Array.isArray(rows)) return [];
  return rows
    .filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null && r.status !== false)
    .filter((r) => typeof r.name === "string")
    .map((r) => ({
      name: r.name as string,
      approvalActions: Array.isArray(r.approval_actions) ? r.approval_actions.map(String) : [],
    }));
}

/** The answer of a tool an agent calls. */
export async function toolAnswer(ctx: ComponentContext, tool: ToolSpec | undefined, call: ScriptToolCall) {
  const input = JSON.stringify(call.input ?? {});
  if (!tool) return `[mock tool ${call.name}] ${input}`;
  const toolCtx: ComponentContext = {
    ...ctx,
    vertex: ctx.graph.vertices.get(tool.componentId) ?? ctx.vertex,
  };
  const reply = await answer(toolCtx, input, () => `[mock tool ${tool.name}] ${input}`);
  return reply.text;
}
