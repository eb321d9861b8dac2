// Builds (`lf.builds`): the playground's build jobs, with their events by polling and as a stream.
import { expect } from "vitest";
import { collect } from "./support/events";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

scenario("build: start a build and poll its events to the end", async ({ lf, createFlow, components }) => {
  const flow = await createFlow("echo-chat");
  const { jobId } = await lf.builds.start(flow.id, { inputValue: "build me" });
  const events = [];
  for await (const e of lf.builds.pollEvents(jobId, { interval: 100 })) events.push(e);
  const names = events.map((e) => e.event);
  expect(names[0]).toBe("vertices_sorted");
  expect(names[names.length - 1]).toBe("end");
  const built = events.flatMap((e) => (e.event === "end_vertex" ? [e.data.build_data?.id] : []));
  expect(built.sort()).toEqual([components["echo-chat"].input, components["echo-chat"].output].sort());
});

scenario(
  "build: stream the events of a build up to one component",
  async ({ lf, createFlow, components }) => {
    const flow = await createFlow("prompt-chat");
    const ids = components["prompt-chat"];
    const { jobId } = await lf.builds.start(flow.id, { inputValue: "partial", stopComponentId: ids.prompt });
    const events = await collect(lf.builds.events(jobId));
    const names = events.map((e) => e.event);
    expect(names[names.length - 1]).toBe("end");
    const built = events.flatMap((e) => (e.event === "end_vertex" ? [e.data.build_data?.id] : []));
    expect(built).toEqual([ids.input, ids.prompt]);
  },
);
