// Test helpers for reading the mock's streams.

export interface SseFrame {
  id: string | undefined;
  data: string;
  json: Record<string, unknown>;
}

/** Parses `data: …\nid: …\n\n` frames (either field order). */
export function parseSse(text: string): SseFrame[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("data: ")) data.push(line.slice(6));
        else if (line.startsWith("id: ")) id = line.slice(4);
      }
      const joined = data.join("\n");
      return { id, data: joined, json: JSON.parse(joined) as Record<string, unknown> };
    });
}

/** Parses Langflow's v1 stream: bare JSON objects each followed by a blank line. */
export function parseBareJson(text: string): { event: string; data: Record<string, unknown> }[] {
  return text
    .split("\n\n")
    .filter((chunk) => chunk.trim() !== "")
    .map((chunk) => JSON.parse(chunk));
}

export function eventNames(frames: SseFrame[]): string[] {
  return frames.map((f) => String(f.json.event ?? f.json.type));
}
