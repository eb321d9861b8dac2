// UUIDs as pydantic (Rust `uuid` crate 1.x) parses them: simple (32 hex), hyphenated (36), braced (38) or
// `urn:uuid:` (45); and, for anything else, the crate's own reason, which pydantic puts after "Input should be a
// valid UUID, " (checked against Langflow 1.13.0: "invalid character: found `h` at 3", "invalid length: expected
// length 32 for simple format, found 4", "invalid group length in group 4: expected 12, found 11", ...).

const HEX = /^[0-9a-fA-F]$/;
const GROUPS = [8, 4, 4, 4, 12];
const GROUP_STARTS = [0, 9, 14, 19, 24];

function inner(value: string): { body: string; offset: number; simple: boolean } {
  if (value.startsWith("{") && value.endsWith("}"))
    return { body: value.slice(1, -1), offset: 1, simple: false };
  if (value.startsWith("urn:uuid:")) return { body: value.slice(9), offset: 9, simple: false };
  return { body: value, offset: 0, simple: true };
}

function hyphenated(body: string): boolean {
  return /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(body);
}

/** Whether pydantic accepts this string as a UUID. */
export function parsesAsUuid(value: string): boolean {
  if (value.length === 32) return /^[0-9a-fA-F]{32}$/.test(value);
  const { body, simple } = inner(value);
  return !simple || value.length === 36 ? hyphenated(body) : false;
}

/** The crate's reason a string is not a UUID (undefined when it is one). */
export function uuidParseError(value: string): string | undefined {
  if (parsesAsUuid(value)) return undefined;
  const { body, offset, simple } = inner(value);
  const bytes = new TextEncoder();
  let byteIndex = 0;
  let hyphens = 0;
  const bounds: number[] = [];
  for (const ch of body) {
    if (ch === "-") {
      if (hyphens < 4) bounds[hyphens] = byteIndex;
      hyphens++;
    } else if (!HEX.test(ch)) {
      return `invalid character: found \`${ch}\` at ${byteIndex + offset + 1}`;
    }
    byteIndex += bytes.encode(ch).length;
  }
  if (hyphens === 0 && simple)
    return `invalid length: expected length 32 for simple format, found ${value.length}`;
  if (hyphens !== 4) return `invalid group count: expected 5, found ${hyphens + 1}`;
  for (let i = 0; i < 4; i++) {
    const start = GROUP_STARTS[i] as number;
    if (bounds[i] !== (GROUP_STARTS[i + 1] as number) - 1)
      return `invalid group length in group ${i}: expected ${GROUPS[i]}, found ${(bounds[i] as number) - start}`;
  }
  return `invalid group length in group 4: expected 12, found ${byteIndex - (GROUP_STARTS[4] as number)}`;
}
