// Reading a component's parameters the way lfx inputs coerce them (MessageTextInput → text, IntInput → int, ...).

import { isValue, type LfValue, message, textOf } from "../values";
import type { ComponentContext } from "./types";

/** A text field: connected Message/Data as text, a raw value as a string. */
export function textParam(ctx: ComponentContext, field: string, fallback = ""): string {
  const value = ctx.params[field];
  if (value === null || value === undefined) return fallback;
  if (Array.isArray(value)) return value.map(textOf).join("\n");
  return textOf(value);
}

/** A text field that falls back when empty (Langflow's `self.x or default`). */
export function textOr(ctx: ComponentContext, field: string, fallback: string): string {
  return textParam(ctx, field) || fallback;
}

export function boolParam(ctx: ComponentContext, field: string, fallback: boolean): boolean {
  const value = ctx.params[field];
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.toLowerCase() === "true";
  return fallback;
}

export function intParam(ctx: ComponentContext, field: string, fallback: number): number {
  const value = ctx.params[field];
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && value.trim()
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

/** A handle/message field as a value: a connected value, or a raw string as a Message. */
export function valueParam(ctx: ComponentContext, field: string): LfValue | undefined {
  const value = ctx.params[field];
  if (Array.isArray(value)) return value.find(isValue);
  if (isValue(value)) return value;
  if (typeof value === "string" && value !== "") return message(value);
  return undefined;
}

/** Every value connected to (or set on) a list field. */
export function valuesParam(ctx: ComponentContext, field: string): LfValue[] {
  const value = ctx.params[field];
  if (Array.isArray(value)) return value.filter(isValue);
  return isValue(value) ? [value] : [];
}

/** A list-of-strings field (StrInput is_list). */
export function stringsParam(ctx: ComponentContext, field: string): string[] {
  const value = ctx.params[field];
  if (Array.isArray(value)) return value.map((v) => textOf(v));
  return typeof value === "string" && value !== "" ? [value] : [];
}
