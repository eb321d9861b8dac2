// The default transport against every target. The other scenarios record their exchanges through the client's
// `fetch` option, so they go by fetch; a client without it sends its JSON calls by node:http on Node
// (src/core/direct-http.node.ts) to the real servers and to Prism. These check that what a user gets that way (data,
// the Response of `withResponse()`, a JSON body sent, errors) is what fetch gets from the same server.

import { expect } from "vitest";
import { directHttp } from "#langflow-direct-http";
import { AuthenticationError, NotFoundError } from "../../src/index";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

scenario("a client without a fetch option gets the same answers as one with it", async (s) => {
  const plain = s.client({ fetch: undefined });
  // On the real servers and Prism (loopback http), Node's own fetch is in place, so JSON calls go by node:http; the
  // in-process mock is reached through msw's interception of fetch, which the SDK goes through.
  const direct = directHttp?.accepts(`${s.conn.baseUrl}/api/v1/version`, undefined) ?? false;
  expect(direct).toBe(s.target !== "mock");

  expect(await plain.version()).toEqual(await s.lf.version());

  const flow = await s.createFlow("echo-chat");
  const { data, response } = await plain.flows.get(flow.id).withResponse();
  expect(data.id).toBe(flow.id);
  expect(data.name).toBe(flow.name);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.url).toBe(`${s.conn.baseUrl}/api/v1/flows/${flow.id}`);

  // A JSON body (non-ASCII, so its Content-Length is in bytes), sent and read back.
  const name = s.unique("prøject-ü");
  const project = await plain.projects.create({ name, description: "made by node:http ✓" });
  s.defer(() => s.lf.projects.delete(project.id));
  const fetched = await s.lf.projects.get(project.id);
  expect(fetched.name).toBe(name);
  expect(fetched.description).toBe("made by node:http ✓");
});

scenario("a run and the errors of a client without a fetch option", async (s) => {
  const plain = s.client({ fetch: undefined });
  const flow = await s.createFlow("echo-chat");
  const result = await plain.run(flow.id, { inputValue: "hello by node:http" });
  expect(result.text).toBe((await s.lf.run(flow.id, { inputValue: "hello by node:http" })).text);

  const unknown = "0f5c1f4e-6a53-4c43-9d3e-0d6f4b1a2c3d";
  const notFound = await plain.flows.get(unknown).catch((e: unknown) => e);
  expect(notFound).toBeInstanceOf(NotFoundError);
  expect((notFound as NotFoundError).status).toBe(404);

  const wrongKey = await s
    .client({ fetch: undefined, apiKey: "sk-not-a-key" })
    .flows.list()
    .catch((e: unknown) => e);
  expect(wrongKey).toBeInstanceOf(AuthenticationError);
  expect(String(wrongKey)).not.toContain("sk-not-a-key");
});
