// The types of push and pull (`lf.flows.push/pull`, `lf.projects.push/pull`), shared by the resources, the Node
// module that reads and writes the files (./flow-files.node.ts) and its browser stand-in.
import type { RequestOptions } from "../core/request-options";

/** What a push or pull did to a flow (or, with `dryRun`, would do). */
export type FlowSyncStatus = "created" | "updated" | "unchanged";

export interface FlowPushParams {
  /** Only say what would happen (`status`): the server is read, nothing is written. */
  dryRun?: boolean;
  /** Put the flow in this project (sent as `folder_id`); by default a new flow goes to the default project and an existing one stays where it is. */
  projectId?: string;
}

export interface FlowPushResult {
  id: string;
  name: string;
  /** The file pushed. */
  path: string;
  /** `created` (the server answered 201), `updated` (200), or `unchanged` (the server's flow already matches the file: nothing was sent). */
  status: FlowSyncStatus;
  dryRun: boolean;
  /** The flow in the server's UI. */
  url: string;
}

/** How a pulled flow is written: `normalizeFlow`'s options that make sense for files. */
export interface FlowFileFormat {
  /** Clear the values of password and global-variable fields. Default `true` (as lfx). */
  stripSecrets?: boolean;
  /** Write code fields as lists of lines (push joins them back). Default `false` (lfx writes strings). */
  codeAsLines?: boolean;
  /** Spaces per indentation level. Default 2. */
  indent?: number;
}

export interface FlowPullParams extends FlowFileFormat {
  /** Write the normalized JSON to this file (its folder is created). Without it, nothing is written. */
  output?: string;
  /** Only say what would happen to `output` (`status`); nothing is written. */
  dryRun?: boolean;
}

export interface FlowPullResult {
  id: string;
  name: string;
  /** The normalized JSON text (what is written). */
  text: string;
  /** The file written (or that would be), when there is one. */
  path: string | undefined;
  /** What happened to the file: `created`, `updated` or `unchanged` (same bytes); undefined without a file. */
  status: FlowSyncStatus | undefined;
}

export interface ProjectPushParams {
  /** Only say what would happen to each flow; nothing is written. */
  dryRun?: boolean;
  /** Put every flow in this project; by default new flows go to the default project, existing ones stay. */
  projectId?: string;
}

export interface ProjectPullParams extends FlowFileFormat {
  /** The folder to write `<flow name>.json` files to (lfx's names; created when missing). */
  outputDir: string;
  /** Only say what would happen to each file; nothing is written. */
  dryRun?: boolean;
}

export interface ProjectPullResult {
  id: string;
  name: string;
  outputDir: string;
  flows: FlowPullResult[];
}

/** A project's name and its flows' ids and names (`lf.projects.get`, which knows the older `/folders/` route). */
export type ProjectFlows = (
  id: string,
  options?: RequestOptions,
) => Promise<{ name: string; flows: { id: string; name: string }[] }>;

/** The requests of push and pull (./flow-sync-api.ts). Bodies are read as text: floats such as `1.0` must stay `1.0`. */
export interface FlowSyncApi {
  /** The server's UI address of a flow. */
  flowUrl(id: string): string;
  /** The flow's JSON text, or undefined when there is no such flow (404). */
  flowText(id: string, options?: RequestOptions): Promise<string | undefined>;
  /** `PUT /api/v1/flows/{id}`: true when the server created the flow (201). */
  putFlow(id: string, body: string, options?: RequestOptions): Promise<boolean>;
}
