// JSON values as Python's `json` module holds them, so that the Python SDK's output can be reproduced byte for
// byte: objects keep their key order (a Map: JS objects move integer-like keys first), and numbers keep what
// Python knows about them (an `int` keeps its digits, a `float` is a double that Python prints with its repr,
// `1.0` and `1e-05` where JavaScript would print `1` and `0.00001`).

/** A JSON number without fraction or exponent: Python's `int`, exact (its digits, `-0` read as `0`). */
export class PyInt {
  constructor(readonly digits: string) {}
}

/** A JSON number with a fraction or an exponent (or NaN / Infinity): Python's `float`. */
export class PyFloat {
  constructor(readonly value: number) {}
}

export type PyDict = Map<string, PyValue>;
export type PyValue = null | boolean | string | PyInt | PyFloat | PyValue[] | PyDict;

export function isDict(value: PyValue | undefined): value is PyDict {
  return value instanceof Map;
}

/** Python's `bool(value)`: empty containers, `""`, `0`, `0.0` and `None` are false (NaN is true). */
export function truthy(value: PyValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "string" || Array.isArray(value)) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  if (value instanceof PyInt) return value.digits !== "0";
  return value.value !== 0;
}
