// Records what the server answered during one scenario, through the client's `fetch` option: for each
// response its method, path (ids and the scenario's unique names replaced), status and shape (JSON keys and
// value types) or stream event names. The contract runner compares these between the mock and the real
// server. Behind Prism, a response carrying Prism's violations (an `sl-violations` header, or a
// problem+json answer Prism wrote itself) is recorded as a violation, which fails the scenario.
import { eventNames, flatShape } from "../../../scripts/contract/shape";
import type { Exchange } from "../../../scripts/contract/types";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Every unique name a scenario makes starts with this, so paths that contain one can be normalized. */
export const UNIQUE_PREFIX = "sdkc-";

export function normalizePath(url: string): string {
  const u = new URL(url);
  const segments = u.pathname.split("/").map((seg) => {
    const decoded = decodeURIComponent(seg);
    if (decoded.includes(UNIQUE_PREFIX)) return "{name}";
    return decoded.replace(UUID, "{id}");
  });
  // Query values stay (event_delivery=polling, order=ASC) unless they are ids or this run's unique names.
  const query = [...u.searchParams.entries()]
    .map(([k, v]) => `${k}=${v.includes(UNIQUE_PREFIX) ? "{name}" : v.replace(UUID, "{id}")}`)
    .sort();
  return segments.join("/") + (query.length ? `?${query.join("&")}` : "");
}

const STREAM_TYPES = ["text/event-stream", "application/x-ndjson"];

/**
 * The one Prism finding that is not a violation here: an error status the spec does not declare. Langflow
 * 1.13.0's OpenAPI document (FastAPI) declares only the success status and 422 for each route, so every 403,
 * 404, 409 or 500 the server sends (and the mock copies; the parity step checks the statuses against the real
 * server) is "undeclared". Such answers are kept as spec gaps; any other Prism finding fails the scenario.
 */
const UNDECLARED_STATUS = "Unable to match the returned status code with those defined in the document";

function isUndeclaredErrorStatus(status: number, header: string): boolean {
  try {
    const found = JSON.parse(header) as { message?: string }[];
    return status >= 400 && found.length > 0 && found.every((v) => v.message?.startsWith(UNDECLARED_STATUS));
  } catch {
    return false;
  }
}

export class Recorder {
  #exchanges: Exchange[] = [];
  #pending: Promise<void>[] = [];
  #violations: string[] = [];
  #specGaps: string[] = [];
  #active = false;

  begin(): void {
    this.#exchanges = [];
    this.#pending = [];
    this.#violations = [];
    this.#specGaps = [];
    this.#active = true;
  }

  /** Stops recording; waits for the bodies still being read (streams the scenario left unread: 2 s at most). */
  async end(): Promise<{ exchanges: Exchange[]; violations: string[]; specGaps: string[] }> {
    this.#active = false;
    const pending = Promise.allSettled(this.#pending);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([pending, new Promise((r) => (timer = setTimeout(r, 2000)))]);
    clearTimeout(timer);
    return { exchanges: this.#exchanges, violations: this.#violations, specGaps: this.#specGaps };
  }

  get violations(): readonly string[] {
    return this.#violations;
  }

  /** A fetch that records, then hands the untouched response to the SDK. Looks up `globalThis.fetch` per call (msw). */
  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const method = request.method;
    const response = await globalThis.fetch(input, init);
    if (this.#active) this.#record(method, request.url, response);
    return response;
  };

  #record(method: string, url: string, response: Response): void {
    const exchange: Exchange = { method, path: normalizePath(url), status: response.status, kind: "empty" };
    this.#exchanges.push(exchange);
    const type = response.headers.get("content-type") ?? "";
    const violations = response.headers.get("sl-violations");
    if (violations) {
      const where = `${method} ${exchange.path} -> ${response.status}`;
      if (isUndeclaredErrorStatus(response.status, violations)) this.#specGaps.push(where);
      else this.#violations.push(`${where}: ${violations}`);
    }
    if (!response.body) return;
    const copy = response.clone();
    const read = copy
      .text()
      .then((text) => {
        if (type.includes("problem+json")) {
          this.#violations.push(
            `${method} ${exchange.path} -> Prism ${response.status}: ${text.slice(0, 500)}`,
          );
        }
        if (STREAM_TYPES.some((t) => type.includes(t))) {
          exchange.kind = "stream";
          exchange.events = eventNames(text);
        } else if (type.includes("json")) {
          try {
            exchange.shape = flatShape(JSON.parse(text));
            exchange.kind = "json";
          } catch {
            exchange.kind = "bytes";
          }
        } else if (text.length > 0) {
          exchange.kind = "bytes";
        }
      })
      .catch(() => {
        // The SDK aborted the body (a stream it stopped reading): what was read is not recorded.
        exchange.kind = "stream";
      });
    this.#pending.push(read);
  }
}
