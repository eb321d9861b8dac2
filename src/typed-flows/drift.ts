// Drift detection: what changed between a generated flow and the flow as it is now (a JSON from
// `GET /api/v1/flows/{id}`, a pulled file). The flow is described exactly as the generator describes it, so "no
// differences" means regenerating would not change this flow's types. Each difference says whether code typed
// against the generated flow can break (`breaking`): a removed component or field, a changed id or type, a
// display name used as a tweak key, a removed dropdown option.
import { aliasesOf } from "./aliases";
import { describeFlow, descriptorOf } from "./describe-flow";
import type { ComponentDescriptor, GeneratedFlow } from "./descriptor";
import type { FlowDifference } from "./difference";
import { fieldDifferences, roleDifferences } from "./drift-fields";
import { compareStrings, type FlowJson, own } from "./flow-json";

type Components = Readonly<Record<string, ComponentDescriptor>>;

const sorted = (keys: Iterable<string>) => [...keys].sort(compareStrings);
const label = (c: ComponentDescriptor) => c.displayName || c.type;

/** Pairs components that only changed id: same type and display name, else the only one of its type each side. */
function pairRecreated(removed: string[], added: string[], expected: Components, actual: Components) {
  const pairs = new Map<string, string>();
  const free = new Set(added);
  const take = (old: string, id: string | undefined) => {
    if (id === undefined) return;
    pairs.set(old, id);
    free.delete(id);
  };
  for (const old of removed) {
    const e = expected[old];
    take(
      old,
      [...free].find((id) => actual[id]?.type === e?.type && actual[id]?.displayName === e?.displayName),
    );
  }
  for (const old of removed.filter((r) => !pairs.has(r))) {
    const type = expected[old]?.type;
    const olds = removed.filter((r) => !pairs.has(r) && expected[r]?.type === type);
    const news = [...free].filter((id) => actual[id]?.type === type);
    if (olds.length === 1 && news.length === 1) take(old, news[0]);
  }
  return pairs;
}

function componentDifferences(
  id: string,
  now: string,
  expected: GeneratedFlow,
  actual: GeneratedFlow,
  aliases: Set<string>,
): FlowDifference[] {
  const [e, a] = [
    own(expected.components, id) as ComponentDescriptor,
    own(actual.components, now) as ComponentDescriptor,
  ];
  const out: FlowDifference[] = [];
  if (id !== now) {
    const message = `Component "${id}" (${label(e)}) is now "${now}": tweaks keyed by the old id no longer reach it.`;
    out.push({
      kind: "component-id-changed",
      componentId: id,
      newComponentId: now,
      type: e.type,
      breaking: true,
      message,
    });
  }
  if (e.type !== a.type) {
    const message = `Component "${id}" changed type from ${e.type} to ${a.type}.`;
    out.push({
      kind: "component-type-changed",
      componentId: id,
      expected: e.type,
      actual: a.type,
      breaking: true,
      message,
    });
    return out; // another component: its fields are not comparable
  }
  if (e.displayName !== a.displayName) {
    const breaking = aliases.has(e.displayName);
    const note = breaking ? `: tweaks keyed by "${e.displayName}" no longer reach it` : "";
    const message = `Component "${id}" was renamed from "${e.displayName}" to "${a.displayName}"${note}.`;
    out.push({
      kind: "display-name-changed",
      componentId: id,
      expected: e.displayName,
      actual: a.displayName,
      breaking,
      message,
    });
  }
  out.push(...fieldDifferences(id, e, a));
  if (id === now) out.push(...roleDifferences(id, expected, actual));
  return out;
}

function flowDifferences(expected: GeneratedFlow, actual: GeneratedFlow): FlowDifference[] {
  const out: FlowDifference[] = [];
  if (expected.id !== null && actual.id !== null && expected.id !== actual.id) {
    const message = `The flow id changed from ${expected.id} to ${actual.id}.`;
    out.push({ kind: "flow-id-changed", expected: expected.id, actual: actual.id, breaking: true, message });
  }
  if (expected.endpointName !== actual.endpointName) {
    const [before, after] = [JSON.stringify(expected.endpointName), JSON.stringify(actual.endpointName)];
    const breaking = expected.endpointName !== null;
    const message = `The endpoint name changed from ${before} to ${after}.`;
    out.push({
      kind: "endpoint-name-changed",
      expected: expected.endpointName,
      actual: actual.endpointName,
      breaking,
      message,
    });
  }
  return out;
}

/**
 * The differences between a generated flow and the flow now (a flow JSON as `GET /api/v1/flows/{id}` returns it):
 * flow id and endpoint name; components added, removed, re-created under a new id, changed type or display name;
 * fields added, removed or retyped; dropdown options; inputs and outputs. Empty when nothing changed.
 */
export function diffFlow(expected: GeneratedFlow, actualFlow: FlowJson): FlowDifference[] {
  const actual = descriptorOf(
    describeFlow(actualFlow, { tweakPolicy: expected.tweakPolicy ?? "permissive" }),
  );
  const out = flowDifferences(expected, actual);
  const removed = sorted(
    Object.keys(expected.components).filter((id) => !Object.hasOwn(actual.components, id)),
  );
  const added = sorted(
    Object.keys(actual.components).filter((id) => !Object.hasOwn(expected.components, id)),
  );
  const pairs = pairRecreated(removed, added, expected.components, actual.components);
  const recreated = new Set(pairs.values());
  const expectedComponents = Object.entries(expected.components).map(([id, c]) => ({
    id,
    displayName: c.displayName,
  }));
  const aliases = new Set(aliasesOf(expectedComponents).map(([name]) => name));
  for (const id of sorted(new Set([...Object.keys(expected.components), ...added]))) {
    const e = own(expected.components, id);
    const a = own(actual.components, id);
    const now = a && e ? id : pairs.get(id);
    if (e && now !== undefined) out.push(...componentDifferences(id, now, expected, actual, aliases));
    else if (e) {
      const message = `Component "${id}" (${label(e)}) was removed.`;
      out.push({ kind: "component-removed", componentId: id, type: e.type, breaking: true, message });
    } else if (a && !recreated.has(id)) {
      const message = `Component "${id}" (${label(a)}) was added.`;
      out.push({ kind: "component-added", componentId: id, type: a.type, breaking: false, message });
    }
  }
  return out;
}
