// What the commands print. Results go to stdout (one line per item, or JSON with --json), progress and messages
// to stderr; a live status line is drawn only when stderr is a terminal, so piped output stays line-based.
import type { Writable } from "node:stream";

export interface Output {
  stdout: Writable;
  stderr: Writable;
  /** stderr is a terminal: progress may redraw one line. */
  interactive: boolean;
}

export function processOutput(): Output {
  return { stdout: process.stdout, stderr: process.stderr, interactive: process.stderr.isTTY === true };
}

export function line(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}

export function printJson(out: Output, value: unknown): void {
  line(out.stdout, JSON.stringify(value, null, 2));
}

/**
 * A status line: on a terminal, one line redrawn in place (and cleared at the end); piped, one line per change.
 */
export function statusLine(out: Output): { update(text: string): void; done(): void } {
  let last = "";
  return {
    update(text) {
      if (text === last) return;
      last = text;
      if (out.interactive) out.stderr.write(`\r\x1b[2K${text}`);
      else line(out.stderr, text);
    },
    done() {
      if (out.interactive && last) out.stderr.write("\r\x1b[2K");
    },
  };
}
