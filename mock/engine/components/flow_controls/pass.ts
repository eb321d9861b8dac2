// Pass — reproduces lfx 1.13.0 flow_controls/pass_message.py (PassMessageComponent): forwards `input_message`;
// `ignored_message` only makes the component wait for another branch.
import { message } from "../../values";
import { valueParam } from "../params";
import type { Component } from "../types";

export const pass: Component = {
  kind: "faithful",
  reproduces: "Pass (lfx 1.13.0, flow_controls/pass_message.py)",
  run: (ctx) => ({ output_message: valueParam(ctx, "input_message") ?? message("") }),
};
