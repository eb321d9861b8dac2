// Which display names work as tweak keys. The server looks a tweak key up by component id first, then by
// display name (lfx `process_tweaks`; the last node wins when two share a name), so only a display name that
// one component has, and that is not also an id, surely reaches that component.
import { compareStrings } from "./flow-json";

/** `[displayName, componentId]` pairs, sorted by display name. */
export function aliasesOf(components: readonly { id: string; displayName: string }[]): [string, string][] {
  const ids = new Set(components.map((c) => c.id));
  const count = new Map<string, number>();
  for (const c of components) count.set(c.displayName, (count.get(c.displayName) ?? 0) + 1);
  return components
    .filter((c) => c.displayName !== "" && count.get(c.displayName) === 1 && !ids.has(c.displayName))
    .map((c): [string, string] => [c.displayName, c.id])
    .sort((a, b) => compareStrings(a[0], b[0]));
}
