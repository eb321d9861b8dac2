// Method parameters (the SDK's camelCase objects) to the server's query or body fields, with their keys checked.
import { checkKeys } from "./keys";
import { REQUEST_OPTION_KEYS } from "./request-options";

/**
 * The parameters a method accepts, each with the field it becomes on the wire (query or body), or `null` when the
 * method handles it itself. A record over every key of `P`: adding a parameter to the type without adding it here
 * (or the reverse) is a compile error, so this table is also the list of keys the method accepts at run time.
 */
export type WireNames<P> = { readonly [K in keyof Required<P>]: string | null };

/** Throws LangflowConfigError for a key of `params` that is not one of `names` (with the closest one). */
export function checkParams<P>(params: P | undefined, names: WireNames<P>): void {
  checkKeys("parameter", params, Object.keys(names), { elsewhere: REQUEST_OPTION_KEYS });
}

/**
 * `params` checked (see checkParams) and renamed to their wire fields, leaving out undefined values and the
 * parameters the method handles itself.
 */
export function toWire<P>(params: P | undefined, names: WireNames<P>): Record<string, unknown> {
  checkParams(params, names);
  const wire: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(names)) {
    const value = (params as Record<string, unknown> | undefined)?.[key];
    if (field !== null && value !== undefined) wire[field as string] = value;
  }
  return wire;
}
