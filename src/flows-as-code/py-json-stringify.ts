// Writes JSON text exactly as Python's `json.dumps(value, indent=N, ensure_ascii=False)` does (the encoder the
// Python SDK's `flow_to_json` uses): "," and ": " separators, one item per line, `[]` / `{}` when empty,
// non-ASCII characters as they are, control characters as \u00XX, and floats in Python's repr.
import { PyFloat, PyInt, type PyValue } from "./py-json";

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters JSON must escape.
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/g;

/** Python's `json.encoder.py_encode_basestring`: quotes, backslashes and C0 control characters escaped. */
export function pyStringLiteral(s: string): string {
  return `"${s.replace(
    NEEDS_ESCAPE,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  )}"`;
}

/**
 * Python's `repr(float)`: the shortest digits that read back to the same double (the same digits JavaScript
 * picks), written in fixed notation when the decimal point falls within 16 places, in exponent notation
 * otherwise, with at least two exponent digits and `.0` on whole numbers: `1.0`, `1e-05`, `1e+16`, `-0.0`.
 */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Number.POSITIVE_INFINITY) return "Infinity";
  if (x === Number.NEGATIVE_INFINITY) return "-Infinity";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0.0`;
  // JavaScript's String(number) gives the shortest round-trip digits, in its own layout: take the digits and
  // the position of the decimal point (Python's `decpt`) from it.
  const [mantissa = "", exponent = "0"] = String(Math.abs(x)).split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  const allDigits = whole + fraction;
  const leadingZeros = /^0*/.exec(allDigits)?.[0].length ?? 0;
  const digits = allDigits.slice(leadingZeros).replace(/0+$/, "");
  const decpt = whole.length - leadingZeros + Number(exponent);
  if (decpt > 16 || decpt <= -4) {
    const e = decpt - 1;
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** `json.dumps(value, indent=indent, ensure_ascii=False)`. */
export function pyJsonDumps(value: PyValue, indent: number): string {
  const parts: string[] = [];
  const unit = " ".repeat(indent);
  const write = (v: PyValue, level: number): void => {
    if (v === null) parts.push("null");
    else if (v === true) parts.push("true");
    else if (v === false) parts.push("false");
    else if (typeof v === "string") parts.push(pyStringLiteral(v));
    else if (v instanceof PyInt) parts.push(v.digits);
    else if (v instanceof PyFloat) parts.push(pyFloatRepr(v.value));
    else if (Array.isArray(v)) {
      if (v.length === 0) return void parts.push("[]");
      const inner = `\n${unit.repeat(level + 1)}`;
      parts.push("[");
      v.forEach((item, i) => {
        parts.push(i === 0 ? inner : `,${inner}`);
        write(item, level + 1);
      });
      parts.push(`\n${unit.repeat(level)}]`);
    } else {
      if (v.size === 0) return void parts.push("{}");
      const inner = `\n${unit.repeat(level + 1)}`;
      parts.push("{");
      let first = true;
      for (const [key, item] of v) {
        parts.push(first ? inner : `,${inner}`, pyStringLiteral(key), ": ");
        first = false;
        write(item, level + 1);
      }
      parts.push(`\n${unit.repeat(level)}}`);
    }
  };
  write(value, 0);
  return parts.join("");
}
