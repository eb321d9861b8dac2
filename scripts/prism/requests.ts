// The JSON requests the contract check drives through Prism: every JSON endpoint the mock implements, with
// the ids it needs created on the way. Each returns the statuses it accepts.
export interface Step {
  name: string;
  method: string;
  path: string;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  /** Saves values from the response body for later steps. */
  save?: (body: unknown, vars: Record<string, string>) => void;
}

// Left out, and why (each is covered by the unit tests instead):
// - error answers whose status the spec does not declare (404 FLOW_NOT_FOUND / JOB_NOT_FOUND, 400 MISSING_PARAMETER):
//   FastAPI only documents 200/422, so Prism flags the status itself;
// - v2 422s with an object `detail` (UNKNOWN_STREAM_PROTOCOL, UNKNOWN_OUTPUT_IDS, ...): the server sends them, the spec
//   declares 422 as the list-style HTTPValidationError (docs/server-quirks.md);
// - requests Prism itself refuses before forwarding (a non-UUID path id; a webhook body, which the spec omits);
// - routes absent from the 1.13.0 spec: /api/v1/variables/, /api/v1/api_key/, /api/v1/login, /api/v1/process, /api/v1/task.

const get = (name: string, path: string, save?: Step["save"]): Step => ({ name, method: "GET", path, save });
const post = (name: string, path: string, json: unknown, save?: Step["save"]): Step => ({
  name,
  method: "POST",
  path,
  json,
  save,
});
const field = (key: string, as: string) => (body: unknown, vars: Record<string, string>) => {
  const value = (Array.isArray(body) ? body[0] : body) as Record<string, unknown> | undefined;
  if (value && typeof value[key] === "string") vars[as] = value[key] as string;
};

function upload(name: string, content: string, type = "application/json"): FormData {
  const form = new FormData();
  form.set("file", new Blob([content], { type }), name);
  return form;
}

export function steps(): Step[] {
  return [
    // health, version, config
    get("health", "/health"),
    get("health_check", "/health_check"),
    get("version", "/api/v1/version"),
    get("component catalog", "/api/v1/all"),
    get("config", "/api/v1/config"),
    // flows
    get("flows list", "/api/v1/flows/", (b, v) => {
      for (const f of b as { endpoint_name: string; id: string }[]) v[f.endpoint_name] = f.id;
    }),
    get("flows page", "/api/v1/flows/?get_all=false&page=1&size=2"),
    get("flows headers", "/api/v1/flows/?header_flows=true"),
    post(
      "flow create",
      "/api/v1/flows/",
      { name: "prism flow", data: { nodes: [], edges: [] }, endpoint_name: "prism-flow" },
      field("id", "flow"),
    ),
    get("flow read", "/api/v1/flows/{flow}"),
    {
      name: "flow update",
      method: "PATCH",
      path: "/api/v1/flows/{flow}",
      json: { description: "checked by prism" },
    },
    post(
      "flows batch",
      "/api/v1/flows/batch/",
      { flows: [{ name: "prism b1" }, { name: "prism b2" }] },
      field("id", "batch"),
    ),
    {
      name: "flows upload",
      method: "POST",
      path: "/api/v1/flows/upload/",
      form: upload(
        "prism-upload.json",
        JSON.stringify({ name: "prism upload", data: { nodes: [], edges: [] } }),
      ),
    },
    get("flows basic examples", "/api/v1/flows/basic_examples/"),
    { name: "flow delete", method: "DELETE", path: "/api/v1/flows/{flow}" },
    { name: "flows delete many", method: "DELETE", path: "/api/v1/flows/", json: ["{batch}"] },
    // v1 run, webhook, build
    post("run sync", "/api/v1/run/{prompt-chat}", { input_value: "prism", session_id: "prism" }),
    post(
      "build",
      "/api/v1/build/{prompt-chat}/flow?event_delivery=polling",
      { inputs: { input_value: "b" } },
      field("job_id", "build"),
    ),
    post("build cancel", "/api/v1/build/{build}/cancel", undefined),
    // v2 workflows
    post(
      "v2 sync",
      "/api/v2/workflows",
      { flow_id: "{prompt-chat}", input_value: "prism" },
      field("job_id", "syncjob"),
    ),
    post(
      "v2 background",
      "/api/v2/workflows",
      { flow_id: "{model-chat}", input_value: "bg", mode: "background" },
      field("job_id", "job"),
    ),
    get("v2 status", "/api/v2/workflows?job_id={syncjob}"),
    get("v2 status job", "/api/v2/workflows?job_id={job}"),
    post("v2 stop", "/api/v2/workflows/stop", { job_id: "{job}" }),
    // projects, files, monitor, responses, logs
    get("projects", "/api/v1/projects/", field("id", "project")),
    post(
      "project create",
      "/api/v1/projects/",
      { name: "prism project", description: "", components_list: [], flows_list: [] },
      field("id", "newproject"),
    ),
    get("project read", "/api/v1/projects/{newproject}"),
    {
      name: "project update",
      method: "PATCH",
      path: "/api/v1/projects/{newproject}",
      json: { name: "prism project 2" },
    },
    { name: "project delete", method: "DELETE", path: "/api/v1/projects/{newproject}" },
    get("v2 files", "/api/v2/files"),
    {
      name: "v2 file upload",
      method: "POST",
      path: "/api/v2/files",
      form: upload("prism.txt", "hello", "text/plain"),
    },
    {
      name: "v1 file upload",
      method: "POST",
      path: "/api/v1/files/upload/{echo-chat}",
      form: upload("prism.txt", "hello", "text/plain"),
    },
    get("v1 files", "/api/v1/files/list/{echo-chat}"),
    get("monitor messages", "/api/v1/monitor/messages"),
    get("monitor sessions", "/api/v1/monitor/messages/sessions"),
    get("monitor builds", "/api/v1/monitor/builds?flow_id={prompt-chat}"),
    get("monitor transactions", "/api/v1/monitor/transactions?flow_id={prompt-chat}"),
    get("traces", "/api/v1/monitor/traces?flow_id={prompt-chat}"),
    post("responses", "/api/v1/responses", { model: "{echo-chat}", input: "hello" }),
    get("logs", "/logs?lines_before=5"),
  ];
}
