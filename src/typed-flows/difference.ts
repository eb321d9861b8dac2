// The differences drift detection reports (see drift.ts).
import type { FieldSpec, InputSpec, OutputSpec } from "./descriptor";

/** What every {@link FlowDifference} has. */
export interface FlowDifferenceBase {
  /** Whether code typed against the generated flow can stop working (a tweak no longer reaches its field). */
  breaking: boolean;
  /** One sentence for people: what changed and where. */
  message: string;
}

export type OptionValue = string | number;

/** One difference between a generated flow and the flow now. Component ids are the generated ones. */
export type FlowDifference = FlowDifferenceBase &
  (
    | { kind: "flow-id-changed" | "endpoint-name-changed"; expected: string | null; actual: string | null }
    | { kind: "component-added" | "component-removed"; componentId: string; type: string }
    | { kind: "component-id-changed"; componentId: string; newComponentId: string; type: string }
    | {
        kind: "component-type-changed" | "display-name-changed";
        componentId: string;
        expected: string;
        actual: string;
      }
    | { kind: "field-added"; componentId: string; field: string; actual: FieldSpec }
    | { kind: "field-removed"; componentId: string; field: string; expected: FieldSpec }
    | {
        kind: "field-type-changed";
        componentId: string;
        field: string;
        expected: FieldSpec;
        actual: FieldSpec;
      }
    | {
        kind: "options-changed";
        componentId: string;
        field: string;
        added: OptionValue[];
        removed: OptionValue[];
      }
    | { kind: "input-changed"; componentId: string; expected: InputSpec | null; actual: InputSpec | null }
    | { kind: "output-changed"; componentId: string; expected: OutputSpec | null; actual: OutputSpec | null }
  );
