// v1 runs (`lf.run`, `lf.stream`, `lf.webhook`) of the example flows: sync, streamed, by id and by name.
import { expect } from "vitest";
import { NotFoundError } from "../../src/index";
import { collect } from "./support/events";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

scenario("v1 run: the echo flow answers its input", async ({ lf, createFlow, unique }) => {
  const flow = await createFlow("echo-chat");
  const session = unique("session");
  const result = await lf.run(flow.id, { inputValue: "hello echo", sessionId: session });
  expect(result.text).toBe("hello echo");
  expect(result.sessionId).toBe(session);
  expect(result.messages.map((m) => m.text)).toEqual(["hello echo"]);
});

scenario("v1 run: ChatInput -> Prompt -> ChatOutput fills the template", async ({ lf, createFlow }) => {
  const flow = await createFlow("prompt-chat");
  const result = await lf.run(flow.id, { inputValue: "what is 2+2?" });
  expect(result.text).toBe("You asked: what is 2+2?");
});

scenario(
  "v1 run: tweaks change a component's parameter for one run",
  async ({ lf, createFlow, components }) => {
    const flow = await createFlow("prompt-chat");
    const tweaks = { [components["prompt-chat"].prompt]: { template: "Tweaked: {question}" } };
    expect((await lf.run(flow.id, { inputValue: "q", tweaks })).text).toBe("Tweaked: q");
    expect((await lf.run(flow.id, { inputValue: "q" })).text).toBe("You asked: q");
  },
);

scenario("v1 run: a flow with two outputs answers both with outputType any", async ({ lf, createFlow }) => {
  const flow = await createFlow("two-outputs");
  const result = await lf.run(flow.id, { inputValue: "four", outputType: "any" });
  expect(result.outputs).toHaveLength(2);
  // Each output's message: the ChatOutput's and the TextOutput's (both carried as messages on 1.13.0).
  const texts = result.messages.map((m) => m.text);
  expect(texts.sort()).toEqual(["Length check: four", "four"]);
});

scenario("v1 stream: the echo flow's events end with the run result", async ({ lf, createFlow }) => {
  const flow = await createFlow("echo-chat");
  const events = await collect(lf.stream(flow.id, { inputValue: "streamed hello" }));
  const names = events.map((e) => e.event);
  expect(names).toContain("add_message");
  expect(names[names.length - 1]).toBe("end");
  const end = events[events.length - 1];
  const outputs = end?.event === "end" ? end.data.result?.outputs : undefined;
  expect(outputs).toHaveLength(1);
  const stream = await lf.stream(flow.id, { inputValue: "final text" });
  expect(await stream.finalText()).toBe("final text");
});

scenario("v1 run: an unknown flow id or endpoint name is a NotFoundError", async ({ lf, unique }) => {
  await expect(lf.run("00000000-0000-4000-8000-000000000000", { inputValue: "x" })).rejects.toBeInstanceOf(
    NotFoundError,
  );
  const error = await lf.run(unique("no-such-endpoint"), { inputValue: "x" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect(String((error as NotFoundError).detail)).toMatch(/not found/i);
});

scenario(
  "webhook: a JSON payload is accepted and the flow runs in the background",
  {
    na: {
      prism:
        "the 1.13.0 spec declares no request body for POST /api/v1/webhook/{flow_id_or_name}, so Prism refuses any payload with its own 422",
    },
  },
  async ({ lf, createFlow }) => {
    const flow = await createFlow("echo-chat");
    const accepted = await lf.webhook(flow.endpoint_name ?? flow.id, { event: "contract", n: 1 });
    expect(accepted.status).toBe("in progress");
    expect(accepted.message).toMatch(/task started/i);
  },
);
