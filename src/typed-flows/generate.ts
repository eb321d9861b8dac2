// `generateFlowTypes`: flow JSON in, one TypeScript module out. Per flow it writes the field types of each
// component (`XComponents`), the flow's schema (`XSchema`: components, display-name aliases, inputs, outputs) and
// the runtime descriptor (`export const X: GeneratedFlow<XSchema>`). The output depends only on the flows' content
// (flows, components, fields and options are sorted), never on the order of the input, the clock or the machine,
// so regenerating is a no-op until a flow changes. Template values are never written: they can hold secrets.
import { LangflowConfigError, LangflowError } from "../core/errors";
import { checkKeys } from "../core/keys";
import { redactUrl } from "../core/redact";
import {
  type ComponentModel,
  type DescribeOptions,
  describeFlow,
  descriptorOf,
  type FlowModel,
} from "./describe-flow";
import type { TweakPolicy } from "./descriptor";
import type { FieldInfo } from "./field-spec";
import { compareStrings, type FlowJson, isObj } from "./flow-json";
import { formatLiteral, LINE_WIDTH, type Literal } from "./format-literal";
import { commentText, pascalIdentifier, propertyKey, quote, uniqueIdentifiers } from "./identifiers";
import { SDK_TYPE_NAMES, tsTypeOf } from "./ts-type";

export interface GenerateFlowTypesOptions {
  /** Where the flows came from, for the header: files, a project folder, a server URL (credentials are masked). */
  source: string;
  /** The module the generated code imports the SDK's types from. Default `"langflow-sdk"`. */
  importFrom?: string;
  /** The server's tweak policy (`LANGFLOW_TWEAKS_POLICY`). Default `"permissive"`, the server's default. */
  tweakPolicy?: TweakPolicy;
}

interface Described {
  identifier: string;
  model: FlowModel;
}

const OPTION_NAMES = ["source", "importFrom", "tweakPolicy"] as const;

// Options are checked like the client's: unknown keys refused with the closest known one (core/keys.ts).
function checkOptions(options: GenerateFlowTypesOptions): void {
  const fail = (option: string, message: string): never => {
    throw new LangflowConfigError(option, `generateFlowTypes: invalid option "${option}": ${message}`);
  };
  if (!isObj(options) || typeof options.source !== "string" || options.source.trim() === "") {
    fail("source", 'say where the flows came from (e.g. "flows/" or a server URL); it goes in the header.');
  }
  checkKeys("option", options, OPTION_NAMES);
  if (
    options.importFrom !== undefined &&
    (typeof options.importFrom !== "string" || options.importFrom === "")
  ) {
    fail("importFrom", 'expected a module specifier, e.g. "langflow-sdk".');
  }
  if (
    options.tweakPolicy !== undefined &&
    options.tweakPolicy !== "permissive" &&
    options.tweakPolicy !== "declared"
  ) {
    fail("tweakPolicy", `expected "permissive" or "declared", got ${JSON.stringify(options.tweakPolicy)}.`);
  }
}

function check(flows: readonly FlowJson[], options: GenerateFlowTypesOptions): void {
  checkOptions(options);
  if (!Array.isArray(flows))
    throw new LangflowError("generateFlowTypes takes an array of flow JSON objects.");
  flows.forEach((flow, i) => {
    if (!isObj(flow) || (flow.data != null && !isObj(flow.data))) {
      throw new LangflowError(
        `Flow #${i + 1} is not a Langflow flow (expected an object with "data": { "nodes", "edges" }).`,
      );
    }
  });
}

function describeAll(flows: readonly FlowJson[], options: DescribeOptions): Described[] {
  const models = flows.map((flow) => describeFlow(flow, options));
  const seen = new Map<string, string>();
  for (const m of models) {
    const label = m.name ? `"${m.name}"` : "A flow";
    if (m.id === null && m.endpointName === null) {
      throw new LangflowError(
        `${label} has neither an "id" nor an "endpoint_name", so the generated flow could not address it on a server: generate from flows exported or pulled from the server, or give it an endpoint_name.`,
      );
    }
    const key = m.id ?? `endpoint:${m.endpointName}`;
    if (seen.has(key))
      throw new LangflowError(
        `${label} and "${seen.get(key)}" are the same flow (${key}): pass each flow once.`,
      );
    seen.set(key, m.name);
  }
  const sortKey = (m: FlowModel) => [pascalIdentifier(m.name), m.id ?? "", m.endpointName ?? "", m.name];
  models.sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    for (let i = 0; i < ka.length; i++) {
      const c = compareStrings(ka[i] ?? "", kb[i] ?? "");
      if (c !== 0) return c;
    }
    return 0;
  });
  const identifiers = uniqueIdentifiers(
    models.map((m) => m.name),
    [...SDK_TYPE_NAMES, "flows"],
  );
  return models.map((model, i) => ({ identifier: identifiers[i] ?? "Flow", model }));
}

/** `name: type;` with a long union broken one member per line. */
function member(key: string, type: string, indent: number): string {
  const pad = " ".repeat(indent);
  const line = `${pad}${key}: ${type};`;
  if (line.length <= LINE_WIDTH || !type.includes(" | ") || type.startsWith("Array<")) return line;
  const members = type.split(" | ").map((m) => `${pad}  | ${m}`);
  return `${pad}${key}:\n${members.join("\n")};`;
}

function fieldDoc(field: FieldInfo, pad: string): string | undefined {
  const flags = [field.advanced ? "advanced" : "", field.secret ? "secret" : ""].filter(Boolean);
  const title = field.displayName && field.displayName !== field.name ? field.displayName : "";
  const parts = [title, field.info ? commentText(field.info, 160) : ""].filter(Boolean).join(": ");
  const text = [parts, flags.length ? `(${flags.join(", ")})` : ""].filter(Boolean).join(" ");
  return text ? `${pad}/** ${commentText(text, 220)} */` : undefined;
}

function componentType(c: ComponentModel): string[] {
  const doc = `  /** ${commentText(c.displayName && c.displayName !== c.type ? `${c.displayName} (${c.type})` : c.type)} */`;
  if (c.fields.length === 0) return [doc, `  ${quote(c.id)}: Record<string, never>;`];
  const lines = [doc, `  ${quote(c.id)}: {`];
  for (const f of c.fields) {
    const d = fieldDoc(f, "    ");
    if (d) lines.push(d);
    lines.push(member(propertyKey(f.name), tsTypeOf(f.spec), 4));
  }
  lines.push("  };");
  return lines;
}

function recordType(entries: [string, string][], indent: number): string {
  if (entries.length === 0) return "Record<never, never>";
  const pad = " ".repeat(indent + 2);
  return `{\n${entries.map(([k, v]) => `${pad}${quote(k)}: ${v};`).join("\n")}\n${" ".repeat(indent)}}`;
}

function emitFlow({ identifier: x, model }: Described): string[] {
  const title = model.name || x;
  const lines = [
    `// ${"-".repeat(3)} ${commentText(title, 90)} ${"-".repeat(Math.max(3, 100 - title.length))}`,
    "",
  ];
  lines.push(`/** Tweakable fields of each component of ${commentText(quote(title))}, by component id. */`);
  lines.push(`export interface ${x}Components {`);
  for (const c of model.components) lines.push(...componentType(c));
  lines.push("}", "");
  const spec = (s: { type: string; kind: string }) => `{ type: ${quote(s.type)}; kind: ${quote(s.kind)} }`;
  lines.push(
    `/** The types of ${commentText(quote(title))}: components, display names usable as tweak keys, inputs, outputs. */`,
  );
  lines.push(`export interface ${x}Schema {`);
  lines.push(`  components: ${x}Components;`);
  lines.push(
    `  aliases: ${recordType(
      model.aliases.map(([name, id]) => [name, quote(id)]),
      2,
    )};`,
  );
  lines.push(
    `  inputs: ${recordType(
      model.inputs.map(([id, s]) => [id, spec(s)]),
      2,
    )};`,
  );
  lines.push(
    `  outputs: ${recordType(
      model.outputs.map(([id, s]) => [id, spec(s)]),
      2,
    )};`,
  );
  lines.push("}", "");
  const about = model.description ? `${title}: ${model.description}` : title;
  lines.push(`/** ${commentText(about)} */`);
  const descriptor = descriptorOf(model) as unknown as Literal;
  lines.push(formatLiteral(descriptor, `export const ${x}: GeneratedFlow<${x}Schema> = `, 0, ";"), "");
  return lines;
}

/**
 * Writes one TypeScript module typing the given flows (Langflow flow JSON: exported, pulled, or from
 * `GET /api/v1/flows/{id}`). Same flows in, same bytes out.
 */
export function generateFlowTypes(flows: readonly FlowJson[], options: GenerateFlowTypesOptions): string {
  check(flows, options);
  const described = describeAll(flows, { tweakPolicy: options.tweakPolicy ?? "permissive" });
  const body = described.flatMap(emitFlow);
  const text = body.join("\n");
  const used = SDK_TYPE_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(text));
  const source = commentText(redactUrl(options.source.trim()), 300);
  const head = [
    `// Generated by \`langflow-sdk types\` from ${source}. Do not edit: regenerate it instead.`,
    `// ${described.length} flow${described.length === 1 ? "" : "s"}. Tweaks are typed by component id, and by display name where no other component has it.`,
    "",
  ];
  if (used.length > 0)
    head.push(`import type { ${used.join(", ")} } from ${quote(options.importFrom ?? "langflow-sdk")};`, "");
  const names = described.map((d) => d.identifier);
  const oneLine = `export const flows = { ${names.join(", ")} } as const;`;
  const index =
    names.length === 0
      ? "export const flows = {} as const;"
      : oneLine.length <= LINE_WIDTH
        ? oneLine
        : `export const flows = {\n${names.map((n) => `  ${n},`).join("\n")}\n} as const;`;
  const tail = ["/** Every flow of this module, by identifier. */", index, ""];
  return [...head, ...body, ...tail].join("\n");
}
