// Push and pull of flow files, as Langflow's Python SDK and `lfx` do them (same file names, same bytes), with a dry
// run. Node only: the package selects this module for Node through package.json "imports" (`#langflow-flow-files`,
// condition "node"); browsers get ./flow-files.browser.ts. What is kept of a flow: ./flow-record.ts.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { FlowFormatError, LangflowConfigError } from "../core/errors";
import type { RequestOptions } from "../core/request-options";
import type { Transport } from "../core/transport";
import { flowIdOf, pulledFields, pushBody, safeFilename } from "./flow-record";
import type {
  FlowFileFormat,
  FlowPullParams,
  FlowPullResult,
  FlowPushParams,
  FlowPushResult,
  FlowSyncApi,
  FlowSyncStatus,
  ProjectFlows,
  ProjectPullParams,
  ProjectPullResult,
  ProjectPushParams,
} from "./flow-sync";
import { flowSyncApi } from "./flow-sync-api";
import { compareCodePoints, normalizeDict } from "./normalize-flow";
import { resolveNormalizeOptions } from "./normalize-options";
import { isDict, type PyDict } from "./py-json";
import { parsePyJson } from "./py-json-parse";
import { pyJsonDumps } from "./py-json-stringify";

/** Reads a flow file as ordered, lossless values; errors name the file. */
async function readFlowFile(file: string): Promise<PyDict> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new LangflowConfigError("path", `Cannot read the flow file ${file}: ${(error as Error).message}`);
  }
  let flow: unknown;
  try {
    flow = parsePyJson(text);
  } catch (error) {
    if (error instanceof FlowFormatError)
      throw new FlowFormatError(`${file}, ${error.where}`, error.message.replace(/ \(at [^)]*\)$/, ""));
    throw error;
  }
  if (!isDict(flow as never))
    throw new FlowFormatError(file, "A flow file must hold one JSON object (one flow)");
  return flow as PyDict;
}

/**
 * What the server holds that a push would change, normalized as files are: `FlowCreate`'s fields that the file sets,
 * secrets cleared on both sides (a file never holds them), code as strings.
 */
function comparable(body: PyDict, remote: PyDict): [string, string] {
  const options = resolveNormalizeOptions({});
  const remoteSubset: PyDict = new Map();
  for (const key of body.keys()) remoteSubset.set(key, remote.get(key) ?? null);
  // normalizeDict changes what it is given (secrets cleared): compare copies, send the file's values.
  const copy = (value: PyDict) => parsePyJson(pyJsonDumps(value, 0)) as PyDict;
  const wrap = (fields: PyDict) =>
    new Map([
      ["data", fields.get("data") ?? null],
      ["fields", fields],
    ] as const);
  // normalizeDict reads `data.nodes` at the top level: keep `data` there, the other fields beside it.
  const local = new Map(wrap(copy(body)));
  const server = new Map(wrap(remoteSubset));
  (local.get("fields") as PyDict).delete("data");
  (server.get("fields") as PyDict).delete("data");
  return [normalizeDict(local, options), normalizeDict(server, options)];
}

export function pushFlowFile(
  transport: Transport,
  file: string,
  params: FlowPushParams,
  options?: RequestOptions,
): Promise<FlowPushResult> {
  return pushOne(flowSyncApi(transport), file, params, options);
}

async function pushOne(
  api: FlowSyncApi,
  file: string,
  params: FlowPushParams,
  options?: RequestOptions,
): Promise<FlowPushResult> {
  const flow = await readFlowFile(file);
  const id = flowIdOf(flow, file);
  const name = typeof flow.get("name") === "string" ? (flow.get("name") as string) : basename(file, ".json");
  const body = pushBody(flow, params.projectId);
  const result = { id, name, path: file, dryRun: params.dryRun === true, url: api.flowUrl(id) };
  const remoteText = await api.flowText(id, options);
  let status: FlowSyncStatus = "created";
  if (remoteText !== undefined) {
    const remote = parsePyJson(remoteText);
    const [local, server] = comparable(body, isDict(remote) ? remote : new Map());
    status = local === server ? "unchanged" : "updated";
  }
  if (status === "unchanged" || result.dryRun) return { ...result, status };
  const created = await api.putFlow(id, pyJsonDumps(body, 0).replace(/\n/g, ""), options);
  return { ...result, status: created ? "created" : "updated" };
}

export async function pushProjectDir(
  transport: Transport,
  dir: string,
  params: ProjectPushParams,
  options?: RequestOptions,
): Promise<FlowPushResult[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new LangflowConfigError("dir", `Cannot read the folder ${dir}: ${(error as Error).message}`);
  }
  // The Python SDK's order (`sorted(Path(dir).glob("*.json"))`): by code point.
  const files = names.filter((n) => n.endsWith(".json")).sort(compareCodePoints);
  if (files.length === 0)
    throw new LangflowConfigError("dir", `No *.json flow files in ${dir}: pull a project first.`);
  // Every file is read before anything is sent: one bad file stops the push before the server changes.
  for (const f of files) flowIdOf(await readFlowFile(join(dir, f)), join(dir, f));
  const api = flowSyncApi(transport);
  const results: FlowPushResult[] = [];
  for (const f of files) results.push(await pushOne(api, join(dir, f), params, options));
  return results;
}

/** The flow's file text: what `lfx pull` writes for it. */
function flowFileText(
  remoteText: string,
  format: FlowFileFormat,
): { id: string; name: string; text: string } {
  const remote = parsePyJson(remoteText);
  if (!isDict(remote)) throw new FlowFormatError("the server's answer", "A flow must be a JSON object");
  const flow = pulledFields(remote);
  const id = String(flow.get("id"));
  const name = typeof flow.get("name") === "string" ? (flow.get("name") as string) : id;
  const options = resolveNormalizeOptions({
    ...format,
    stripVolatile: true,
    sortKeys: true,
    stripNodeVolatile: true,
  });
  return { id, name, text: normalizeDict(flow, options) };
}

async function writeIfChanged(file: string, text: string, dryRun: boolean): Promise<FlowSyncStatus> {
  const before = await readFile(file, "utf8").catch(() => undefined);
  if (before === text) return "unchanged";
  if (!dryRun) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text, "utf8");
  }
  return before === undefined ? "created" : "updated";
}

function format(params: FlowFileFormat): FlowFileFormat {
  return { stripSecrets: params.stripSecrets, codeAsLines: params.codeAsLines, indent: params.indent };
}

export async function pullFlow(
  transport: Transport,
  id: string,
  params: FlowPullParams,
  options?: RequestOptions,
): Promise<FlowPullResult> {
  const api = flowSyncApi(transport);
  const remoteText = await api.flowText(id, options);
  if (remoteText === undefined) throw new LangflowConfigError("id", `No flow ${id} on the server (404).`);
  const flow = flowFileText(remoteText, format(params));
  if (params.output === undefined) return { ...flow, path: undefined, status: undefined };
  const file = resolve(params.output);
  return { ...flow, path: file, status: await writeIfChanged(file, flow.text, params.dryRun === true) };
}

export async function pullProject(
  transport: Transport,
  projectFlows: ProjectFlows,
  id: string,
  params: ProjectPullParams,
  options?: RequestOptions,
): Promise<ProjectPullResult> {
  const project = await projectFlows(id, options);
  const flows = await pullInto(transport, project.flows, params, `of project ${id}`, options);
  return { id, name: project.name, outputDir: resolve(params.outputDir), flows };
}

/** Every flow `listFlows` answers (the user's flows), into one folder, as `lfx pull` without a flow or project. */
export async function pullAllFlows(
  transport: Transport,
  listFlows: (options?: RequestOptions) => Promise<{ id: string; name: string }[]>,
  params: ProjectPullParams,
  options?: RequestOptions,
): Promise<FlowPullResult[]> {
  return pullInto(transport, await listFlows(options), params, "on the server", options);
}

/** Writes each flow as `<outputDir>/<lfx file name>.json`; `where` says whose flows, in a collision's message. */
async function pullInto(
  transport: Transport,
  headers: { id: string }[],
  params: ProjectPullParams,
  where: string,
  options?: RequestOptions,
): Promise<FlowPullResult[]> {
  const api = flowSyncApi(transport);
  const outputDir = resolve(params.outputDir);
  const pulled = [];
  for (const header of headers) {
    const text = await api.flowText(header.id, options);
    if (text !== undefined) pulled.push(flowFileText(text, format(params)));
  }
  // Two flows with one file name would overwrite each other (lfx writes the second over the first): refused.
  const byFile = new Map<string, string>();
  for (const flow of pulled) {
    const file = `${safeFilename(flow.name, flow.id)}.json`;
    const other = byFile.get(file);
    if (other !== undefined) {
      throw new LangflowConfigError(
        "outputDir",
        `Flows ${other} and ${flow.id} ${where} would both be written to ${file}: rename one of them.`,
      );
    }
    byFile.set(file, flow.id);
  }
  const flows: FlowPullResult[] = [];
  for (const flow of pulled) {
    const file = join(outputDir, `${safeFilename(flow.name, flow.id)}.json`);
    flows.push({
      ...flow,
      path: file,
      status: await writeIfChanged(file, flow.text, params.dryRun === true),
    });
  }
  return flows;
}
