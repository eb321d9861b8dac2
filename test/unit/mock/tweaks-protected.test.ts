// The mock refuses the tweaks the server refuses, from the same list the SDK's generated types leave out
// (src/typed-flows/protected-fields.ts, mirroring lfx/utils/flow_validation.py of 1.13.0).
import { describe, expect, it } from "vitest";
import { applyTweaks } from "../../../mock/engine/graph/tweaks";
import type { Graph, Vertex } from "../../../mock/engine/types";
import { TweaksRefusedError } from "../../../mock/run-flow";

function graphOf(type: string, fields: Record<string, string>): Graph {
  const vertex = {
    id: "V-1",
    type,
    displayName: type,
    params: {},
    fields: Object.fromEntries(Object.entries(fields).map(([name, t]) => [name, { type: t }])),
    fromDb: new Set(),
    outputs: [],
    toolMode: false,
    parentId: null,
    className: null,
  } as unknown as Vertex;
  return { vertices: new Map([["V-1", vertex]]), nodeOrder: ["V-1"], edges: [] };
}

describe("protected tweak fields on the mock", () => {
  it.each([
    ["Cuga", "python_code", "str"],
    ["OpenDsStarAgent", "global_imports", "str"],
    ["ext:bing:BingSearchAPIComponent@official", "bing_search_url", "str"],
    ["SQLComponent", "query", "str"],
    ["ChatOutput", "code", "code"],
  ])("%s.%s is refused with 422 TWEAKS_REFUSED's message", (type, field, fieldType) => {
    const graph = graphOf(type, { [field]: fieldType });
    expect(() => applyTweaks(graph, { "V-1": { [field]: "x" } })).toThrow(TweaksRefusedError);
  });

  it("other fields of the same components are tweaked", () => {
    const graph = graphOf("Cuga", { instructions: "str" });
    applyTweaks(graph, { "V-1": { instructions: "be brief" } });
    expect(graph.vertices.get("V-1")?.params.instructions).toBe("be brief");
  });
});
