// Uploaded files: v1 stores them per flow (by "<timestamp>_<name>"), v2 per user (DB rows with an id).
import type { Clock } from "../clock";

export interface StoredBytes {
  bytes: Uint8Array;
  type: string;
}

export interface UserFileRecord {
  id: string;
  user_id: string;
  /** Display name without extension ("report", "report (1)"). */
  name: string;
  /** Extension including the dot, or "". */
  ext: string;
  path: string;
  size: number;
  provider: string | null;
  bytes: Uint8Array;
  type: string;
  created_at: number;
  updated_at: number;
}

export class FileStore {
  /** v1: flow id → file name → content. */
  readonly flowFiles = new Map<string, Map<string, StoredBytes>>();
  /** v2: file id → record. */
  readonly userFiles = new Map<string, UserFileRecord>();

  constructor(private readonly clock: Clock) {}

  flowFolder(flowId: string): Map<string, StoredBytes> {
    let folder = this.flowFiles.get(flowId);
    if (!folder) {
      folder = new Map();
      this.flowFiles.set(flowId, folder);
    }
    return folder;
  }

  userFilesOf(userId: string): UserFileRecord[] {
    return [...this.userFiles.values()]
      .filter((f) => f.user_id === userId)
      .sort((a, b) => a.created_at - b.created_at);
  }

  /** Adds a v2 file; a name the user already has gets " (n)" (as 1.13.0 does). */
  addUserFile(userId: string, baseName: string, ext: string, content: StoredBytes): UserFileRecord {
    const taken = new Set(this.userFilesOf(userId).map((f) => f.name));
    let name = baseName;
    for (let n = 1; taken.has(name); n++) name = `${baseName} (${n})`;
    const now = this.clock.now();
    const record: UserFileRecord = {
      id: crypto.randomUUID(),
      user_id: userId,
      name,
      ext,
      path: `${userId}/${name}${ext}`,
      size: content.bytes.byteLength,
      provider: null,
      bytes: content.bytes,
      type: content.type,
      created_at: now,
      updated_at: now,
    };
    this.userFiles.set(record.id, record);
    return record;
  }
}
