// Projects (folders). The default "Starter Project" exists from the start; flows without a folder land in it.
// The projects API area (handlers) builds on this store.
import type { Clock } from "../clock";

export interface ProjectRecord {
  id: string;
  name: string;
  description: string | null;
  parent_id: string | null;
  user_id: string;
  auth_settings: Record<string, unknown> | null;
  created_at: number;
}

const DEFAULT_PROJECT_NAME = "Starter Project";

export class ProjectStore {
  readonly projects = new Map<string, ProjectRecord>();
  readonly defaultProject: ProjectRecord;

  constructor(
    private readonly clock: Clock,
    ownerId: string,
  ) {
    this.defaultProject = this.add({
      name: DEFAULT_PROJECT_NAME,
      description: "Manage your own flows. Download and upload projects.",
      user_id: ownerId,
      auth_settings: { auth_type: "apikey" },
    });
  }

  add(
    input: Omit<ProjectRecord, "id" | "created_at" | "parent_id"> & {
      id?: string;
      parent_id?: string | null;
    },
  ) {
    const project: ProjectRecord = {
      parent_id: null,
      ...input,
      id: input.id ?? crypto.randomUUID(),
      created_at: this.clock.now(),
    };
    this.projects.set(project.id, project);
    return project;
  }

  get(id: string): ProjectRecord | undefined {
    return this.projects.get(id);
  }
}
