// The runtime descriptor of a generated flow (what `langflow-sdk types` writes per flow) and the phantom schema
// type it carries. The descriptor stays small because apps import it: ids, component types, display names and
// one `FieldSpec` per tweakable field — exactly what the flow handle needs at run time (ids, display-name
// aliases, the input component) and what drift detection compares with the flow on the server. The precise
// TypeScript types (field value types, option unions) live only in the schema type `S`, at no runtime cost.

/**
 * One tweakable template field, as Langflow describes it. Two fields with equal specs have equal generated
 * TypeScript types, so drift detection compares specs.
 */
export interface FieldSpec {
  /** Langflow's template `type`: `"str"`, `"int"`, `"float"`, `"bool"`, `"dict"`, `"NestedDict"`, `"file"`, `"prompt"`, `"table"`, `"model"`, `"slider"`, `"tab"`, ... */
  readonly type: string;
  /** The field holds a list (`list: true` in the template). */
  readonly list?: true;
  /** Dropdown / tab / sortable-list choices, sorted. */
  readonly options?: readonly (string | number)[];
  /** Values outside `options` are accepted too: a combobox, or options the editor loads from a provider. */
  readonly open?: true;
}

/** What an input component takes: `chat` (ChatInput), `text` (TextInput), `webhook` (Webhook), `other` (a custom input). */
export type InputKind = "chat" | "text" | "webhook" | "other";

export interface InputSpec {
  /** The component type, e.g. `"ChatInput"`. */
  readonly type: string;
  readonly kind: InputKind;
}

export interface OutputSpec {
  /** The component type, e.g. `"ChatOutput"`. */
  readonly type: string;
  /**
   * The v2 output `type` the server reports for it (its first output's type, lower-cased): `"message"` for
   * ChatOutput and TextOutput, `"data"`, `"dataframe"`, ...
   */
  readonly kind: string;
}

export interface ComponentDescriptor {
  /** The component type (`data.type`), e.g. `"ChatInput"`, `"Prompt Template"`. */
  readonly type: string;
  /** The node's display name; the server also accepts it as a tweak key (when no other node has it). */
  readonly displayName: string;
  /** Tweakable fields by name (protected fields and connection handles are left out). */
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** Which tweaks the generator assumed the server accepts (Langflow's `LANGFLOW_TWEAKS_POLICY`). */
export type TweakPolicy = "permissive" | "declared";

/**
 * The types of one generated flow, written by the generator as an interface per flow. Only the type system reads
 * it (through {@link TweaksOf}, {@link OutputsOf}, ...).
 */
export interface FlowSchema {
  /** `{ [componentId]: { [field]: valueType } }`. */
  readonly components: object;
  /** `{ [displayName]: componentId }` for display names the server accepts as tweak keys. */
  readonly aliases: object;
  /** `{ [componentId]: { type; kind } }`. */
  readonly inputs: object;
  /** `{ [componentId]: { type; kind } }`. */
  readonly outputs: object;
}

/**
 * A flow described by `langflow-sdk types`: pass it to `lf.flow(...)` for typed tweaks, inputs and outputs.
 * `S` is a phantom type: it exists only for the compiler (the `"~types"` property is never set).
 */
export interface GeneratedFlow<S extends FlowSchema = FlowSchema> {
  /** The flow's name when it was generated. */
  readonly name: string;
  /** The flow id, or null when the flow JSON had none (then `endpointName` addresses it). */
  readonly id: string | null;
  readonly endpointName: string | null;
  /** Every component of the flow, by component id (notes excluded). */
  readonly components: Readonly<Record<string, ComponentDescriptor>>;
  /**
   * Display names the server accepts as tweak keys, with their component id (unique names that are not also an id).
   * The flow handle rewrites them to ids. Missing in a hand-written descriptor: display names are then sent as they are.
   */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Input components by id. */
  readonly inputs: Readonly<Record<string, InputSpec>>;
  /** Output components by id. */
  readonly outputs: Readonly<Record<string, OutputSpec>>;
  /** Set only when the generator left out fields the `declared` tweak policy refuses. */
  readonly tweakPolicy?: TweakPolicy;
  /** Type-only: the flow's schema. Never present at run time. */
  readonly "~types"?: S;
}
