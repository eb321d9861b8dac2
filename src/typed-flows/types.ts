// Type-level API over a generated flow: what its tweaks, inputs and outputs are. The flow handle
// (`lf.flow(flow).withTweaks(...)`) and `tweaksFor` use the same types, so a wrong component id, field or value
// type is a compile error in both. A flow given by id (a string) gets the loose types the SDK uses elsewhere.
import type { WorkflowOutput } from "../workflows/types";
import type { FlowSchema, GeneratedFlow } from "./descriptor";

/** Tweaks when nothing is known about the flow: `{ [componentIdOrDisplayName]: { [field]: value } }`. */
export type LooseTweaks = Record<string, Record<string, unknown>>;

/**
 * A global variable as a text field's value: `{ value: "OPENAI_API_KEY", load_from_db: true }` makes the server
 * read the variable's value (Langflow copies the keys of an object tweak into the template field).
 */
export interface VariableRef {
  value: string;
  load_from_db: boolean;
}

/** A model field's value: a model name, several, or Langflow's model objects (`[{ name, provider, ... }]`). */
export type ModelSelection =
  | string
  | string[]
  | { name: string; provider?: string; [key: string]: unknown }[];

/** The schema type carried by a generated flow; never for a flow id or an untyped descriptor. */
export type SchemaOf<F> = F extends GeneratedFlow<infer S> ? (FlowSchema extends S ? never : S) : never;

/** The tweaks of one component: any of its fields, each with its type. */
export type ComponentTweaks<Fields> = { [F in keyof Fields]?: Fields[F] };

/** The tweaks a schema accepts, by component id or display name (see {@link TweaksOf}). */
export type SchemaTweaks<S extends FlowSchema> = {
  [K in keyof S["components"] | keyof S["aliases"]]?: ComponentTweaks<
    K extends keyof S["components"]
      ? S["components"][K] // a component id
      : S["components"][S["aliases"][K & keyof S["aliases"]] & keyof S["components"]] // a display name
  >;
};

/**
 * The tweaks a flow accepts: by component id or display name, each field with its template's type (dropdowns:
 * only their options). For a flow id or an untyped descriptor: {@link LooseTweaks}.
 */
export type TweaksOf<F> = [SchemaOf<F>] extends [never] ? LooseTweaks : SchemaTweaks<SchemaOf<F>>;

/** Ids of the flow's input components (`string` when unknown). */
export type InputIdOf<F> = [SchemaOf<F>] extends [never] ? string : keyof SchemaOf<F>["inputs"] & string;

/** Ids of the flow's output components (`string` when unknown). */
export type OutputIdOf<F> = [SchemaOf<F>] extends [never] ? string : keyof SchemaOf<F>["outputs"] & string;

/** The v2 workflow output of a given `type` (`"message"` → `content: string | null`). */
export type WorkflowOutputOf<Kind> = [WorkflowOutput & { type: Kind }] extends [never]
  ? WorkflowOutput
  : WorkflowOutput & { type: Kind };

/**
 * The flow's outputs in a v2 result, by output component id. Each may be missing (a branch not taken, or an
 * output that is not a terminal component); the result can also hold other terminal components' outputs.
 */
export type OutputsOf<F> = [SchemaOf<F>] extends [never]
  ? Record<string, WorkflowOutput>
  : {
      [K in keyof SchemaOf<F>["outputs"]]?: WorkflowOutputOf<
        SchemaOf<F>["outputs"][K] extends { kind: infer Kind } ? Kind : string
      >;
    } & Record<string, WorkflowOutput>;

/**
 * Type-checks tweaks against a flow and returns them unchanged:
 * `tweaksFor(BasicPrompting, { "Prompt-x2Fd3": { template: "..." } })`. With a flow id, tweaks are loose.
 */
export function tweaksFor<F extends GeneratedFlow | string>(_flow: F, tweaks: TweaksOf<F>): TweaksOf<F> {
  return tweaks;
}
