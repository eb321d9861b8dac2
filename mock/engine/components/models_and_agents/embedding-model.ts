// Embedding models — a stand-in for lfx 1.13.0 models_and_agents/embedding_model.py and provider embeddings
// (LCEmbeddingsModel): an Embeddings handle that vector store stand-ins accept; no model selected is the real error.
import { type Component, ComponentError } from "../types";

export const embeddingModel: Component = {
  kind: "stand-in",
  reproduces: "Embedding Model and provider embeddings (lfx 1.13.0, models_and_agents/embedding_model.py)",
  run(ctx) {
    const model = ctx.params.model;
    if ("model" in ctx.vertex.fields && !(Array.isArray(model) && model.length > 0))
      throw new ComponentError("An embedding model selection is required");
    const name = Array.isArray(model)
      ? String((model[0] as { name?: unknown })?.name ?? "")
      : ctx.vertex.displayName;
    const handle = {
      kind: "handle" as const,
      handle: "Embeddings",
      ownerId: ctx.vertex.id,
      ownerName: ctx.vertex.displayName,
      modelName: name,
    };
    return Object.fromEntries(ctx.wanted.map((o) => [o, handle]));
  },
};
