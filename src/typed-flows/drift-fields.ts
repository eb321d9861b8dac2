// Drift within one component: its fields (added, removed, retyped, options changed) and its role (input, output).
import type { ComponentDescriptor, FieldSpec, GeneratedFlow } from "./descriptor";
import type { FlowDifference, OptionValue } from "./difference";
import { compareStrings, own } from "./flow-json";
import { tsTypeOf } from "./ts-type";

const shape = (s: FieldSpec) =>
  `${s.type}${s.list ? "[]" : ""}${s.options ? (s.open ? " (open options)" : " (options)") : ""}`;
const show = (values: OptionValue[]) => values.map((v) => JSON.stringify(v)).join(", ");

/** Whether every value typed for `before` is still accepted by `after`. */
function accepts(after: FieldSpec, before: FieldSpec): boolean {
  const base = (s: FieldSpec) => tsTypeOf({ type: s.type, ...(s.list ? { list: true } : {}) });
  if (base(after) !== base(before)) return false;
  if (!after.options || after.open) return true;
  if (!before.options || before.open) return false;
  return before.options.every((o) => after.options?.includes(o));
}

function optionsChange(id: string, field: string, e: FieldSpec, a: FieldSpec): FlowDifference | undefined {
  const [before, after] = [new Set(e.options), new Set(a.options)];
  const added = (a.options ?? []).filter((o) => !before.has(o));
  const removed = (e.options ?? []).filter((o) => !after.has(o));
  if (added.length === 0 && removed.length === 0) return undefined;
  const parts = [
    added.length ? `added ${show(added)}` : "",
    removed.length ? `removed ${show(removed)}` : "",
  ];
  return {
    kind: "options-changed",
    componentId: id,
    field,
    added,
    removed,
    breaking: !accepts(a, e),
    message: `Options of "${field}" of "${id}" changed: ${parts.filter(Boolean).join("; ")}.`,
  };
}

export function fieldDifferences(
  id: string,
  exp: ComponentDescriptor,
  act: ComponentDescriptor,
): FlowDifference[] {
  const out: FlowDifference[] = [];
  const names = [...new Set([...Object.keys(exp.fields), ...Object.keys(act.fields)])].sort(compareStrings);
  for (const field of names) {
    const [e, a] = [own(exp.fields, field), own(act.fields, field)];
    const where = `"${field}" of "${id}"`;
    if (e && !a) {
      const message = `Field ${where} was removed (or can no longer be tweaked).`;
      out.push({ kind: "field-removed", componentId: id, field, expected: e, breaking: true, message });
    } else if (!e && a) {
      const message = `Field ${where} was added (${shape(a)}).`;
      out.push({ kind: "field-added", componentId: id, field, actual: a, breaking: false, message });
    } else if (e && a && shape(e) !== shape(a)) {
      const message = `Field ${where} changed from ${shape(e)} to ${shape(a)}.`;
      const breaking = !accepts(a, e);
      out.push({
        kind: "field-type-changed",
        componentId: id,
        field,
        expected: e,
        actual: a,
        breaking,
        message,
      });
    } else if (e && a) {
      const change = optionsChange(id, field, e, a);
      if (change) out.push(change);
    }
  }
  return out;
}

function roleMessage(
  role: string,
  id: string,
  e: { kind: string } | null,
  a: { kind: string } | null,
): string {
  if (!a) return `"${id}" is no longer an ${role}.`;
  if (!e) return `"${id}" is now an ${role} (${a.kind}).`;
  return `The ${role} "${id}" changed from ${e.kind} to ${a.kind}.`;
}

/** An input or output that appeared, disappeared or changed kind. Losing one (or its kind) can break code. */
export function roleDifferences(
  id: string,
  expected: GeneratedFlow,
  actual: GeneratedFlow,
): FlowDifference[] {
  const out: FlowDifference[] = [];
  const [ei, ai] = [own(expected.inputs, id) ?? null, own(actual.inputs, id) ?? null];
  if (JSON.stringify(ei) !== JSON.stringify(ai)) {
    const message = roleMessage("input", id, ei, ai);
    out.push({
      kind: "input-changed",
      componentId: id,
      expected: ei,
      actual: ai,
      breaking: ei !== null,
      message,
    });
  }
  const [eo, ao] = [own(expected.outputs, id) ?? null, own(actual.outputs, id) ?? null];
  if (JSON.stringify(eo) !== JSON.stringify(ao)) {
    const message = roleMessage("output", id, eo, ao);
    out.push({
      kind: "output-changed",
      componentId: id,
      expected: eo,
      actual: ao,
      breaking: eo !== null,
      message,
    });
  }
  return out;
}
