// Langflow's docs page "API examples" (api-reference-api-examples.md, March 2025; "seed document 004" of the
// project's reference docs in ../shared/seeds), sections Folders, Logs and Monitor, walked through the public SDK
// instead of curl, against the in-process mock (log retrieval on, as the page's .env asks). Base, Build, Files and
// Flows: docs-api-examples-flows.test.ts. Where the page and Langflow 1.13.0 differ, the test follows the server
// (and the mock) and says so (docs/server-quirks.md).
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { type LangflowClient, type LogEvent, NotFoundError } from "../../../src/index";
import { TRANSACTION_ITEM } from "../../fixtures/seed-004";
import { manualClock } from "../../support/manual-clock";
import { useMockedClient } from "./support";

// The log stream polls once a second on the mock's clock; a hand-driven clock lets the test fire those polls.
const clock = manualClock();
const { mock, client: lf } = useMockedClient({ logRetrieval: true, clock });
afterEach(() => clock.clear());
const FLOW_ID = () => mock.flow("prompt-chat")?.id ?? "";
const SESSION = "01ce083d-748b-4b8d-97b6-33adbb6a528a";

const ticking = clock.ticking;

describe("seed 004: Folders (served as /api/v1/projects/ on 1.13.0)", () => {
  it("Read folders → [{name, description, id, parent_id: null}]", async () => {
    const folders = await lf().projects.list();
    expect(folders.length).toBeGreaterThan(0);
    for (const f of folders)
      expect(f).toMatchObject({ name: expect.any(String), id: expect.any(String), parent_id: null });
    // Seed: "My Projects"; 1.13.0 names the default project "Starter Project".
    expect(folders.map((f) => f.name)).toContain("Starter Project");
    expect(folders[0]).toHaveProperty("description");
  });

  it("Create folder (empty lists) → {name, description, id, parent_id}; with flows_list the flows move into it", async () => {
    const client = lf();
    const body = { name: "new_folder_name", description: "string", components_list: [], flows_list: [] };
    const folder = await client.projects.create(body);
    expect(folder).toMatchObject({ name: "new_folder_name", description: "string", parent_id: null });
    expect(folder.id).toMatch(/^[0-9a-f-]{36}$/);
    const moved = await client.projects.create({ ...body, name: "with flows", flows_list: [FLOW_ID()] });
    expect((await client.flows.get(FLOW_ID())).folder_id).toBe(moved.id); // moved, not copied
    expect((await client.flows.listAll()).filter((f) => f.name === "Prompt chat")).toHaveLength(1);
  });

  it("Read folder, Update folder (name, description, flows), Download folder, Delete folder", async () => {
    const client = lf();
    const flowId = FLOW_ID();
    const folder = await client.projects.create({ name: "f" });
    // Seed: a one-element array; 1.13.0 answers the folder object with its flows.
    expect(await client.projects.get(folder.id)).toMatchObject({ id: folder.id, name: "f", flows: [] });
    const updated = await client.projects.update(folder.id, {
      name: "string",
      description: "string",
      components: [],
      flows: [flowId],
    });
    expect(updated).toMatchObject({ name: "string", description: "string", id: folder.id, parent_id: null });
    expect((await client.projects.get(folder.id)).flows?.map((f) => f.id)).toEqual([flowId]);

    const zip = await client.projects.download(folder.id);
    expect(zip.filename).toMatch(/\.zip$/);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toEqual(["Prompt chat.json"]);

    await client.projects.delete(folder.id);
    await expect(client.projects.get(folder.id)).rejects.toBeInstanceOf(NotFoundError);
    // Not in the seed: deleting a project deletes its flows on 1.13.0.
    await expect(client.flows.get(flowId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("Upload folder (a flows zip) → its flows, in a new project named after the zip", async () => {
    const client = lf();
    const archive = zipSync({
      "flow.json": strToU8(JSON.stringify({ name: "uploaded", data: { nodes: [], edges: [] } })),
    });
    const flows = await client.projects.upload(archive, { filename: "20241230_135006_langflow_flows.zip" });
    expect(flows.map((f) => f.name)).toEqual(["uploaded"]);
    const project = (await client.projects.list()).find((p) => p.id === flows[0]?.folder_id);
    expect(project?.name).toBe("20241230_135006_langflow_flows");
  });
});

describe("seed 004: Logs", () => {
  it("Retrieve logs (lines_before=0, lines_after=0, timestamp=0) → the last 10 lines as {epoch_ms: line}", async () => {
    const client = lf();
    for (const input of ["one", "two", "three"]) await client.run(FLOW_ID(), { inputValue: input });
    const logs = await client.logs.get({ linesBefore: 0, linesAfter: 0, timestamp: 0 });
    const keys = Object.keys(logs);
    expect(keys).toHaveLength(10);
    expect(keys.map(Number)).toEqual([...keys.map(Number)].sort((a, b) => a - b));
    for (const [ts, line] of Object.entries(logs)) {
      expect(ts).toMatch(/^\d+$/);
      expect(line.endsWith("\n")).toBe(true);
    }
    expect(Object.values(logs).at(-1)).toMatch(/DEBUG Flow .* finished: success\n$/);
  });

  it("Stream logs → new lines as {timestamp, message} events (keepalives skipped), until aborted", async () => {
    const client = lf();
    const stream = await client.logs.stream();
    const reader = stream[Symbol.asyncIterator]();
    // Six idle polls: the server sends a `keepalive` frame after the fifth; the SDK skips it and keeps waiting.
    const next = reader.next();
    await clock.tick(6);
    await client.run(FLOW_ID(), { inputValue: "log me" });
    const first = await ticking(next);
    expect(first.done).toBe(false);
    const event = first.value as LogEvent;
    expect(event.timestamp).toMatch(/^\d+$/);
    expect(event.message).toMatch(/ DEBUG Building Chat Input\n$/);
    const rest: LogEvent[] = [];
    for (let r = await ticking(reader.next()); !r.done; r = await ticking(reader.next())) {
      rest.push(r.value);
      if (r.value.message.includes("finished")) break;
    }
    expect(rest.map((e) => e.message.replace(/^\S+ /, ""))).toEqual([
      "DEBUG Building Prompt Template\n",
      "DEBUG Building Chat Output\n",
      expect.stringMatching(/^DEBUG Flow .* finished: success\n$/),
    ]);
    stream.abort();
    expect((await reader.next()).done).toBe(true);
  });
});

describe("seed 004: Monitor", () => {
  const chat = (client: LangflowClient, input = "Hello") =>
    client.run(FLOW_ID(), { inputValue: input, sessionId: SESSION });

  it("Get Vertex builds → {vertex_builds: {<component id>: [build]}}; Delete Vertex builds → 204, none left", async () => {
    const client = lf();
    await chat(client);
    const builds = await client.monitor.builds(FLOW_ID());
    expect(Object.keys(builds.vertex_builds).sort()).toEqual([
      "ChatInput-prmt1",
      "ChatOutput-prmt1",
      "Prompt-prmt1",
    ]);
    expect(builds.vertex_builds["ChatInput-prmt1"]?.[0]).toMatchObject({
      id: "ChatInput-prmt1",
      valid: true,
      flow_id: FLOW_ID(),
    });
    await client.monitor.deleteBuilds(FLOW_ID());
    expect((await client.monitor.builds(FLOW_ID())).vertex_builds).toEqual({});
  });

  it("Get messages: all, then filtered by flow, session, sender Machine / AI, ordered by timestamp", async () => {
    const client = lf();
    await chat(client);
    await client.run(FLOW_ID(), { inputValue: "elsewhere", sessionId: "other" });
    expect(await client.monitor.messages()).toHaveLength(4);
    const machine = await client.monitor.messages({
      flowId: FLOW_ID(),
      sessionId: SESSION,
      sender: "Machine",
      senderName: "AI",
      orderBy: "timestamp",
    });
    expect(machine).toHaveLength(1);
    expect(machine[0]).toMatchObject({
      flow_id: FLOW_ID(),
      session_id: SESSION,
      sender: "Machine",
      sender_name: "AI",
      text: "You asked: Hello",
      edit: false,
      category: "message",
    });
    expect(machine[0]?.properties).toMatchObject({ state: "complete", targets: [] });
  });

  it("Delete messages (by ids) → 204 and they are gone", async () => {
    const client = lf();
    await chat(client);
    const all = await client.monitor.messages();
    await client.monitor.deleteMessages(all.map((m) => String(m.id)).slice(0, 1));
    expect((await client.monitor.messages()).map((m) => m.id)).toEqual(all.slice(1).map((m) => m.id));
  });

  it("Update message (text) → the message with the new text and edit: true", async () => {
    const client = lf();
    await chat(client);
    const [message] = await client.monitor.messages({ sender: "Machine" });
    const updated = await client.monitor.updateMessage(String(message?.id), { text: "testing 1234" });
    expect(updated).toMatchObject({ id: message?.id, text: "testing 1234", session_id: SESSION, edit: true });
  });

  it("Update session ID → the session's messages with session_id 'different_session_id'", async () => {
    const client = lf();
    await chat(client);
    const renamed = await client.monitor.renameSession(SESSION, "different_session_id");
    expect(renamed).toHaveLength(2);
    expect(renamed.every((m) => m.session_id === "different_session_id")).toBe(true);
    expect(await client.monitor.messages({ sessionId: SESSION })).toEqual([]);
  });

  it("Delete messages by session → 204, the session is empty", async () => {
    const client = lf();
    await chat(client);
    await client.monitor.renameSession(SESSION, "different_session_id_2");
    await client.monitor.deleteSession("different_session_id_2");
    expect(await client.monitor.messages({ sessionId: "different_session_id_2" })).toEqual([]);
  });

  it("Get transactions (page=1, size=50) → {items: [{timestamp, vertex_id, target_id, inputs, outputs, status, id}], total, page, size, pages}", async () => {
    const client = lf();
    await chat(client);
    const page = await client.monitor.transactions(FLOW_ID(), { page: 1, size: 50 });
    expect(page).toMatchObject({ total: 3, page: 1, size: 50, pages: 1 });
    expect(page.items).toHaveLength(3);
    // The seed lists error and flow_id too; 1.13.0 leaves them out of each item.
    expect(page.items[0]).toEqual(TRANSACTION_ITEM);
  });
});
