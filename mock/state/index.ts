// The in-memory state of one mock instance: every store an API area reads or writes is declared here. reset()
// stops what the stores run (timers, jobs, streams) and rebuilds them in place, so holders of `state` see the
// fresh content.
import { BuildStore } from "./builds";
import { exampleFlows } from "./example-flows";
import { FileStore } from "./files";
import { type FlowRecord, FlowStore } from "./flows";
import { JobStore } from "./jobs";
import { LegacyTaskStore } from "./legacy-tasks";
import { LogBuffer } from "./logs";
import { MessageStore } from "./messages";
import { MonitorState } from "./monitor";
import { ProjectStore } from "./projects";
import { RunLog } from "./runs";
import type { Disposable, StateSettings } from "./types";
import { UserStore } from "./users";
import { VariableStore } from "./variables";

/** A bundled example flow as `GET /api/v1/flows/basic_examples/` lists it: owned by nobody, in no project. */
export type StarterProject = Omit<FlowRecord, "user_id" | "folder_id"> & { user_id: null; folder_id: null };

export class MockState {
  /** Superuser, API keys, issued tokens. */
  users!: UserStore;
  projects!: ProjectStore;
  flows!: FlowStore;
  /** Chat messages the engine stores (monitor API, session history). */
  messages!: MessageStore;
  /** Every engine run with per-vertex records: the monitor's builds, transactions and traces derive from it. */
  runs!: RunLog;
  /** v2 workflow jobs and their lifecycle. */
  jobs!: JobStore;
  /** v1 flow files and v2 user files. */
  files!: FileStore;
  variables!: VariableStore;
  /** v1 build jobs (`/api/v1/build/...`). */
  builds!: BuildStore;
  /** What the monitor areas keep beside the run log (deleted builds/traces, stable row ids). */
  monitor!: MonitorState;
  /** Tasks of the pre-1.0 async `/process` API. */
  legacyTasks!: LegacyTaskStore;
  #logs: LogBuffer | undefined;
  #starterProjects: StarterProject[] | undefined;

  constructor(private readonly settings: StateSettings) {
    this.init();
  }

  /**
   * The buffer behind /logs, made on its first read: the server logs its startup lines at boot, so they are
   * stamped before the first run (or the "last lines" would end with them instead of the newest run's lines).
   */
  get logs(): LogBuffer {
    this.#logs ??= new LogBuffer(
      Math.min(this.settings.clock.now(), this.runs.list()[0]?.started ?? Number.POSITIVE_INFINITY),
    );
    return this.#logs;
  }

  /** The bundled example flows as starter projects, made on first use so their ids stay the same until reset(). */
  get starterProjects(): StarterProject[] {
    this.#starterProjects ??= exampleFlows.map((flow) => {
      const record = this.flows.add(structuredClone(flow), { userId: "starter-projects", folderId: "" });
      this.flows.delete(record.id);
      return { ...record, user_id: null, folder_id: null };
    });
    return this.#starterProjects;
  }

  /** The default owner of flows created without a user (examples, options.flows). */
  get owner(): { userId: string; folderId: string } {
    return { userId: this.users.superuser.id, folderId: this.projects.defaultProject.id };
  }

  reset(): void {
    const running: (Disposable | undefined)[] = [this.jobs, this.builds, this.legacyTasks, this.#logs];
    for (const store of running) store?.dispose();
    this.init();
  }

  private init(): void {
    const { clock, superuser, apiKeys, queueDelayMs, retention } = this.settings;
    this.users = new UserStore(clock, superuser, apiKeys);
    this.projects = new ProjectStore(clock, this.users.superuser.id);
    this.flows = new FlowStore(clock, this.settings.onFlowSaved);
    this.messages = new MessageStore(retention.messages);
    this.monitor = new MonitorState();
    const monitor = this.monitor;
    this.runs = new RunLog(clock, retention, (runId) => monitor.forgetRun(runId));
    this.jobs = new JobStore(clock, retention);
    this.files = new FileStore(clock);
    this.variables = new VariableStore();
    this.builds = new BuildStore(clock, retention);
    this.legacyTasks = new LegacyTaskStore(clock, queueDelayMs, retention);
    this.#logs = undefined;
    this.#starterProjects = undefined;
  }
}
