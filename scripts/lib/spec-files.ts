// Where the spec pipeline reads and writes, and how it loads its inputs.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { JsonObject } from "./openapi";
import type { Overlay } from "./overlay";

export const ROOT = resolve(import.meta.dirname, "../..");
export const UPSTREAM_V1 = join(ROOT, "spec/upstream/langflow-v1.json");
export const UPSTREAM_V2 = join(ROOT, "spec/upstream/langflow-v2.json");
export const OVERLAY_DIR = join(ROOT, "spec/overlay");
export const MERGED_SPEC = join(ROOT, "spec/langflow.openapi.json");
export const GENERATED_TYPES = join(ROOT, "src/generated/openapi.ts");

export function readJson(file: string): JsonObject {
  return JSON.parse(readFileSync(file, "utf8")) as JsonObject;
}

/** Overlay files in name order, so the merged spec does not depend on directory order. */
export function readOverlays(dir = OVERLAY_DIR): Overlay[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ file: `spec/overlay/${name}`, body: readJson(join(dir, name)) }));
}
