// Ids in paths, on every target: an id that would make the request reach another route ("", ".", "..", "%2e%2e", or
// any id with a "/", which Langflow decodes before routing) is refused before anything is sent, by every method that
// puts an id in a path; any other id is encoded and reaches its own route. Today's danger this guards against:
// `lf.files.delete(".")` was `DELETE /api/v2/files/`, which deletes every file of the user on Langflow 1.13.0.
import { expect } from "vitest";
import { type LangflowClient, LangflowConfigError, UnprocessableEntityError } from "../../src/index";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

const png = new Uint8Array([1]);

/** Every method that puts an id in a URL path, with `id` in each path position it has. */
const ID_METHODS: [string, (lf: LangflowClient, id: string) => unknown][] = [
  ["lf.run", (lf, id) => lf.run(id)],
  ["lf.stream", (lf, id) => lf.stream(id)],
  ["lf.webhook", (lf, id) => lf.webhook(id, { a: 1 })],
  ["lf.process", (lf, id) => lf.process(id)],
  ["flows.get", (lf, id) => lf.flows.get(id)],
  ["flows.update", (lf, id) => lf.flows.update(id, { name: "n" })],
  ["flows.delete", (lf, id) => lf.flows.delete(id)],
  ["projects.get", (lf, id) => lf.projects.get(id)],
  ["projects.listFlows", (lf, id) => lf.projects.listFlows(id)],
  ["projects.update", (lf, id) => lf.projects.update(id, { name: "n" })],
  ["projects.delete", (lf, id) => lf.projects.delete(id)],
  ["projects.download", (lf, id) => lf.projects.download(id)],
  ["builds.start", (lf, id) => lf.builds.start(id)],
  ["builds.events", (lf, id) => lf.builds.events(id)],
  ["builds.poll", (lf, id) => lf.builds.poll(id)],
  ["builds.pollEvents", (lf, id) => lf.builds.pollEvents(id)],
  ["builds.cancel", (lf, id) => lf.builds.cancel(id)],
  ["files.download", (lf, id) => lf.files.download(id)],
  ["files.get", (lf, id) => lf.files.get(id)],
  ["files.stream", (lf, id) => lf.files.stream(id)],
  ["files.rename", (lf, id) => lf.files.rename(id, "n")],
  ["files.delete", (lf, id) => lf.files.delete(id)],
  ["flowFiles.upload", (lf, id) => lf.flowFiles.upload(id, png)],
  ["flowFiles.list", (lf, id) => lf.flowFiles.list(id)],
  ["flowFiles.download (flow id)", (lf, id) => lf.flowFiles.download(id, "a.txt")],
  ["flowFiles.download (file name)", (lf, id) => lf.flowFiles.download("f", id)],
  ["flowFiles.image (flow id)", (lf, id) => lf.flowFiles.image(id, "a.png")],
  ["flowFiles.image (file name)", (lf, id) => lf.flowFiles.image("f", id)],
  ["flowFiles.delete (flow id)", (lf, id) => lf.flowFiles.delete(id, "a.txt")],
  ["flowFiles.delete (file name)", (lf, id) => lf.flowFiles.delete("f", id)],
  ["monitor.updateMessage", (lf, id) => lf.monitor.updateMessage(id, { text: "t" })],
  ["monitor.renameSession", (lf, id) => lf.monitor.renameSession(id, "new")],
  ["monitor.deleteSession", (lf, id) => lf.monitor.deleteSession(id)],
  ["monitor.trace", (lf, id) => lf.monitor.trace(id)],
  ["monitor.deleteTrace", (lf, id) => lf.monitor.deleteTrace(id)],
  ["apiKeys.delete", (lf, id) => lf.apiKeys.delete(id)],
  ["variables.update", (lf, id) => lf.variables.update(id, { value: "v" })],
  ["variables.delete", (lf, id) => lf.variables.delete(id)],
  ["tasks.get", (lf, id) => lf.tasks.get(id)],
  ["tasks.wait", (lf, id) => lf.tasks.wait(id)],
  ["workflows.job(id).events", (lf, id) => lf.workflows.job(id).events()],
  ["lf.raw", (lf, id) => lf.raw.DELETE("/api/v2/files/{file_id}", { params: { path: { file_id: id } } })],
];

const REFUSED = ["", ".", "..", "%2e%2e", "%2E.", "a/b", "batch/"];

scenario("ids that would reach another route are refused before anything is sent", async ({ client }) => {
  const sent: string[] = [];
  const lf = client({
    fetch: async (request) => {
      sent.push(`${request.method} ${request.url}`);
      throw new Error("nothing may be sent");
    },
  });
  for (const [name, call] of ID_METHODS) {
    for (const id of REFUSED) {
      let error: unknown;
      try {
        await call(lf, id);
      } catch (e) {
        error = e;
      }
      expect(error, `${name}(${JSON.stringify(id)})`).toBeInstanceOf(LangflowConfigError);
    }
  }
  expect(sent).toEqual([]);
});

scenario("any other id is encoded and reaches its own route", async ({ lf, unique }) => {
  // "?" and "#" would cut the path short, a space is not allowed in a URL: encoded, they stay in the id. A session id
  // is free text, and deleting an unknown session answers 204, at its own route.
  const session = `${unique("session")} ?#%`;
  const { response } = await lf.monitor.deleteSession(session).withResponse();
  expect(response.status).toBe(204);
  expect(new URL(response.url).pathname).toBe(
    `/api/v1/monitor/messages/session/${encodeURIComponent(session)}`,
  );
});

scenario(
  "an encoded flow id is read as the flow id (not a UUID: 422)",
  {
    na: {
      prism:
        "Prism checks the path parameter against the 1.13.0 spec (flow_id is a UUID) and answers its own 422 before the mock sees it",
    },
  },
  async ({ lf }) => {
    const error = await lf.flows.get("no such flow?#%").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).issues[0]?.loc).toEqual(["path", "flow_id"]);
  },
);
