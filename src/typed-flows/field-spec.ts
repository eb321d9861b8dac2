// Which template fields of a component a tweak may set, and their FieldSpec. Left out: fields the server
// protects (code and sandbox fields: 422 TWEAKS_REFUSED), connection handles (`other`: their value comes from
// an edge and is an object no JSON tweak can carry), display-only fields, and entries without a type (`_type`,
// `_frontend_node_flow_id`). Under the `declared` tweak policy, a flow that marks any field `api_editable`
// accepts tweaks only on those fields.
import type { FieldSpec, TweakPolicy } from "./descriptor";
import { compareStrings, isObj, type NodeJson, type Obj, str, type TemplateFieldJson } from "./flow-json";
import { isProtectedField } from "./protected-fields";

/** A tweakable field with what the generator writes about it. */
export interface FieldInfo {
  name: string;
  spec: FieldSpec;
  displayName: string | undefined;
  info: string | undefined;
  secret: boolean;
  advanced: boolean;
}

const NOT_TWEAKABLE_TYPES = new Set(["other", "code", "data_display"]);

function optionsOf(field: TemplateFieldJson): (string | number)[] | undefined {
  if (field.type === "model" || !Array.isArray(field.options)) return undefined;
  const values: (string | number)[] = [];
  for (const option of field.options) {
    if (typeof option === "string" || typeof option === "number") values.push(option);
    // Sortable lists offer `{ name, icon }` objects; a tweak selects them by name.
    else if (isObj(option) && typeof option.name === "string") values.push(option.name);
    else return undefined; // options of a shape we do not know: no closed union
  }
  if (values.length === 0) return undefined;
  const unique = [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
  return unique.sort((a, b) => compareStrings(JSON.stringify(a), JSON.stringify(b)));
}

/** The spec of one template field, or undefined when a tweak cannot set it. */
export function fieldSpecOf(field: TemplateFieldJson): FieldSpec | undefined {
  const type = str(field.type);
  if (type === undefined || NOT_TWEAKABLE_TYPES.has(type)) return undefined;
  const options = optionsOf(field);
  // Options the editor fetches (refresh button) or free text (combobox) are suggestions, not the only values.
  const open = options !== undefined && (field.combobox === true || field.refresh_button === true);
  return {
    type,
    ...(field.list === true ? { list: true as const } : {}),
    ...(options ? { options } : {}),
    ...(open ? { open: true as const } : {}),
  };
}

/** Follows a group node's field proxy to the inner field the server would set; true when it is protected. */
function protectedThroughProxy(node: NodeJson, field: TemplateFieldJson): boolean {
  const proxy = field.proxy;
  if (proxy === undefined) return false;
  if (!isObj(proxy) || typeof proxy.id !== "string" || typeof proxy.field !== "string") return true;
  const inner = node.data?.node?.flow;
  // A group's child carries its group's proxy without the inner flow: the server checks the child itself.
  if (inner === undefined) return false;
  const innerNodes = isObj(inner) && isObj(inner.data) ? inner.data.nodes : undefined;
  if (!Array.isArray(innerNodes)) return true;
  const child = innerNodes.find((n): n is Obj => isObj(n) && n.id === proxy.id);
  const childData = isObj(child?.data) ? child.data : undefined;
  const childTemplate =
    isObj(childData?.node) && isObj(childData.node.template) ? childData.node.template : {};
  const childField = childTemplate[proxy.field];
  if (!isObj(childField)) return true;
  return isProtectedField(str(childData?.type), proxy.field, str(childField.type) ?? "");
}

/** Whether a flow declares which fields the API may set (any field `api_editable: true`). */
export function declaresApiEditable(nodes: NodeJson[]): boolean {
  return nodes.some((node) =>
    Object.values(node.data?.node?.template ?? {}).some((f) => isObj(f) && f.api_editable === true),
  );
}

/** The tweakable fields of a component node, sorted by name. */
export function tweakableFields(
  node: NodeJson,
  options: { policy: TweakPolicy; flowDeclaresApiEditable: boolean },
): FieldInfo[] {
  const componentType = str(node.data?.type);
  const fields: FieldInfo[] = [];
  for (const [name, raw] of Object.entries(node.data?.node?.template ?? {})) {
    if (!isObj(raw)) continue;
    const field = raw as TemplateFieldJson;
    const spec = fieldSpecOf(field);
    if (!spec || isProtectedField(componentType, name, spec.type) || protectedThroughProxy(node, field))
      continue;
    if (options.policy === "declared" && options.flowDeclaresApiEditable && field.api_editable !== true)
      continue;
    fields.push({
      name,
      spec,
      displayName: str(field.display_name),
      info: str(field.info),
      secret: field.password === true,
      advanced: field.advanced === true,
    });
  }
  return fields.sort((a, b) => compareStrings(a.name, b.name));
}
