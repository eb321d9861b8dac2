// The starter projects of the pinned Langflow (test/fixtures/starter-projects, copied by
// `npm run copy-starter-projects`), and what a user sets in the UI before exporting one: a model for every model
// or agent, a file for every file reader, a knowledge base for every retriever.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const STARTER_DIR = resolve(import.meta.dirname, "../../test/fixtures/starter-projects");

export interface StarterProject {
  file: string;
  name: string;
  data: { nodes: Node[]; edges: unknown[] };
  [key: string]: unknown;
}

interface Node {
  id: string;
  type?: string;
  data: { type?: string; node?: { template?: Record<string, { value?: unknown; type?: string }> } };
}

export function starterProjects(): StarterProject[] {
  return readdirSync(STARTER_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const flow = JSON.parse(readFileSync(join(STARTER_DIR, file), "utf8")) as Omit<StarterProject, "file">;
      return { ...flow, file } as StarterProject;
    });
}

export const OPENAI_MODEL = [{ name: "gpt-4o-mini", provider: "OpenAI", metadata: {} }];

/** The flow as a user exports it after choosing a model, a file and a knowledge base (a copy). */
export function configured(project: StarterProject): StarterProject {
  const copy = structuredClone(project);
  for (const node of copy.data.nodes) {
    const template = node.data.node?.template;
    if (!template) continue;
    const set = (field: string, value: unknown) => {
      const slot = template[field];
      if (
        slot &&
        (slot.value === "" || slot.value === null || (Array.isArray(slot.value) && slot.value.length === 0))
      )
        slot.value = value;
    };
    if (template.model?.type === "model") set("model", OPENAI_MODEL);
    if (node.data.type === "File") set("path", ["uploads/report.pdf"]);
    if (node.data.type === "Knowledge") set("knowledge_base", "product-docs");
    if (node.data.type === "URLComponent") set("urls", ["https://example.com"]);
  }
  return copy;
}

/** Ids of a flow's components (not notes) that feed nothing: the outputs a v2 run answers. */
export function terminalIds(project: StarterProject): string[] {
  const sources = new Set(project.data.edges.map((e) => (e as { source: string }).source));
  return project.data.nodes.filter((n) => n.type !== "noteNode" && !sources.has(n.id)).map((n) => n.id);
}
