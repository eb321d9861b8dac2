// Server basics: version, config, health, and the component catalog (`/api/v1/all`).
import type { APIPromise } from "../core/api-promise";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { Schemas, SpecSchema } from "../core/spec-types";

/** What `lf.version()` answers: `version`, `main_version`, `package`. */
export interface VersionInfo extends SpecSchema<"VersionResponse"> {}
export type HealthStatus = Schemas["HealthStatus"];
/** Without credentials 1.13.0 answers a public subset (`type: "public"`); with them the full config. */
export type ServerConfig = Schemas["ConfigResponse"] & Record<string, unknown>;
/** `{ category: { componentName: template } }` */
export type ComponentCatalog = Record<string, Record<string, unknown>>;

export class Server extends APIResource {
  /** The server's version: `{ version, main_version, package }`. */
  version(options?: RequestOptions): APIPromise<VersionInfo> {
    return this.transport.json<VersionInfo>(
      { method: "GET", path: "/api/v1/version", schema: "version" },
      options,
    );
  }

  /** The server's settings the UI reads (limits, feature flags); a public subset without credentials. */
  config(options?: RequestOptions): APIPromise<ServerConfig> {
    return this.transport.json<ServerConfig>(
      { method: "GET", path: "/api/v1/config", schema: "config" },
      options,
    );
  }

  /** `GET /health`: `{ status: "ok" }` when the server is up. */
  health(options?: RequestOptions): APIPromise<HealthStatus> {
    return this.transport.json<HealthStatus>({ method: "GET", path: "/health", schema: "health" }, options);
  }

  /** The component catalog (`/api/v1/all`). */
  components(options?: RequestOptions): APIPromise<ComponentCatalog> {
    return this.transport.json<ComponentCatalog>(
      { method: "GET", path: "/api/v1/all", schema: "componentCatalog" },
      options,
    );
  }
}
