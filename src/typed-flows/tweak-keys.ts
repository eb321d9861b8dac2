// Runtime helpers the flow handle applies before sending tweaks. Langflow 1.13.0 resolves a display-name tweak key
// on the v1 run and the v2 sync paths but silently ignores it on the v2 stream and background paths (they look
// components up by id only; docs/server-quirks.md), so the handle sends component ids: `resolveTweakKeys`
// rewrites display names the generated flow knows. `mergeTweaks` layers presets and per-call tweaks.

// Only core/ helpers here: this module is in the eager bundle, and drift detection (loaded on demand) must share no
// module with it, or the bundler splits the shared ones into one more chunk to fetch.
import { isRecord as isObj } from "../core/is-record";
import type { GeneratedFlow } from "./descriptor";
import type { LooseTweaks } from "./types";

// A key named "__proto__" stays a key (an assignment would set the object's prototype).
const set = (target: LooseTweaks, key: string, value: Record<string, unknown>) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * The tweaks with each display-name key the flow knows (unique, not also an id) replaced by its component id.
 * Fields given under both are merged, the id's last. Other keys pass through unchanged.
 */
export function resolveTweakKeys(flow: GeneratedFlow, tweaks: LooseTweaks): LooseTweaks {
  const aliases = new Map(Object.entries(flow.aliases ?? {}));
  const out: LooseTweaks = {};
  const byAlias: LooseTweaks = {};
  for (const [key, value] of Object.entries(tweaks)) {
    const id = aliases.get(key);
    if (id === undefined) set(out, key, value);
    else set(byAlias, id, { ...byAlias[id], ...value });
  }
  return mergeTweaks(byAlias, out);
}

/**
 * Layers tweaks: components are merged, and within a component a later layer's field replaces the earlier one
 * (a field's value is replaced whole, never merged: a dict field's value is one value). Inputs are not changed.
 */
export function mergeTweaks(...layers: readonly (LooseTweaks | undefined)[]): LooseTweaks {
  const out: LooseTweaks = {};
  for (const layer of layers) {
    for (const [key, fields] of Object.entries(layer ?? {})) {
      const previous = Object.hasOwn(out, key) ? out[key] : undefined;
      // Component objects are always copied: the result shares none with the layers.
      set(out, key, isObj(fields) ? { ...(isObj(previous) ? previous : {}), ...fields } : fields);
    }
  }
  return out;
}
