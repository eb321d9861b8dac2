// Who may talk to the standalone mock (review finding F6): a local test server must not be drivable by any web page
// the developer visits. Two checks before a request reaches the API:
//  - Host: only the bound address and loopback names. A DNS-rebinding page (evil.example resolving to 127.0.0.1)
//    sends `Host: evil.example`, which no CORS rule sees; refusing it is the defence.
//  - Origin: a browser request from another origin is answered (and its CORS preflight allowed) only for loopback
//    origins (`http(s)://localhost|127.0.0.1|[::1]:<any port>`), the server's own origin, and `corsOrigins`. Others
//    get 403 before anything runs, so even a "simple" request that needs no preflight changes nothing.
import { networkInterfaces } from "node:os";
import { httpError } from "../http/errors";

export interface AccessOptions {
  /** Browser origins allowed besides loopback ones, e.g. `"https://app.example"`; `"*"` allows any. */
  corsOrigins?: string[];
  /** Host names (Host header, port ignored) allowed besides the bound address and loopback; `"*"` allows any. */
  allowedHosts?: string[];
}

const LOOPBACK_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;
const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::", "[::]"]);

/** The entries of `corsOrigins` that are not an origin (`scheme://host[:port]`, no path) nor `"*"`. */
export function invalidOrigins(origins: string[]): string[] {
  return origins.filter((origin) => {
    if (origin === "*") return false;
    try {
      return new URL(origin).origin !== origin.replace(/\/+$/, "").toLowerCase();
    } catch {
      return true;
    }
  });
}

/** Whether binding to `host` keeps the server on this machine (a loopback name or address). */
export function isLoopbackHost(host: string): boolean {
  const name = bracketed(host.toLowerCase());
  return LOOPBACK_HOSTS.includes(name) || /^127(?:\.\d{1,3}){3}$/.test(name);
}

/** IPv6 literals as the Host header writes them: `[::1]`. */
function bracketed(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** The host name of a Host header value, without the port, lowercase: `[::1]:7860` → `[::1]`. */
function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(0, value.indexOf("]") + 1);
  const colon = value.lastIndexOf(":");
  return colon < 0 ? value : value.slice(0, colon);
}

/** The two checks the HTTP listener runs on every request; each throws the 403 HttpError. */
export interface AccessCheck {
  checkHost(header: string | undefined): void;
  checkOrigin(origin: string | undefined, host: string | undefined): void;
}

export class AccessPolicy implements AccessCheck {
  readonly #hosts: Set<string>;
  readonly #anyHost: boolean;
  readonly #origins: Set<string>;
  readonly #anyOrigin: boolean;

  /** `bound`: the host the server was asked to bind and the address it got (e.g. "localhost" and "::1"). */
  constructor(options: AccessOptions, bound: string[]) {
    const extraHosts = options.allowedHosts ?? [];
    this.#anyHost = extraHosts.includes("*");
    const hosts = [...LOOPBACK_HOSTS, ...bound, ...extraHosts];
    // A wildcard bind answers on every address of the machine: each of them is "the bound address".
    if (bound.some((b) => WILDCARD_ADDRESSES.has(b))) {
      for (const list of Object.values(networkInterfaces()))
        for (const i of list ?? []) hosts.push(i.address);
    }
    this.#hosts = new Set(hosts.map((h) => bracketed(h.toLowerCase())));
    const origins = options.corsOrigins ?? [];
    this.#anyOrigin = origins.includes("*");
    this.#origins = new Set(origins.map((o) => o.replace(/\/+$/, "").toLowerCase()));
  }

  /** Throws the 403 for a Host header that is neither the bound address nor a loopback name. */
  checkHost(header: string | undefined): void {
    if (header === undefined || this.#anyHost) return; // HTTP/1.0 without Host: no browser sends that
    const name = hostName(header);
    if (this.#hosts.has(name) || /^127(?:\.\d{1,3}){3}$/.test(name)) return;
    throw httpError(
      403,
      `Host "${header}" is not allowed: the mock answers only requests to its own address or a loopback name ` +
        `(DNS rebinding protection). To allow it, start the mock with --allowed-host ${name} ` +
        "(startLangflowMockServer: allowedHosts).",
    );
  }

  /** Throws the 403 for a browser Origin the mock does not answer; `host` is the request's Host (same origin). */
  checkOrigin(origin: string | undefined, host: string | undefined): void {
    if (origin === undefined || this.allows(origin, host)) return;
    throw httpError(
      403,
      `Origin "${origin}" is not allowed: the mock answers browsers on loopback origins only ` +
        `(http://localhost:<port>, http://127.0.0.1:<port>, http://[::1]:<port>). To allow it, start the mock with ` +
        `--cors-origin ${origin} (startLangflowMockServer: corsOrigins).`,
    );
  }

  private allows(origin: string, host: string | undefined): boolean {
    const value = origin.toLowerCase();
    if (this.#anyOrigin || LOOPBACK_ORIGIN.test(value) || this.#origins.has(value)) return true;
    return (
      host !== undefined &&
      (value === `http://${host.toLowerCase()}` || value === `https://${host.toLowerCase()}`)
    );
  }
}
