// Current Date and ID Generator — reproduce lfx 1.13.0 utilities/current_date.py and id_generator.py, on the mock's
// clock (so fake timers control the date) and with a random UUID unless one is set.
import { message } from "../../values";
import { textParam } from "../params";
import type { Component } from "../types";

function formatIn(timeZone: string, ms: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} ${parts.timeZoneName}`;
}

export const currentDate: Component = {
  kind: "faithful",
  reproduces: "Current Date (lfx 1.13.0, utilities/current_date.py)",
  run(ctx) {
    const zone = textParam(ctx, "timezone", "UTC") || "UTC";
    try {
      return {
        current_date: message(`Current date and time in ${zone}: ${formatIn(zone, ctx.env.clock.now())}`),
      };
    } catch (error) {
      return { current_date: message(`Error: ${(error as Error).message}`) };
    }
  },
};

export const idGenerator: Component = {
  kind: "faithful",
  reproduces: "ID Generator (lfx 1.13.0, utilities/id_generator.py)",
  run: (ctx) => ({ id: message(textParam(ctx, "unique_id") || crypto.randomUUID()) }),
};
