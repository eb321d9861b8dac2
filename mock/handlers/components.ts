// The component catalog (`GET /api/v1/all`): `{ category: { componentType: template } }` plus, since 1.13,
// `component_display_names` (translations, keyed by lower-cased type). The mock lists the components its engine
// runs, with the templates the real server exported into the example flows (mock/flows/*.json), under the
// categories 1.13.0 files them in. Mock-only components (MockModel, MockFailure, MockDelay) go under "mock".
import { http } from "msw";
import type { ApiArea } from "../context";
import { components as engineComponents } from "../engine/components";
import { authenticate } from "../http/auth";
import { jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { exampleFlows } from "../state/example-flows";

const CATEGORY: Record<string, string> = {
  ChatInput: "input_output",
  ChatOutput: "input_output",
  TextInput: "input_output",
  TextOutput: "input_output",
  Webhook: "input_output",
  "Prompt Template": "models_and_agents",
  Prompt: "models_and_agents",
};

type Template = { display_name?: string; description?: string; template?: Record<string, unknown> };
type FlowNode = { data?: { type?: string; node?: Template } };

function buildCatalog(): Record<string, Record<string, unknown>> {
  const catalog: Record<string, Record<string, Template>> = {};
  const names: Record<string, unknown> = {};
  for (const flow of exampleFlows) {
    const nodes = ((flow.data as { nodes?: FlowNode[] } | undefined)?.nodes ?? []) as FlowNode[];
    for (const node of nodes) {
      const type = node.data?.type;
      const template = node.data?.node;
      if (!type || !template || !(type in engineComponents)) continue;
      const category = CATEGORY[type] ?? "mock";
      catalog[category] ??= {};
      if (catalog[category][type]) continue;
      catalog[category][type] = template;
      const fields: Record<string, { display_name: string[] }> = {};
      for (const [field, value] of Object.entries(template.template ?? {})) {
        const display = (value as { display_name?: unknown } | null)?.display_name;
        if (typeof display === "string") fields[field] = { display_name: [display] };
      }
      names[type.toLowerCase()] = {
        display_name: [template.display_name ?? type],
        description: [template.description ?? ""],
        fields,
      };
    }
  }
  return { ...catalog, component_display_names: names };
}

export const componentsArea: ApiArea = (ctx) => {
  let catalog: Record<string, Record<string, unknown>> | undefined;
  return [
    http.get(
      api("/api/v1/all"),
      route(({ request }) => {
        authenticate(ctx, request);
        catalog ??= buildCatalog();
        return jsonResponse(catalog);
      }),
    ),
  ];
};
