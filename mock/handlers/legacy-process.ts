// Pre-1.0 async API: `POST /api/v1/process/{flow_id}` (+ `/predict/`) and `GET /api/v1/task/{task_id}`.
// Langflow 1.x (incl. the pinned 1.13.0) answers both with 400 deprecation messages; the process route checks the
// API key first, the task route does not. With `legacyProcessApi: true` the mock serves the shape of the seed
// documents (docs.langflow.org/guidelines/async-api): `sync: false` starts a task that moves PENDING → SUCCESS |
// FAILURE on the mock clock.
import { http } from "msw";
import type { ApiArea, MockContext } from "../context";
import { authenticate } from "../http/auth";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { validateBody } from "../http/schema";
import { readJsonBody } from "../http/validation";
import { GraphError, runFlow } from "../run-flow";
import type { FlowRecord } from "../state/flows";
import type { TaskRecord } from "../state/legacy-tasks";

const PROCESS_DEPRECATED =
  "The /process endpoint is deprecated and will be removed in a future version. Please use /run instead.";
const TASK_DEPRECATED =
  "The /task endpoint is deprecated and will be removed in a future version. Please use /run instead.";

interface ProcessBody {
  inputs: Record<string, unknown> | null;
  tweaks: Record<string, unknown> | null;
  sync: boolean;
  session_id: string | null;
}

/** The first input value: `inputs.input_value`, `inputs.text`, or the first string among the inputs. */
function inputOf(inputs: Record<string, unknown> | null): string {
  if (!inputs) return "";
  for (const key of ["input_value", "text", "input", "message"])
    if (typeof inputs[key] === "string") return inputs[key] as string;
  const first = Object.values(inputs).find((v) => typeof v === "string");
  return typeof first === "string" ? first : "";
}

async function execute(
  ctx: MockContext,
  flow: FlowRecord,
  body: ProcessBody,
  sessionId: string,
): Promise<TaskRecord> {
  try {
    const outcome = await runFlow(ctx, {
      flow,
      inputValue: inputOf(body.inputs),
      sessionId,
      tweaks: body.tweaks ?? {},
      source: "process",
    });
    if (outcome.status !== "success")
      return { status: "FAILURE", result: { output: outcome.error?.message ?? "failed" } };
    return {
      status: "SUCCESS",
      result: { output: ctx.state.runs.runs.get(outcome.runId)?.output_text ?? "" },
    };
  } catch (error) {
    if (error instanceof GraphError) return { status: "FAILURE", result: { output: error.message } };
    throw error;
  }
}

export const legacyProcessArea: ApiArea = (ctx) => {
  const processFlow = route(async ({ request, params }) => {
    const user = authenticate(ctx, request, "apiKey");
    if (!ctx.options.legacyProcessApi) throw httpError(400, PROCESS_DEPRECATED);
    const body = validateBody<ProcessBody>((await readJsonBody(request, { optional: true })) ?? {}, {
      fields: {
        inputs: { kind: "object", nullable: true, default: null },
        tweaks: { kind: "object", nullable: true, default: null },
        sync: { kind: "boolean", default: true },
        session_id: { kind: "string", nullable: true, default: null },
      },
    });
    const flow = ctx.state.flows.find(String(params.flow_id), user.id);
    if (!flow) throw httpError(404, "Flow not found");
    const sessionId = body.session_id ?? crypto.randomUUID();
    if (body.sync) {
      const done = await execute(ctx, flow, body, sessionId);
      return jsonResponse({ result: done.result, session_id: sessionId, backend: null, task: null });
    }
    const id = ctx.state.legacyTasks.add(() => execute(ctx, flow, body, sessionId));
    return jsonResponse({
      result: null,
      task: { id, href: `api/v1/task/${id}` },
      session_id: sessionId,
      backend: "anyio",
    });
  });
  return [
    http.post(api("/api/v1/process/:flow_id"), processFlow),
    http.post(api("/api/v1/predict/:flow_id"), processFlow),
    http.get(
      api("/api/v1/task/:task_id"),
      route(({ request, params }) => {
        if (!ctx.options.legacyProcessApi) throw httpError(400, TASK_DEPRECATED);
        authenticate(ctx, request, "apiKey");
        const task = ctx.state.legacyTasks.tasks.get(String(params.task_id));
        if (!task) throw httpError(404, "Task not found");
        return jsonResponse(task);
      }),
    ),
  ];
};
