// The flow store: every area that needs a flow (run, build, v2 workflows, projects, files) looks it up here.
import type { Clock } from "../clock";
import { secondsTimestamp } from "../clock";

/** A flow as sent by clients or loaded from a file: Langflow flow JSON (FlowCreate-ish). */
export interface FlowInput {
  id?: string;
  name?: string;
  description?: string | null;
  data?: { nodes?: unknown[]; edges?: unknown[]; [k: string]: unknown } | null;
  endpoint_name?: string | null;
  folder_id?: string | null;
  [field: string]: unknown;
}

/** Stored flow: the FlowRead fields of Langflow 1.13.0. */
export interface FlowRecord {
  id: string;
  name: string;
  description: string | null;
  icon: string | null;
  icon_bg_color: string | null;
  gradient: string | null;
  data: Record<string, unknown> | null;
  is_component: boolean;
  updated_at: string;
  webhook: boolean;
  endpoint_name: string | null;
  tags: string[] | null;
  locked: boolean;
  mcp_enabled: boolean;
  action_name: string | null;
  action_description: string | null;
  access_type: "PRIVATE" | "PUBLIC";
  flow_type: string;
  a2a_enabled: boolean;
  a2a_card_overrides: Record<string, unknown> | null;
  user_id: string;
  folder_id: string;
  workspace_id: string | null;
  name_key: string | null;
  version_token: string | null;
}

const STRING_FIELDS = [
  "description",
  "icon",
  "icon_bg_color",
  "gradient",
  "action_name",
  "action_description",
] as const;

export class FlowStore {
  readonly flows = new Map<string, FlowRecord>();

  constructor(
    private readonly clock: Clock,
    private readonly onSaved: (flow: FlowRecord) => void = () => {},
  ) {}

  /** Adds a flow; `name` and `endpoint_name` are made unique per user the way Langflow does ("Name (1)", "name-1"). */
  add(input: FlowInput, owner: { userId: string; folderId: string }): FlowRecord {
    const id = typeof input.id === "string" && input.id ? input.id : crypto.randomUUID();
    const record: FlowRecord = {
      id,
      name: this.uniqueName(String(input.name ?? "Untitled document"), owner.userId),
      description: null,
      icon: null,
      icon_bg_color: null,
      gradient: null,
      data: (input.data as Record<string, unknown> | null | undefined) ?? null,
      is_component: Boolean(input.is_component ?? false),
      updated_at: secondsTimestamp(this.clock.now()),
      webhook: Boolean(input.webhook ?? false),
      endpoint_name:
        typeof input.endpoint_name === "string" && input.endpoint_name
          ? this.uniqueEndpoint(input.endpoint_name, owner.userId)
          : null,
      tags: Array.isArray(input.tags) ? (input.tags as string[]) : null,
      locked: Boolean(input.locked ?? false),
      mcp_enabled: Boolean(input.mcp_enabled ?? false),
      action_name: null,
      action_description: null,
      access_type: input.access_type === "PUBLIC" ? "PUBLIC" : "PRIVATE",
      flow_type: typeof input.flow_type === "string" ? input.flow_type : "workflow",
      a2a_enabled: Boolean(input.a2a_enabled ?? false),
      a2a_card_overrides: null,
      user_id: owner.userId,
      folder_id: typeof input.folder_id === "string" && input.folder_id ? input.folder_id : owner.folderId,
      workspace_id: null,
      name_key: null,
      version_token: crypto.randomUUID(),
    };
    for (const field of STRING_FIELDS) {
      const value = input[field];
      if (typeof value === "string") record[field] = value;
    }
    this.flows.set(id, record);
    this.onSaved(record);
    return record;
  }

  get(id: string): FlowRecord | undefined {
    return this.flows.get(id.toLowerCase());
  }

  /** Looks a flow up by UUID or endpoint name, as /run, /webhook and v2 (1.10) do. */
  find(idOrName: string, userId?: string): FlowRecord | undefined {
    const byId = this.get(idOrName);
    if (byId && (!userId || byId.user_id === userId)) return byId;
    for (const flow of this.flows.values()) {
      if (flow.endpoint_name === idOrName && (!userId || flow.user_id === userId)) return flow;
    }
    return undefined;
  }

  findByEndpointName(name: string, userId: string): FlowRecord | undefined {
    for (const flow of this.flows.values())
      if (flow.endpoint_name === name && flow.user_id === userId) return flow;
    return undefined;
  }

  list(userId: string): FlowRecord[] {
    return [...this.flows.values()].filter((flow) => flow.user_id === userId);
  }

  update(id: string, patch: Partial<FlowRecord>): FlowRecord | undefined {
    const flow = this.get(id);
    if (!flow) return undefined;
    Object.assign(flow, patch, {
      updated_at: secondsTimestamp(this.clock.now()),
      version_token: crypto.randomUUID(),
    });
    if ("data" in patch) this.onSaved(flow);
    return flow;
  }

  delete(id: string): boolean {
    return this.flows.delete(id.toLowerCase());
  }

  /** Taken endpoint names get "-1", "-2", ... as on the server. */
  uniqueEndpoint(name: string, userId: string, exceptId?: string): string {
    const taken = new Set(
      this.list(userId)
        .filter((f) => f.id !== exceptId)
        .map((f) => f.endpoint_name),
    );
    if (!taken.has(name)) return name;
    for (let n = 1; ; n++) if (!taken.has(`${name}-${n}`)) return `${name}-${n}`;
  }

  uniqueName(name: string, userId: string, exceptId?: string): string {
    const taken = new Set(
      this.list(userId)
        .filter((f) => f.id !== exceptId)
        .map((f) => f.name),
    );
    if (!taken.has(name)) return name;
    for (let n = 1; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
  }
}
