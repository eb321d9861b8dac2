// Server basics: version, config, health, and the component catalog (`/api/v1/all`).
import type { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";
import type { components } from "../generated/openapi";

type Schemas = components["schemas"];
export type VersionInfo = Schemas["VersionResponse"];
export type HealthStatus = Schemas["HealthStatus"];
/** Without credentials 1.13.0 answers a public subset (`type: "public"`); with them the full config. */
export type ServerConfig = Schemas["ConfigResponse"] & Record<string, unknown>;
/** `{ category: { componentName: template } }` */
export type ComponentCatalog = Record<string, Record<string, unknown>>;

export function version(t: Transport, opts?: CallOptions): APIPromise<VersionInfo> {
  return t.json<VersionInfo>({ method: "GET", path: "/api/v1/version", schema: "version" }, opts);
}

export function config(t: Transport, opts?: CallOptions): APIPromise<ServerConfig> {
  return t.json<ServerConfig>({ method: "GET", path: "/api/v1/config", schema: "config" }, opts);
}

export function health(t: Transport, opts?: CallOptions): APIPromise<HealthStatus> {
  return t.json<HealthStatus>({ method: "GET", path: "/health", schema: "health" }, opts);
}

export function componentCatalog(t: Transport, opts?: CallOptions): APIPromise<ComponentCatalog> {
  return t.json<ComponentCatalog>({ method: "GET", path: "/api/v1/all", schema: "componentCatalog" }, opts);
}
