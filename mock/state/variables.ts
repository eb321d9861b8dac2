// Global variables (`/api/v1/variables/`). Credential values are never sent back; Generic values are.
export interface VariableRecord {
  id: string;
  user_id: string;
  name: string;
  value: string;
  type: string;
  default_fields: string[];
  created_at: number;
}

export class VariableStore {
  readonly variables = new Map<string, VariableRecord>();

  ofUser(userId: string): VariableRecord[] {
    return [...this.variables.values()]
      .filter((v) => v.user_id === userId)
      .sort((a, b) => a.created_at - b.created_at);
  }

  byName(userId: string, name: string): VariableRecord | undefined {
    return this.ofUser(userId).find((v) => v.name === name);
  }
}

/** The VariableRead shape of 1.13.0. */
export function variableRead(v: VariableRecord) {
  return {
    id: v.id,
    name: v.name,
    type: v.type,
    value: v.type === "Credential" ? null : v.value,
    has_value: v.value !== "",
    default_fields: v.default_fields,
    is_owner: true,
    can_manage_shares: true,
    validation_error: null,
    is_valid: null,
  };
}
