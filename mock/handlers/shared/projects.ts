// Shared by the projects areas (projects.ts, projects-transfer.ts): the caller's project or 404, its flows, and
// the unique project names 1.13.0 gives.
import type { MockContext } from "../../context";
import { httpError } from "../../http/errors";
import type { FlowRecord } from "../../state/flows";
import type { ProjectRecord } from "../../state/projects";
import type { UserRecord } from "../../state/users";

/** The caller's project or 404 "Project not found" (other users' projects are invisible, as on the server). */
export function projectOr404(ctx: MockContext, user: UserRecord, id: string): ProjectRecord {
  const project = ctx.state.projects.get(id);
  if (!project || project.user_id !== user.id) throw httpError(404, "Project not found");
  return project;
}

/** "Name", or "Name (1)", "Name (2)"... when the user already has a project called so (1.13.0 behavior). */
export function uniqueProjectName(ctx: MockContext, userId: string, name: string, exceptId?: string): string {
  const taken = new Set(
    [...ctx.state.projects.projects.values()]
      .filter((p) => p.user_id === userId && p.id !== exceptId)
      .map((p) => p.name),
  );
  if (!taken.has(name)) return name;
  for (let n = 1; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

export function flowsOf(ctx: MockContext, project: ProjectRecord): FlowRecord[] {
  return ctx.state.flows.list(project.user_id).filter((f) => f.folder_id === project.id);
}
