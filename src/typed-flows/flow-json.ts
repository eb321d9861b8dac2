// The parts of a Langflow flow JSON the typed-flows code reads, as it comes from an export, a file written by
// `pull`, or `GET /api/v1/flows/{id}`. Everything is optional: flow files are user data, so readers check each
// value's shape instead of trusting the declared types.

/** One template field of a component (`data.node.template[name]`). */
export interface TemplateFieldJson {
  type?: unknown;
  list?: unknown;
  options?: unknown;
  combobox?: unknown;
  refresh_button?: unknown;
  display_name?: unknown;
  info?: unknown;
  password?: unknown;
  advanced?: unknown;
  api_editable?: unknown;
  proxy?: unknown;
  [key: string]: unknown;
}

export interface NodeJson {
  id?: unknown;
  /** `"genericNode"` for components, `"noteNode"` for notes. */
  type?: unknown;
  data?: {
    id?: unknown;
    type?: unknown;
    node?: {
      display_name?: unknown;
      description?: unknown;
      template?: Record<string, unknown>;
      outputs?: unknown;
      is_input?: unknown;
      is_output?: unknown;
      /** A group node's inner flow. */
      flow?: unknown;
      [key: string]: unknown;
    };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** A flow as exported by Langflow or returned by `GET /api/v1/flows/{id}`. */
export interface FlowJson {
  id?: string | null;
  name?: string | null;
  description?: string | null;
  endpoint_name?: string | null;
  data?: { nodes?: unknown; edges?: unknown; [key: string]: unknown } | null;
  [key: string]: unknown;
}

export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** The component nodes of a flow (notes and malformed nodes skipped). */
export function componentNodes(flow: FlowJson): NodeJson[] {
  const nodes = isObj(flow.data) && Array.isArray(flow.data.nodes) ? flow.data.nodes : [];
  return nodes.filter(
    (node): node is NodeJson =>
      isObj(node) &&
      typeof node.id === "string" &&
      node.type !== "noteNode" &&
      isObj(node.data) &&
      isObj(node.data.node) &&
      isObj(node.data.node.template),
  );
}

/** `record[key]` when the record has that key itself (not `toString` & co. from the prototype). */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Code-unit order: the same on every machine and locale (unlike `localeCompare`). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
