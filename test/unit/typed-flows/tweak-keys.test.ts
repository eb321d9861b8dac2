// What the flow handle will do to tweaks before sending them: display names -> component ids (the server ignores
// display-name keys on v2 stream/background runs), presets + per-call tweaks merged.
import { describe, expect, it } from "vitest";
import { mergeTweaks, resolveTweakKeys, tweaksFor } from "../../../src/index";
import { BasicPrompting, TravelPlanningAgents } from "../../fixtures/typed-flows/starter-projects";

describe("resolveTweakKeys", () => {
  it("replaces display names with component ids and merges them with the id's fields (the id's win)", () => {
    const tweaks = tweaksFor(BasicPrompting, {
      "Prompt Template": { template: "by name", use_double_brackets: true },
      "Prompt-t2oaK": { template: "by id" },
      "Chat Output": { sender_name: "Bot" },
    });
    expect(resolveTweakKeys(BasicPrompting, tweaks)).toEqual({
      "Prompt-t2oaK": { template: "by id", use_double_brackets: true },
      "ChatOutput-yK0AU": { sender_name: "Bot" },
    });
  });

  it("leaves ids, unknown keys and display names several components share as they are", () => {
    const tweaks = {
      Agent: { system_prompt: "x" },
      "Nope-1": { a: 1 },
      "ChatInput-b6UCc": { input_value: "hi" },
    };
    expect(resolveTweakKeys(TravelPlanningAgents, tweaks)).toEqual(tweaks);
    expect(resolveTweakKeys(BasicPrompting, {})).toEqual({});
  });

  it("does not change its input", () => {
    const tweaks = { "Prompt Template": { template: "x" } };
    resolveTweakKeys(BasicPrompting, tweaks);
    expect(tweaks).toEqual({ "Prompt Template": { template: "x" } });
  });
});

describe("mergeTweaks", () => {
  it("merges components; a later layer's field replaces the earlier one whole", () => {
    const preset = {
      "Prompt-1": { template: "a", stream: false },
      "Filter-1": { filter: { year: 2024, lang: "en" } },
    };
    const call = {
      "Prompt-1": { template: "b" },
      "Filter-1": { filter: { year: 2025 } },
      "Other-1": { x: 1 },
    };
    expect(mergeTweaks(preset, undefined, call)).toEqual({
      "Prompt-1": { template: "b", stream: false },
      "Filter-1": { filter: { year: 2025 } },
      "Other-1": { x: 1 },
    });
    expect(preset["Prompt-1"].template).toBe("a");
  });

  it("keeps a __proto__ key as a key", () => {
    const merged = mergeTweaks(JSON.parse('{"__proto__": {"a": 1}}'), JSON.parse('{"__proto__": {"b": 2}}'));
    expect(Object.hasOwn(merged, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(merged, "__proto__")?.value).toEqual({ a: 1, b: 2 });
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });

  it("with nothing to merge: an empty object", () => {
    expect(mergeTweaks()).toEqual({});
  });
});
