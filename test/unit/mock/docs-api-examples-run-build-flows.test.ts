// The example requests of the Langflow docs' "API examples" page (api-reference-api-examples.md, March 2025) for
// running, building and managing flows, as curl sends them, and the documented response shapes. (The page omits
// x-api-key on several calls; Langflow ≥1.5 requires it, so it is sent.)
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SEED_BATCH_ITEM, SEED_FLOW_BODY, SEED_FLOW_UPDATE } from "../../fixtures/seed-004";
import { parseBareJson } from "./sse";
import { useMock } from "./support";

const { lf, call } = useMock();
const FLOW_ID = () => lf.flow("prompt-chat")?.id ?? "";
const FOLDER_ID = () => lf.state.projects.defaultProject.id;
const FLOW_BODY = SEED_FLOW_BODY;

describe("docs API examples: base", () => {
  it("run flow (stream=false, body {})", async () => {
    const res = await call(`/api/v1/run/${FLOW_ID()}?stream=false`, {
      json: {},
      headers: { accept: "application/json" },
    });
    const body = await res.json();
    expect(body).toMatchObject({
      session_id: FLOW_ID(),
      outputs: [{ inputs: {}, outputs: [{ component_id: "ChatOutput-prmt1" }] }],
    });
    expect(body.outputs[0].outputs[0].results.message).toMatchObject({
      text: "You asked: ",
      sender: "Machine",
      sender_name: "AI",
    });
  });

  it("run flow (stream=true): add_message … end", async () => {
    const res = await call(`/api/v1/run/${FLOW_ID()}?stream=true`, {
      json: { message: "Tell me something interesting!" },
    });
    const events = parseBareJson(await res.text());
    expect(events[0]?.event).toBe("add_message");
    expect(events.at(-1)?.event).toBe("end");
    expect(events.at(-1)?.data.result).toHaveProperty("outputs");
  });

  it("webhook run flow", async () => {
    const res = await call(`/api/v1/webhook/${FLOW_ID()}`, { json: { data: "example-data" } });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ message: "Task started in the background", status: "in progress" });
  });

  it("get version and config", async () => {
    expect(await (await call("/api/v1/version")).json()).toEqual({
      version: "1.13.0",
      main_version: "1.13.0",
      package: "Langflow",
    });
    const config = await (await call("/api/v1/config")).json();
    expect(config).toMatchObject({
      feature_flags: { mvp_components: false },
      frontend_timeout: 0,
      auto_saving: true,
      max_file_size_upload: 1024,
    });
    expect(typeof config.auto_saving_interval).toBe("number");
    expect(typeof config.health_check_max_retries).toBe("number");
  });
});

describe("docs API examples: build", () => {
  const events = async (body: unknown) => {
    const { job_id } = await (await call(`/api/v1/build/${FLOW_ID()}/flow`, { json: body })).json();
    return parseBareJson(await (await call(`/api/v1/build/${job_id}/events`)).text());
  };

  it("build flow with input_value: vertices_sorted first, add_message / end_vertex in dependency order, end", async () => {
    const list = await events({ input_value: "hello, how are you doing?" });
    expect(list[0]).toEqual({
      event: "vertices_sorted",
      data: { ids: ["ChatInput-prmt1"], to_run: ["ChatInput-prmt1", "Prompt-prmt1", "ChatOutput-prmt1"] },
    });
    const ends = list
      .filter((e) => e.event === "end_vertex")
      .map((e) => (e.data.build_data as { id: string }).id);
    expect(ends).toEqual(["ChatInput-prmt1", "Prompt-prmt1", "ChatOutput-prmt1"]);
    expect(list.at(-1)?.event).toBe("end");
  });

  it("stop_component_id runs only what leads to that component", async () => {
    const list = await events({ stop_component_id: "Prompt-prmt1" });
    const ends = list
      .filter((e) => e.event === "end_vertex")
      .map((e) => (e.data.build_data as { id: string }).id);
    expect(ends).toEqual(["ChatInput-prmt1", "Prompt-prmt1"]);
  });

  it("data override with no nodes: vertices_sorted {ids: [], to_run: []} then end", async () => {
    const list = await events({
      data: { nodes: [], edges: [] },
      inputs: { input_value: "Your custom input here", session: "session_id" },
    });
    expect(list.map((e) => e.event)).toEqual(["vertices_sorted", "build_start", "end"]);
    expect(list[0]?.data).toEqual({ ids: [], to_run: [] });
  });
});

describe("docs API examples: flows", () => {
  it("create flow → the FlowRead with id, user_id, folder_id", async () => {
    const res = await call("/api/v1/flows/", { json: FLOW_BODY });
    expect(res.status).toBe(201);
    const flow = await res.json();
    expect(flow).toMatchObject({
      ...FLOW_BODY,
      updated_at: expect.any(String),
      locked: false,
      folder_id: FOLDER_ID(),
    });
    expect(flow.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(flow.user_id).toBe(lf.state.users.superuser.id);
  });

  it("read flows: get_all=true → list; get_all=false&folder_id&size=1 → page", async () => {
    const all = await (
      await call(
        "/api/v1/flows/?remove_example_flows=false&components_only=false&get_all=true&header_flows=false&page=1&size=50",
      )
    ).json();
    expect(Array.isArray(all)).toBe(true);
    expect(all).toHaveLength(4);
    const page = await (
      await call(
        `/api/v1/flows/?remove_example_flows=true&components_only=false&get_all=false&folder_id=${FOLDER_ID()}&header_flows=false&page=1&size=1`,
      )
    ).json();
    expect(page).toMatchObject({ total: 4, page: 1, size: 1, pages: 4 });
    expect(page.items).toHaveLength(1);
  });

  it("read, update (endpoint_name, locked), delete a flow", async () => {
    const flowId = FLOW_ID();
    expect(await (await call(`/api/v1/flows/${flowId}`)).json()).toMatchObject({
      name: "Prompt chat",
      data: { nodes: expect.any(Array) },
    });
    const updated = await (
      await call(`/api/v1/flows/${flowId}`, {
        method: "PATCH",
        json: SEED_FLOW_UPDATE,
      })
    ).json();
    expect(updated).toMatchObject({
      name: "string",
      endpoint_name: "my_new_endpoint_name",
      locked: true,
      data: {},
    });
    const locked = await call(`/api/v1/flows/${flowId}`, { method: "PATCH", json: { name: "x" } });
    expect(locked.status).toBe(423);
    expect(await (await call(`/api/v1/flows/${flowId}`, { method: "DELETE" })).json()).toEqual({
      message: "Flow deleted successfully",
    });
    expect((await call(`/api/v1/flows/${updated.id}`)).status).toBe(404);
  });

  it("create flows (batch) → FlowRead list; names and endpoint names made unique", async () => {
    const item = SEED_BATCH_ITEM;
    const res = await call("/api/v1/flows/batch/", { json: { flows: [item, item] } });
    expect(res.status).toBe(201);
    const flows = await res.json();
    expect(flows.map((f: { name: string }) => f.name)).toEqual(["string", "string (1)"]);
    expect(flows.map((f: { endpoint_name: string }) => f.endpoint_name)).toEqual(["string", "string-1"]);
  });

  it("upload flows from a JSON file (folder_id) → created flows", async () => {
    const form = new FormData();
    const file = JSON.stringify({
      name: "agent-with-astra-db-tool",
      description: "",
      data: { nodes: [], edges: [] },
    });
    form.set("file", new Blob([file], { type: "application/json" }), "agent-with-astra-db-tool.json");
    const res = await call(`/api/v1/flows/upload/?folder_id=${FOLDER_ID()}`, { method: "POST", body: form });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject([
      { name: "agent-with-astra-db-tool", description: "", folder_id: FOLDER_ID() },
    ]);
  });

  it("download flows as a zip; basic examples", async () => {
    const ids = [lf.flow("echo-chat")?.id, FLOW_ID()];
    const res = await call("/api/v1/flows/download/", { json: ids });
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="\d{8}_\d{6}_langflow_flows\.zip"/,
    );
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(["Echo chat.json", "Prompt chat.json"]);
    const examples = await (await call("/api/v1/flows/basic_examples/")).json();
    expect(examples.map((f: { name: string }) => f.name)).toEqual([
      "Echo chat",
      "Prompt chat",
      "Two outputs",
      "Model chat",
    ]);
  });
});
