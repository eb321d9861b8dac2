// `lf.apiKeys`: the user's API keys (`/api/v1/api_key/`). Hand-written types: 1.13.0 serves these
// routes but leaves them out of its OpenAPI spec (docs/server-quirks.md).
import type { APIPromise } from "../core/api-promise";
import { checkParams, type WireNames } from "../core/params";
import { path } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";

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

export interface ApiKeyCreate {
  name?: string | null;
}

const CREATE: WireNames<ApiKeyCreate> = { name: "name" };

export class ApiKeys extends APIResource {
  /** The user's API keys, masked (`sk-abc*****`). */
  list(options?: RequestOptions): APIPromise<ApiKeyList> {
    return this.transport.json<ApiKeyList>(
      { method: "GET", path: "/api/v1/api_key/", schema: "apiKeyList" },
      options,
    );
  }

  /** Creates a key; `api_key` of the answer is the full key, shown this once — store it now. */
  create(body: ApiKeyCreate = {}, options?: RequestOptions): APIPromise<ApiKeyInfo> {
    checkParams(body, CREATE);
    return this.transport.json<ApiKeyInfo>(
      { method: "POST", path: "/api/v1/api_key/", body, schema: "apiKeyCreated" },
      options,
    );
  }

  /** Deletes a key by id (1.13.0 answers 400 "API Key not found" for an unknown one). */
  delete(id: string, options?: RequestOptions): APIPromise<{ detail: string }> {
    return this.transport.json({ method: "DELETE", path: path`/api/v1/api_key/${id}` }, options);
  }
}
