// Reads JSON text the way Python's `json.loads` does (the Python SDK reads flow files and server answers with it):
// key order kept, a repeated key keeps its first position and its last value, numbers with a fraction or exponent
// are floats and the others exact ints, `NaN` / `Infinity` / `-Infinity` are accepted, and a raw control
// character inside a string is an error. Hand-written (about 150 lines) because no maintained parser both keeps
// the text of numbers and the order of integer-like keys, accepts Python's NaN/Infinity and repeated keys, and
// stays small enough for the browser bundle (see the report of issue 17).
import { FlowFormatError } from "../core/errors";
import { type PyDict, PyFloat, PyInt, type PyValue } from "./py-json";

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what a JSON string may not hold.
const PLAIN_CHARS = /[^"\\\u0000-\u001f]+/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string, at = this.pos): never {
    const before = this.text.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    throw new FlowFormatError(`line ${line}, column ${column}`, `Invalid JSON: ${message}`);
  }

  skipWhitespace(): void {
    let c = this.text.charCodeAt(this.pos);
    // Python's json accepts exactly these four: space, tab, LF, CR.
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = this.text.charCodeAt(++this.pos);
  }

  value(): PyValue {
    this.skipWhitespace();
    const c = this.text[this.pos];
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') return this.string();
    if (c === undefined) this.fail("expecting a value, found the end of the text");
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return typeof value === "function" ? value() : value;
      }
    }
    return this.number();
  }

  number(): PyValue {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail("expecting a value");
    this.pos = NUMBER.lastIndex;
    const text = match[0];
    if (match[1] !== undefined || match[2] !== undefined) return new PyFloat(Number(text));
    return new PyInt(text === "-0" ? "0" : text);
  }

  string(): string {
    const start = this.pos++;
    let out = "";
    for (;;) {
      PLAIN_CHARS.lastIndex = this.pos;
      if (PLAIN_CHARS.exec(this.text)) {
        out += this.text.slice(this.pos, PLAIN_CHARS.lastIndex);
        this.pos = PLAIN_CHARS.lastIndex;
      }
      const c = this.text[this.pos];
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === undefined) this.fail("unterminated string", start);
      if (c !== "\\") this.fail("invalid control character in a string");
      const e = this.text[this.pos + 1];
      if (e === "u") {
        const hex = this.text.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("invalid \\uXXXX escape");
        // A surrogate pair written as two escapes is two UTF-16 units in a row: the same string as Python's.
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.pos += 6;
      } else {
        const decoded = e === undefined ? undefined : ESCAPES[e];
        if (decoded === undefined) this.fail("invalid escape in a string");
        out += decoded;
        this.pos += 2;
      }
    }
  }

  array(): PyValue[] {
    this.pos++;
    const items: PyValue[] = [];
    this.skipWhitespace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      this.skipWhitespace();
      const c = this.text[this.pos++];
      if (c === "]") return items;
      if (c !== ",") this.fail("expecting ',' or ']'", this.pos - 1);
    }
  }

  object(): PyDict {
    this.pos++;
    const dict: PyDict = new Map();
    this.skipWhitespace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return dict;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') this.fail("expecting a property name in double quotes");
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.pos++] !== ":") this.fail("expecting ':'", this.pos - 1);
      // Map.set on a repeated key keeps its first position and takes the last value, as Python's dict does.
      dict.set(key, this.value());
      this.skipWhitespace();
      const c = this.text[this.pos++];
      if (c === "}") return dict;
      if (c !== ",") this.fail("expecting ',' or '}'", this.pos - 1);
    }
  }
}

const LITERALS: [string, PyValue | (() => PyValue)][] = [
  ["null", null],
  ["true", true],
  ["false", false],
  ["NaN", () => new PyFloat(Number.NaN)],
  ["Infinity", () => new PyFloat(Number.POSITIVE_INFINITY)],
  ["-Infinity", () => new PyFloat(Number.NEGATIVE_INFINITY)],
];

/** Parses JSON text as Python's `json.loads` would. A leading byte-order mark is skipped. */
export function parsePyJson(text: string): PyValue {
  const reader = new Reader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const value = reader.value();
  reader.skipWhitespace();
  if (reader.pos < reader.text.length) reader.fail("extra data after the JSON value");
  return value;
}
