// Langflow's docs page "API examples" (api-reference-api-examples.md, March 2025; "seed document 004" of the
// project's reference docs in ../shared/seeds), sections Base, Build, Files and Flows, walked through the public SDK
// instead of curl, against the in-process mock. Sections Folders, Logs and Monitor: docs-api-examples-projects.test.ts.
// The raw-HTTP version of the same walk is test/unit/mock/docs-api-examples-*.test.ts; where the page and Langflow
// 1.13.0 differ, the test follows the server (and the mock) and says so (docs/server-quirks.md).
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { BuildEvent, FlowCreate } from "../../../src/index";
import { APIError, DeprecatedEndpointError, type LangflowClient, NotFoundError } from "../../../src/index";
import { SEED_BATCH_ITEM, SEED_FLOW_BODY, SEED_FLOW_UPDATE } from "../../fixtures/seed-004";
import { useMockedClient } from "./support";

const { mock, client: lf } = useMockedClient();
/** $FLOW_ID of the seed: its examples use a ChatInput → Prompt → model → ChatOutput flow; prompt-chat is that minus the model. */
const FLOW_ID = () => mock.flow("prompt-chat")?.id ?? "";
const FLOW_BODY = SEED_FLOW_BODY satisfies FlowCreate;
const endedVertices = (events: BuildEvent[]) =>
  events.flatMap((e) => (e.event === "end_vertex" ? [String(e.data.build_data?.id)] : []));
async function collect<E>(source: AsyncIterable<E>): Promise<E[]> {
  const out: E[] = [];
  for await (const e of source) out.push(e);
  return out;
}

describe("seed 004: Base", () => {
  it("Get all components → a dictionary of components by category", async () => {
    const all = await lf().components();
    expect(Object.keys(all).length).toBeGreaterThan(1);
    expect(all.input_output?.ChatOutput).toMatchObject({ display_name: "Chat Output" });
  });

  it("Run flow (stream=false, body {}) → session_id, outputs[0].outputs[0] from ChatOutput, sender Machine/AI", async () => {
    const result = await lf().run(FLOW_ID());
    expect(result.sessionId).toBe(FLOW_ID()); // no session_id sent: the flow id is the session, as in the seed
    expect(result.raw.outputs?.[0]?.inputs).toEqual({});
    expect(result.outputs[0]?.component_id).toBe("ChatOutput-prmt1");
    expect(result.outputs[0]?.component_display_name).toBe("Chat Output");
    expect(result.text).toBe("You asked: ");
    expect(result.messages).toEqual([
      expect.objectContaining({ text: "You asked: ", sender: "Machine", senderName: "AI" }),
    ]);
    expect(result.outputs[0]?.results).toMatchObject({
      message: { text: "You asked: ", sender: "Machine", sender_name: "AI", session_id: FLOW_ID() },
    });
  });

  it("Run flow (stream=true) → add_message (User, then Machine), token events, end with the run result", async () => {
    // The seed's body {"message": ...} is not a run field (the server ignores it); inputValue is what the SDK sends.
    const model = mock.flow("model-chat")?.id ?? "";
    const events = await collect(lf().stream(model, { inputValue: "Tell me something interesting!" }));
    const messages = events.flatMap((e) => (e.event === "add_message" ? [e.data] : []));
    expect(messages[0]).toMatchObject({
      sender: "User",
      sender_name: "User",
      text: "Tell me something interesting!",
    });
    expect(messages.some((m) => m.sender === "Machine" && m.sender_name === "AI")).toBe(true);
    const tokens = events.flatMap((e) => (e.event === "token" ? [e.data.chunk] : []));
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.join("")).toBe("You said: Tell me something interesting!");
    const end = events.at(-1);
    expect(end?.event).toBe("end");
    const result = end?.event === "end" ? end.data.result : undefined;
    expect(result?.outputs?.[0]?.outputs?.[0]?.component_id).toBe("ChatOutput-model1");
    expect(await lf().stream(model, { inputValue: "again" }).finalText()).toBe("You said: again");
  });

  it("Webhook run flow → {message: 'Task started in the background', status: 'in progress'}", async () => {
    const answer = await lf().webhook(FLOW_ID(), { data: "example-data" }).withResponse();
    expect(answer.response.status).toBe(202);
    expect(answer.data).toEqual({ message: "Task started in the background", status: "in progress" });
  });

  it("Get task status → deprecated on 1.x (seed: {status, result}; the server answers 400 'deprecated')", async () => {
    const err = await lf()
      .tasks.get("TASK_ID")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeprecatedEndpointError);
    expect(String((err as Error).message)).toContain("lf.run()");
  });

  it("Get version → {version, main_version, package: 'Langflow'}", async () => {
    // Seed: 1.1.1; the mock reports the pinned server's version.
    expect(await lf().version()).toEqual({ version: "1.13.0", main_version: "1.13.0", package: "Langflow" });
  });

  it("Get config → feature_flags, frontend_timeout, auto_saving, auto_saving_interval, health_check_max_retries, max_file_size_upload", async () => {
    const config = await lf().config();
    expect(config).toMatchObject({
      feature_flags: { mvp_components: false },
      frontend_timeout: 0,
      auto_saving: true,
      max_file_size_upload: 1024, // seed: 100; LANGFLOW_MAX_FILE_SIZE_UPLOAD defaults to 1024 MB on 1.13.0
    });
    expect(config.auto_saving_interval).toEqual(expect.any(Number));
    expect(config.health_check_max_retries).toEqual(expect.any(Number));
  });
});

describe("seed 004: Build", () => {
  // Seed: POST /build/{id}/flow answers the events; 1.13.0 answers {job_id} and the events come from /build/{job}/events.
  it("Build flow → vertices_sorted first, add_message, end_vertex per component in dependency order, end", async () => {
    const client = lf();
    const { jobId } = await client.builds.start(FLOW_ID(), { inputValue: "hello, how are you doing?" });
    const events = await collect(client.builds.events(jobId));
    expect(events[0]).toEqual({
      event: "vertices_sorted",
      data: { ids: ["ChatInput-prmt1"], to_run: ["ChatInput-prmt1", "Prompt-prmt1", "ChatOutput-prmt1"] },
    });
    const userMessage = events.find((e) => e.event === "add_message");
    expect(userMessage?.data).toMatchObject({ sender: "User", text: "hello, how are you doing?" });
    expect(endedVertices(events)).toEqual(["ChatInput-prmt1", "Prompt-prmt1", "ChatOutput-prmt1"]);
    expect(events.at(-1)?.event).toBe("end");
  });

  it("Configure the build endpoint: stop_component_id builds only what leads to that component", async () => {
    const client = lf();
    const { jobId } = await client.builds.start(FLOW_ID(), { stopComponentId: "Prompt-prmt1" });
    // The same events by polling delivery instead of a stream.
    const events = await collect(client.builds.pollEvents(jobId, { interval: 1 }));
    expect(endedVertices(events)).toEqual(["ChatInput-prmt1", "Prompt-prmt1"]);
    expect(events.at(-1)?.event).toBe("end");
  });

  it("Configure the build endpoint: inline data {nodes: [], edges: []} and inputs → vertices_sorted {ids: [], to_run: []}, end", async () => {
    const client = lf();
    const { jobId } = await client.builds.start(FLOW_ID(), {
      data: { nodes: [], edges: [] },
      inputs: { input_value: "Your custom input here", session: "session_id" },
    });
    const events = await collect(client.builds.events(jobId));
    // The seed's abbreviated output leaves out build_start, which 1.13.0 sends before end.
    expect(events.map((e) => e.event)).toEqual(["vertices_sorted", "build_start", "end"]);
    expect(events[0]?.data).toEqual({ ids: [], to_run: [] });
  });
});

describe("seed 004: Files", () => {
  it("Upload file, upload an image, run with the image path as a ChatInput tweak, list, download, download image, delete", async () => {
    const client = lf();
    const flowId = FLOW_ID();
    const csv = await client.flowFiles.upload(
      flowId,
      new Blob(["year,film\n1929,Wings\n"], { type: "text/csv" }),
      {
        filename: "the_oscar_award.csv",
      },
    );
    expect(csv).toEqual({
      flowId,
      file_path: expect.stringMatching(
        new RegExp(`^${flowId}/\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}_the_oscar_award\\.csv$`),
      ),
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = await client.flowFiles.upload(flowId, png, {
      filename: "image-file.png",
      contentType: "image/png",
    });
    expect(image.file_path).toMatch(new RegExp(`^${flowId}/.+_image-file\\.png$`));

    // Seed: the chatbot describes the image; the mock's prompt flow has no vision model, so it answers the text.
    const described = await client.run(flowId, {
      outputType: "chat",
      inputType: "chat",
      tweaks: { "ChatInput-prmt1": { files: image.file_path, input_value: "what do you see?" } },
    });
    expect(described.text).toBe("You asked: what do you see?");

    const csvName = csv.file_path.split("/")[1] as string;
    const imageName = image.file_path.split("/")[1] as string;
    expect((await client.flowFiles.list(flowId)).sort()).toEqual([csvName, imageName].sort());
    const downloaded = await client.flowFiles.download(flowId, csvName);
    expect(new TextDecoder().decode(downloaded.bytes)).toBe("year,film\n1929,Wings\n");
    const img = await client.flowFiles.image(flowId, imageName);
    expect(img.contentType).toBe("image/png");
    expect(img.bytes).toEqual(png);
    expect(await client.flowFiles.delete(flowId, imageName)).toEqual({
      message: `File ${imageName} deleted successfully`,
    });
    expect(await client.flowFiles.list(flowId)).toEqual([csvName]);
  });
});

describe("seed 004: Flows", () => {
  const defaultProjectId = async (client: LangflowClient) => (await client.projects.list())[0]?.id;

  it("Create flow → the FlowRead with id, user_id and the default folder_id", async () => {
    const client = lf();
    const flow = await client.flows.create(FLOW_BODY);
    expect(flow).toMatchObject({ ...FLOW_BODY, updated_at: expect.any(String), locked: false });
    expect(flow.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(flow.user_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(flow.folder_id).toBe(await defaultProjectId(client));
  });

  it("Read flows: all (get_all=true) as a list; one project's flows a page at a time (get_all=false, size=1)", async () => {
    const client = lf();
    const all = await client.flows.listAll({ removeExampleFlows: false, componentsOnly: false });
    expect(all.map((f) => f.name).sort()).toEqual(["Echo chat", "Model chat", "Prompt chat", "Two outputs"]);
    const projectId = await defaultProjectId(client);
    const page = await client.flows.list({ removeExampleFlows: true, projectId, page: 1, size: 1 });
    expect(page).toMatchObject({ total: 4, page: 1, size: 1, pages: 4 });
    expect(page.items).toHaveLength(1);
  });

  it("Read flow, Update flow (endpoint_name, locked), Delete flow", async () => {
    const client = lf();
    const flowId = FLOW_ID();
    const flow = await client.flows.get(flowId);
    expect(flow).toMatchObject({ id: flowId, name: "Prompt chat", data: { nodes: expect.any(Array) } });
    const updated = await client.flows.update(flowId, SEED_FLOW_UPDATE);
    expect(updated).toMatchObject({
      id: flowId,
      name: "string",
      endpoint_name: "my_new_endpoint_name",
      locked: true,
    });
    // A locked flow refuses further edits (423 Locked, as the server).
    await expect(client.flows.update(flowId, { name: "x" })).rejects.toMatchObject({ status: 423 });
    expect(await client.flows.delete(flowId)).toEqual({ message: "Flow deleted successfully" });
    await expect(client.flows.get(flowId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("Create flows (batch) → FlowRead list; the server makes names and endpoint names unique", async () => {
    const item = SEED_BATCH_ITEM;
    const flows = await lf().flows.createMany([item, item]);
    expect(flows.map((f) => f.name)).toEqual(["string", "string (1)"]);
    expect(flows.map((f) => f.endpoint_name)).toEqual(["string", "string-1"]);
  });

  it("Upload flows from a JSON file into a folder → the created flows", async () => {
    const client = lf();
    const projectId = await defaultProjectId(client);
    const file = { name: "agent-with-astra-db-tool", description: "", data: { nodes: [], edges: [] } };
    const created = await client.flows.upload(file, { projectId, filename: "agent-with-astra-db-tool.json" });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      name: "agent-with-astra-db-tool",
      description: "",
      folder_id: projectId,
    });
  });

  it("Download all flows → a zip with one JSON per flow id", async () => {
    const ids = [mock.flow("echo-chat")?.id ?? "", FLOW_ID()];
    const zip = await lf().flows.download(ids);
    expect(zip.filename).toMatch(/^\d{8}_\d{6}_langflow_flows\.zip$/);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual(["Echo chat.json", "Prompt chat.json"]);
    const prompt = JSON.parse(new TextDecoder().decode(files["Prompt chat.json"]));
    expect(prompt.id).toBe(FLOW_ID());
  });

  it("Read basic examples → a list of example flows", async () => {
    const examples = await lf().flows.basicExamples();
    expect(examples.map((f) => f.name)).toEqual(["Echo chat", "Prompt chat", "Two outputs", "Model chat"]);
  });

  it("an unknown flow is a NotFoundError, not a silent empty answer", async () => {
    const err = await lf()
      .run(crypto.randomUUID())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIError);
    expect(err).toBeInstanceOf(NotFoundError);
  });
});
