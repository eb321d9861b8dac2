// The spec's schemas under one name. Every module that needs them imports this alias instead of declaring its own
// `type Schemas = ...`: the declaration bundler (tsup's dts) renames same-named local types apart (`Schemas$1`,
// `Schemas$2`, ...), and those names would show in the published .d.ts, in editors' hovers and in compiler messages.
import type { components } from "../generated/openapi";

/** The OpenAPI spec's component schemas (`components["schemas"]`), as openapi-typescript generated them. */
export type Schemas = components["schemas"];

/**
 * One schema of the server's OpenAPI spec by name, e.g. `SpecSchema<"FlowRead">`. The SDK's entity types extend it
 * as interfaces (`interface Flow extends SpecSchema<"FlowRead">`), so editors, compiler messages and the API
 * reference show the name `Flow` instead of its 25 fields inlined.
 */
export type SpecSchema<Name extends keyof Schemas> = Schemas[Name];
