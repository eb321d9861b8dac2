// `lf.apiKeys`: the user's API keys (`/api/v1/api_key/`). Hand-written types: 1.13.0 serves these
// routes but leaves them out of its OpenAPI spec (docs/server-quirks.md).
import type { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";

export interface ApiKeyInfo {
  id: string;
  name: string | null;
  /** Masked in lists (`sk-abc*****`); the full key is only returned once, by `create`. */
  api_key: string;
  user_id: string;
  created_at: string;
  last_used_at?: string | null;
  total_uses?: number;
  is_active?: boolean;
}

export interface ApiKeyList {
  total_count: number;
  user_id: string;
  api_keys: ApiKeyInfo[];
}

export class ApiKeys {
  readonly #t: Transport;
  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** The user's API keys, masked (`sk-abc*****`). */
  list(opts?: CallOptions): APIPromise<ApiKeyList> {
    return this.#t.json<ApiKeyList>({ method: "GET", path: "/api/v1/api_key/", schema: "apiKeyList" }, opts);
  }

  /** Creates a key; `api_key` of the answer is the full key, shown this once — store it now. */
  create(body: { name?: string | null } = {}, opts?: CallOptions): APIPromise<ApiKeyInfo> {
    return this.#t.json<ApiKeyInfo>(
      { method: "POST", path: "/api/v1/api_key/", body, schema: "apiKeyCreated" },
      opts,
    );
  }

  /** Deletes a key by id (1.13.0 answers 400 "API Key not found" for an unknown one). */
  delete(id: string, opts?: CallOptions): APIPromise<{ detail: string }> {
    if (!id) throw new TypeError("apiKeys.delete: pass an API key id (got an empty string).");
    return this.#t.json({ method: "DELETE", path: `/api/v1/api_key/${encodeURIComponent(id)}` }, opts);
  }
}
