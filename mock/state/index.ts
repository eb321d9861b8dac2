// The in-memory state of one mock instance. reset() rebuilds every store in place (holders of `state` see the
// fresh content) and cancels pending timers.
import type { ResolvedOptions } from "../options";
import { FlowStore } from "./flows";
import { JobStore } from "./jobs";
import { MessageStore } from "./messages";
import { ProjectStore } from "./projects";
import { RunLog } from "./runs";
import { UserStore } from "./users";

/** Something a store owns that must be stopped on reset() (timers, running jobs). */
export interface Disposable {
  dispose(): void;
}

export class MockState {
  users!: UserStore;
  projects!: ProjectStore;
  flows!: FlowStore;
  messages!: MessageStore;
  runs!: RunLog;
  jobs!: JobStore;
  private slots = new Map<string, unknown>();

  constructor(private readonly options: ResolvedOptions) {
    this.init();
  }

  /**
   * Per-area state for areas that own their data (files, variables, ...): created on first use, dropped on
   * reset(). If the value has a `dispose()` it is called on reset.
   */
  slot<T>(name: string, create: () => T): T {
    if (!this.slots.has(name)) this.slots.set(name, create());
    return this.slots.get(name) as T;
  }

  reset(): void {
    this.jobs.dispose();
    for (const value of this.slots.values()) (value as Partial<Disposable>)?.dispose?.();
    this.slots = new Map();
    this.init();
  }

  /** The default owner of flows created without a user (examples, options.flows). */
  get owner(): { userId: string; folderId: string } {
    return { userId: this.users.superuser.id, folderId: this.projects.defaultProject.id };
  }

  private init(): void {
    const { clock, superuser, apiKeys } = this.options;
    this.users = new UserStore(clock, superuser, apiKeys);
    this.projects = new ProjectStore(clock, this.users.superuser.id);
    this.flows = new FlowStore(clock);
    this.messages = new MessageStore();
    this.runs = new RunLog();
    this.jobs = new JobStore(clock);
  }
}
