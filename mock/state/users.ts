// Users, API keys and issued JWT-like tokens.
import type { Clock } from "../clock";

export interface UserRecord {
  id: string;
  username: string;
  password: string;
  is_active: boolean;
  is_superuser: boolean;
  create_at: number;
  updated_at: number;
  last_login_at: number | null;
}

export interface ApiKeyRecord {
  id: string;
  name: string | null;
  api_key: string;
  user_id: string;
  created_at: number;
  last_used_at: number | null;
  total_uses: number;
  is_active: boolean;
}

export interface TokenRecord {
  userId: string;
  type: "access" | "refresh";
  expiresAt: number;
}

export const ACCESS_TOKEN_SECONDS = 3600;
export const REFRESH_TOKEN_SECONDS = 7 * 24 * 3600;

export class UserStore {
  readonly users = new Map<string, UserRecord>();
  readonly apiKeys = new Map<string, ApiKeyRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly superuser: UserRecord;

  constructor(
    private readonly clock: Clock,
    superuser: { username: string; password: string },
    apiKeys: string[],
  ) {
    this.superuser = this.addUser(superuser.username, superuser.password, true);
    for (const key of apiKeys) this.addApiKey(this.superuser.id, "mock key", key);
  }

  addUser(username: string, password: string, isSuperuser = false): UserRecord {
    const now = this.clock.now();
    const user: UserRecord = {
      id: crypto.randomUUID(),
      username,
      password,
      is_active: true,
      is_superuser: isSuperuser,
      create_at: now,
      updated_at: now,
      last_login_at: null,
    };
    this.users.set(user.id, user);
    return user;
  }

  findByUsername(username: string): UserRecord | undefined {
    for (const user of this.users.values()) if (user.username === username) return user;
    return undefined;
  }

  addApiKey(userId: string, name: string | null, key = `sk-${crypto.randomUUID()}`): ApiKeyRecord {
    const record: ApiKeyRecord = {
      id: crypto.randomUUID(),
      name,
      api_key: key,
      user_id: userId,
      created_at: this.clock.now(),
      last_used_at: null,
      total_uses: 0,
      is_active: true,
    };
    this.apiKeys.set(key, record);
    return record;
  }

  /** The owner of an API key, counting the use; undefined for unknown/inactive keys or users. */
  useApiKey(key: string): UserRecord | undefined {
    const record = this.apiKeys.get(key);
    if (!record?.is_active) return undefined;
    record.total_uses += 1;
    record.last_used_at = this.clock.now();
    return this.users.get(record.user_id);
  }

  /** Issues an access + refresh token pair for the user. */
  issueTokens(userId: string): { access_token: string; refresh_token: string; token_type: "bearer" } {
    const now = this.clock.now();
    const access = `lf-access.${crypto.randomUUID()}`;
    const refresh = `lf-refresh.${crypto.randomUUID()}`;
    this.tokens.set(access, { userId, type: "access", expiresAt: now + ACCESS_TOKEN_SECONDS * 1000 });
    this.tokens.set(refresh, { userId, type: "refresh", expiresAt: now + REFRESH_TOKEN_SECONDS * 1000 });
    return { access_token: access, refresh_token: refresh, token_type: "bearer" };
  }

  /** Resolves a token: the record, "expired", or undefined (unknown). */
  checkToken(token: string): TokenRecord | "expired" | undefined {
    const record = this.tokens.get(token);
    if (!record) return undefined;
    return record.expiresAt <= this.clock.now() ? "expired" : record;
  }
}
