// `lf.variables`: global variables (`/api/v1/variables/`). Hand-written types: 1.13.0 serves these routes
// but leaves them out of its OpenAPI spec. A `Credential` variable's value is never read back (null).
import type { APIPromise } from "../core/api-promise";
import { checkParams, type WireNames } from "../core/params";
import { path } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";

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

const CREATE: WireNames<VariableCreate> = {
  name: "name",
  value: "value",
  type: "type",
  default_fields: "default_fields",
};
const UPDATE: WireNames<VariableUpdate> = { name: "name", value: "value", default_fields: "default_fields" };

export class Variables extends APIResource {
  /** Every global variable of the user (`Credential` values are `null`). */
  list(options?: RequestOptions): APIPromise<Variable[]> {
    return this.transport.json<Variable[]>(
      { method: "GET", path: "/api/v1/variables/", schema: "variables" },
      options,
    );
  }

  /** Creates a variable; `type` defaults to `Credential` on the server. */
  create(variable: VariableCreate, options?: RequestOptions): APIPromise<Variable> {
    checkParams(variable, CREATE);
    const body = { ...variable, default_fields: variable.default_fields ?? [] };
    return this.transport.json<Variable>(
      { method: "POST", path: "/api/v1/variables/", body, schema: "variable" },
      options,
    );
  }

  /** Changes a variable's name, value or default fields. */
  update(id: string, changes: VariableUpdate, options?: RequestOptions): APIPromise<Variable> {
    checkParams(changes, UPDATE);
    return this.transport.json<Variable>(
      { method: "PATCH", path: path`/api/v1/variables/${id}`, body: { ...changes, id }, schema: "variable" },
      options,
    );
  }

  /** Deletes a variable. */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this.transport.json<void>({ method: "DELETE", path: path`/api/v1/variables/${id}` }, options);
  }
}
