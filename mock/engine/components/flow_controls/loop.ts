// Loop — reproduces lfx 1.13.0 flow_controls/loop.py with base/flow_controls/loop_utils.py: the input (a table's
// rows, a Data, a list, a Message as {text}) is iterated; the body (from the `item` output to the vertex feeding
// back into the loop) runs once per item, and `done` is the table of what each iteration fed back. The outer run
// never builds the body. Start/Complete log lines as the real one sends them.
import { type DataValue, data, dataItems, type LfValue, table } from "../../values";
import { valuesParam } from "../params";
import type { Component } from "../types";

function items(inputs: LfValue[]): DataValue[] {
  return inputs.flatMap((v) => (v.kind === "message" ? [data({ text: v.text })] : dataItems(v)));
}

export const loop: Component = {
  kind: "faithful",
  reproduces: "Loop (lfx 1.13.0, flow_controls/loop.py, base/flow_controls/loop_utils.py)",
  async run(ctx) {
    const list = items(valuesParam(ctx, "data"));
    const doneWanted = ctx.wanted.includes("done");
    // item_output reads the list before done_output iterates (1.13.0 answers {count: 0, items: []} then).
    const item = doneWanted
      ? data({ count: 0, items: [] })
      : data({ count: list.length, items: list.map((d) => d.data) });
    ctx.stop("item");
    const started = ctx.env.clock.now();
    const logOutput = doneWanted ? "done" : "item";
    ctx.log(logOutput, "Start", `Starting loop over ${list.length} item(s)`);
    if (list.length === 0) {
      ctx.log(logOutput, "Skipped", "No items to iterate, skipping loop body");
      return { item, done: table([]) };
    }
    const results: DataValue[] = [];
    for (const entry of list) {
      const fed = await ctx.env.runLoopBody(ctx.vertex.id, entry);
      if (fed) results.push(fed.kind === "data" ? fed : data({ text: "" }));
    }
    const seconds = ((ctx.env.clock.now() - started) / 1000).toFixed(3);
    ctx.log(logOutput, "Complete", `Completed ${results.length} iteration(s) in ${seconds}s`);
    return { item, done: table(results.map((d) => d.data)) };
  },
};
