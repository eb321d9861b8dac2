/**
 * `langflow-sdk/typed-flows`: types generated from a flow's JSON (tweaks, inputs, outputs), the type-level API over
 * them, drift detection, and the logic of `langflow-sdk types`. Browser-safe: the command reads and writes files
 * through the `TypesCommandIO` it is given.
 * @module langflow-sdk/typed-flows
 */

export type {
  ComponentDescriptor,
  FieldSpec,
  FlowSchema,
  GeneratedFlow,
  InputKind,
  InputSpec,
  OutputSpec,
  TweakPolicy,
} from "./descriptor";
export type { FlowDifference, FlowDifferenceBase, OptionValue } from "./difference";
export { diffFlow } from "./drift";
export type { FlowJson } from "./flow-json";
export { type GenerateFlowTypesOptions, generateFlowTypes } from "./generate";
export { mergeTweaks, resolveTweakKeys } from "./tweak-keys";
export {
  type ComponentTweaks,
  type InputIdOf,
  type LooseTweaks,
  type ModelSelection,
  type OutputIdOf,
  type OutputsOf,
  type SchemaOf,
  type SchemaTweaks,
  type TweaksOf,
  tweaksFor,
  type VariableRef,
  type WorkflowOutputOf,
} from "./types";
export {
  type TypesCommandIO,
  type TypesCommandOptions,
  type TypesCommandResult,
  type TypesCommandServer,
  typesCommand,
} from "./types-command";
