// The human-in-the-loop flows (test/fixtures/hitl-flows/*.json): Chat Input → Human Input → one branch per decision,
// built from the pinned server's own templates like the parity flows, so the contract suite runs the same JSON on the
// mock and on real servers (test/scenarios/human-input.test.ts). `npm run make-parity-flows` rewrites them.
import {
  type AllComponents,
  type EdgeSpec,
  findTemplate,
  flow,
  type NodeSpec,
  type Template,
  withVariables,
} from "./flow-builder";

/** As lfx's HumanInput._action_id: the branch id of a decision label ("Request Changes" → "request_changes"). */
export function actionId(label: string): string {
  return label.trim().toLowerCase().replaceAll(" ", "_");
}

/**
 * A Human Input template with these decisions (and the fallback branch), its outputs rebuilt as the component's
 * update_outputs does when the UI changes "User Choices" or "Enable Fallback".
 */
export function humanInputTemplate(base: Template, decisions: string[], fallback = false): Template {
  const copy = structuredClone(base);
  const [first] = base.outputs;
  if (!first) throw new Error("the HumanInput template has no outputs");
  const output = (display: string, id: string) => ({
    ...structuredClone(first),
    display_name: display,
    name: `branch_${id}`,
  });
  copy.outputs = decisions.map((label) => output(label.trim(), actionId(label)));
  if (fallback) copy.outputs.push(output("Fallback", "fallback"));
  const slot = (name: string) => {
    const field = copy.template[name];
    if (!field) throw new Error(`the HumanInput template has no field ${name}`);
    return field;
  };
  slot("decisions").value = decisions;
  slot("enable_fallback").value = fallback;
  slot("timeout").show = fallback;
  return copy;
}

/** One branch: Human Input's `branch_<id>` → Prompt Template ("<Label>: {request}") → Chat Output. */
function branch(t: (name: string) => Template, label: string): { nodes: NodeSpec[]; edges: EdgeSpec[] } {
  const id = actionId(label).replaceAll("_", "").slice(0, 5).padEnd(5, "0");
  const prompt = `Prompt-hi${id}`;
  const out = `ChatOutput-hi${id}`;
  return {
    nodes: [
      {
        id: prompt,
        type: "Prompt Template",
        template: withVariables(t("Prompt Template"), "request"),
        values: { template: `${label}: {request}` },
      },
      { id: out, type: "ChatOutput", template: t("ChatOutput") },
    ],
    edges: [
      { from: "HumanInput-hitl1", output: `branch_${actionId(label)}`, to: prompt, field: "request" },
      { from: prompt, output: "prompt", to: out, field: "input_value" },
    ],
  };
}

function humanInputFlow(
  all: AllComponents,
  name: string,
  description: string,
  decisions: string[],
  options: { fallback?: boolean; timeout?: { value: number; unit: "Minutes" | "Hours" | "Days" } } = {},
) {
  const t = (component: string) => findTemplate(all, component);
  const labels = options.fallback ? [...decisions, "Fallback"] : decisions;
  const branches = labels.map((label) => branch(t, label));
  const human: NodeSpec = {
    id: "HumanInput-hitl1",
    type: "HumanInput",
    template: humanInputTemplate(t("HumanInput"), decisions, options.fallback),
    values: options.timeout ? { timeout: options.timeout } : {},
  };
  const nodes: NodeSpec[] = [
    { id: "ChatInput-hitl1", type: "ChatInput", template: t("ChatInput") },
    human,
    ...branches.flatMap((b) => b.nodes),
  ];
  const edges: EdgeSpec[] = [
    { from: "ChatInput-hitl1", output: "message", to: "HumanInput-hitl1", field: "prompt" },
    ...branches.flatMap((b) => b.edges),
  ];
  return flow(name, description, name, nodes, edges);
}

/** Every human-in-the-loop flow by file name (also its endpoint name). */
export function hitlFlows(all: AllComponents): Record<string, ReturnType<typeof flow>> {
  return {
    "hitl-approval": humanInputFlow(
      all,
      "hitl-approval",
      "ChatInput -> Human Input (Approve / Reject) -> 'Approve: {request}' or 'Reject: {request}' -> ChatOutput.",
      ["Approve", "Reject"],
    ),
    "hitl-fallback": humanInputFlow(
      all,
      "hitl-fallback",
      "ChatInput -> Human Input (Approve / Request Changes, fallback after 1 minute) -> one Prompt -> ChatOutput per branch.",
      ["Approve", "Request Changes"],
      { fallback: true, timeout: { value: 1, unit: "Minutes" } },
    ),
  };
}
