// `lf.variables`: global variables (`/api/v1/variables/`). Hand-written types: 1.13.0 serves these routes
// but leaves them out of its OpenAPI spec. A `Credential` variable's value is never read back (null).
import type { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";

export interface Variable {
  id: string;
  name: string;
  type: string | null;
  /** `null` for `Credential` variables: the server never returns their value. */
  value: string | null;
  has_value?: boolean;
  default_fields: string[] | null;
  [extra: string]: unknown;
}

export interface VariableCreate {
  name: string;
  value: string;
  /** `"Credential"` (hidden value) or `"Generic"`. */
  type?: "Credential" | "Generic" | null;
  /** Component fields this variable fills by default; sent as `[]` when omitted (1.13.0 requires it). */
  default_fields?: string[];
}

export interface VariableUpdate {
  name?: string | null;
  value?: string | null;
  default_fields?: string[] | null;
}

const idPath = (id: string) => {
  if (!id) throw new TypeError("variables: pass a variable id (got an empty string).");
  return `/api/v1/variables/${encodeURIComponent(id)}`;
};

export class Variables {
  readonly #t: Transport;
  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** Every global variable of the user (`Credential` values are `null`). */
  list(opts?: CallOptions): APIPromise<Variable[]> {
    return this.#t.json<Variable[]>({ method: "GET", path: "/api/v1/variables/", schema: "variables" }, opts);
  }

  /** Creates a variable; `type` defaults to `Credential` on the server. */
  create(body: VariableCreate, opts?: CallOptions): APIPromise<Variable> {
    const full = { ...body, default_fields: body.default_fields ?? [] };
    return this.#t.json<Variable>(
      { method: "POST", path: "/api/v1/variables/", body: full, schema: "variable" },
      opts,
    );
  }

  /** Changes a variable's name, value or default fields. */
  update(id: string, patch: VariableUpdate, opts?: CallOptions): APIPromise<Variable> {
    return this.#t.json<Variable>(
      { method: "PATCH", path: idPath(id), body: { ...patch, id }, schema: "variable" },
      opts,
    );
  }

  /** Deletes a variable. */
  delete(id: string, opts?: CallOptions): APIPromise<void> {
    return this.#t.json<void>({ method: "DELETE", path: idPath(id) }, opts);
  }
}
