// The whole spec pipeline as one pure function: merge v1 + v2, repair, overlay, repair again.
import { mergeSpecs } from "./merge-specs";
import { finalNormalizations, structuralNormalizations } from "./normalize/index";
import type { JsonObject } from "./openapi";
import { applyOverlay, type Overlay } from "./overlay";

export interface BuiltSpec {
  spec: JsonObject;
  /** One line per change made to the server's spec, for the build log. */
  changes: string[];
}

export function buildSpec(v1: JsonObject, v2: JsonObject, overlays: Overlay[]): BuiltSpec {
  const spec = mergeSpecs(v1, v2);
  const changes: string[] = [];
  for (const n of structuralNormalizations) changes.push(...n.apply(spec).map((c) => `[${n.name}] ${c}`));
  for (const overlay of overlays) changes.push(...applyOverlay(spec, overlay).map((c) => `[overlay] ${c}`));
  for (const n of finalNormalizations) changes.push(...n.apply(spec).map((c) => `[${n.name}] ${c}`));
  return { spec, changes };
}
