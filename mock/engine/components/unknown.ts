// Components the mock does not know (custom code components, bundles it has no stand-in for): the text of the
// first connected input is passed to every output, with a warning a test can read (`outcome.warnings`,
// `mock.warnings`). With `strict`, they fail with an error naming the component, its type and how to script it.
// A script rule naming the component answers instead, in both modes.

import { textOf } from "../values";
import { valueOfType } from "./data_source/service";
import { answer } from "./stand-in";
import { type Component, type ComponentContext, ComponentError } from "./types";

function firstInputText(ctx: ComponentContext): string {
  const edge = ctx.graph.edges.find((e) => e.target === ctx.vertex.id && !e.feedback);
  const value = edge ? ctx.inputs[edge.field] : undefined;
  if (value !== undefined) return Array.isArray(value) ? value.map(textOf).join("\n") : textOf(value);
  return textOf(ctx.params.input_value);
}

function strictMessage(ctx: ComponentContext): string {
  const { vertex } = ctx;
  return (
    `Component "${vertex.displayName}" (${vertex.id}) has type "${vertex.type}", which the mock does not know ` +
    `(strict mode). Script its answer: createLangflowMock({ script: [{ component: "${vertex.id}", text: "..." }] }), ` +
    `mock.script.add({ component: "${vertex.type}", text: "..." }) or langflow-mock --script FILE; ` +
    `or run without strict to pass its input through.`
  );
}

export function unknownComponent(strict: boolean): Component {
  return {
    kind: "stand-in",
    reproduces: "nothing: an unknown component passes its first input through",
    async run(ctx) {
      const input = firstInputText(ctx);
      let text = input;
      const reply = await answer(ctx, input, () => "\u0000unscripted");
      if (reply.scripted) text = reply.text;
      else if (strict) throw new ComponentError(strictMessage(ctx), "NotImplementedError");
      else
        ctx.warn(
          `Unknown component type "${ctx.vertex.type}" (${ctx.vertex.displayName}): passed its first input through.`,
        );
      const names = ctx.wanted.length > 0 ? ctx.wanted : ["output"];
      return Object.fromEntries(
        names.map((o) => {
          const value = valueOfType(ctx.vertex, o, text);
          // A scripted answer streams where a Message goes on to a Chat Output, as a streaming component's does.
          return [o, value.kind === "message" && reply.scripted ? { ...value, tokens: reply.tokens } : value];
        }),
      );
    },
  };
}
